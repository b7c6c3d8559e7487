import { describe, expect, it } from 'vitest';
import { clientFor, login, setupTestApp } from '../../testing/test-app.ts';

const ctx = setupTestApp();
const NEW_PASSWORD = 'Mat-khau-rieng-2018';

/** A new account, signed in with the one-time password the administrator was shown. */
async function newAccount(username: string) {
  const admin = await ctx.as('x.admin');
  const created = await admin.post('/api/v1/people', {
    fullName: 'Người Mới',
    username,
    unitId: ctx.fixture.units.x1.id,
  });
  expect(created.status).toBe(201);
  const oneTimePassword: string = created.body.oneTimePassword;
  return { oneTimePassword, client: await login(ctx.app, username, oneTimePassword) };
}

describe('a one-time password must be changed first', () => {
  it('refuses every other route with 403 until the password is changed, then works', async () => {
    const { client, oneTimePassword } = await newAccount('moi.mot');
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.person.mustChangePassword).toBe(true);

    const write = await client.post('/api/v1/auth/tokens', { name: 'Đồng bộ', scope: 'write' });
    expect(write.status).toBe(403);
    expect(write.body.error).toEqual({
      code: 'auth.password_change_required',
      message: 'Bạn cần đổi mật khẩu dùng một lần trước khi tiếp tục.',
      details: [],
    });
    const read = await client.get('/api/v1/units', { 'accept-language': 'en' });
    expect(read.status).toBe(403);
    expect(read.body.error.message).toBe('Change your one-time password before you continue.');
    expect((await client.put('/api/v1/auth/active-unit', { unitId: ctx.fixture.units.x1.id })).status).toBe(
      403,
    );

    const changed = await client.post('/api/v1/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);
    expect((await client.post('/api/v1/auth/tokens', { name: 'Đồng bộ', scope: 'write' })).status).toBe(201);
    expect((await client.get('/api/v1/units')).status).toBe(200);
  });

  it('lets the person sign out before changing it', async () => {
    const { client } = await newAccount('moi.hai');
    expect((await client.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('holds for API tokens: a reset password stops the token until it is changed', async () => {
    const staff = await ctx.as('x.unit_staff');
    const token = (await staff.post('/api/v1/auth/tokens', { name: 'Tích hợp', scope: 'write' })).body.token;
    const bearer = clientFor(ctx.app, { bearer: token });
    expect((await bearer.get('/api/v1/units')).status).toBe(200);

    const admin = await ctx.as('x.admin');
    const person = (await admin.get(`/api/v1/people/${ctx.fixture.roleHolders.staff}`)).body;
    const reset = await admin.post(`/api/v1/people/${person.id}/reset-password`, { version: person.version });
    expect(reset.status).toBe(200);

    const refused = await bearer.post('/api/v1/auth/tokens', { name: 'Thêm', scope: 'read' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('auth.password_change_required');
    expect((await bearer.get('/api/v1/units')).body.error.code).toBe('auth.password_change_required');
    expect((await bearer.get('/api/v1/auth/me')).status).toBe(200);

    const again = await login(ctx.app, 'x.unit_staff', reset.body.oneTimePassword);
    await again.post('/api/v1/auth/password', {
      currentPassword: reset.body.oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    expect((await bearer.get('/api/v1/units')).status).toBe(200);
  });
});
