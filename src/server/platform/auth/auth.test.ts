import { describe, expect, it } from 'vitest';
import { clientFor, setupTestApp } from '../../testing/test-app.ts';

const ctx = setupTestApp();

describe('sign-in', () => {
  it('signs in with username and password and answers who I am', async () => {
    const me = await ctx.as('x.admin');
    const response = await me.get('/api/v1/auth/me');
    expect(response.status).toBe(200);
    expect(response.body.person.username).toBe('x.admin');
    expect(response.body.agency.code).toBe('X');
    expect(response.body.abilities.administer).toBe(true);
  });

  it('refuses a wrong password with a bilingual message and no session', async () => {
    const vi = await ctx.anonymous.post('/api/v1/auth/login', {
      username: 'x.unit_staff',
      password: 'sai-mat-khau-1',
    });
    expect(vi.status).toBe(401);
    expect(vi.body.error.code).toBe('auth.invalid_credentials');
    expect(vi.body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(vi.headers['set-cookie']).toBeUndefined();
    const en = await ctx.anonymous.post(
      '/api/v1/auth/login',
      { username: 'x.unit_staff', password: 'x' },
      { 'accept-language': 'en' },
    );
    expect(en.body.error.message).toBe('Wrong username or password.');
  });

  it('locks the account after five wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 5; i++) {
      await ctx.anonymous.post('/api/v1/auth/login', { username: 'x2.staff', password: `wrong-${i}` });
    }
    const locked = await ctx.anonymous.post('/api/v1/auth/login', {
      username: 'x2.staff',
      password: 'Matkhau-2017',
    });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('auth.locked');
  });

  it('names the missing field when the body is incomplete', async () => {
    const response = await ctx.anonymous.post('/api/v1/auth/login', { username: 'x.admin' });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: 'password', message: 'Trường này là bắt buộc.' }]);
  });

  it('requires the CSRF token for cookie-authenticated writes', async () => {
    const me = await ctx.as('x.unit_staff');
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x.unit_staff', password: 'Matkhau-2017' },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const withoutToken = clientFor(ctx.app, { cookie });
    const refused = await withoutToken.post('/api/v1/auth/tokens', { name: 'x', scope: 'read' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('auth.csrf');
    expect((await me.post('/api/v1/auth/tokens', { name: 'x', scope: 'read' })).status).toBe(201);
  });

  it('ends the session on logout', async () => {
    const me = await ctx.as('x.unit_iso_officer');
    expect((await me.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await me.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const first = await ctx.as('x.unit_internal_auditor');
    const second = await ctx.as('x.unit_internal_auditor');
    const weak = await first.post('/api/v1/auth/password', {
      currentPassword: 'Matkhau-2017',
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].path).toBe('newPassword');
    const ok = await first.post('/api/v1/auth/password', {
      currentPassword: 'Matkhau-2017',
      newPassword: 'Mat-khau-moi-2018',
    });
    expect(ok.status).toBe(200);
    expect((await second.get('/api/v1/auth/me')).status).toBe(401);
    expect((await first.get('/api/v1/auth/me')).status).toBe(200);
    await expect(ctx.as('x.unit_internal_auditor')).rejects.toThrow(/401/);
    await ctx.as('x.unit_internal_auditor', 'Mat-khau-moi-2018');
  });

  it('sets secure session cookie attributes and security headers', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x.admin', password: 'Matkhau-2017' },
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('API tokens', () => {
  it('are scoped, work as Bearer tokens and stop working when revoked', async () => {
    const me = await ctx.as('x.admin');
    const read = await me.post('/api/v1/auth/tokens', { name: 'Một cửa điện tử', scope: 'read' });
    expect(read.status).toBe(201);
    expect(read.body.token).toMatch(/^eiso_/);
    const reader = clientFor(ctx.app, { bearer: read.body.token });
    expect((await reader.get('/api/v1/units')).status).toBe(200);
    const write = await reader.post('/api/v1/positions', { name: 'Chuyên viên chính' });
    expect(write.status).toBe(403);
    const writerToken = await me.post('/api/v1/auth/tokens', { name: 'Đồng bộ nhân sự', scope: 'write' });
    const writer = clientFor(ctx.app, { bearer: writerToken.body.token });
    expect((await writer.post('/api/v1/positions', { name: 'Chuyên viên chính' })).status).toBe(201);
    expect((await me.delete(`/api/v1/auth/tokens/${read.body.id}`)).status).toBe(200);
    expect((await reader.get('/api/v1/units')).status).toBe(401);
    const list = await me.get('/api/v1/auth/tokens');
    expect(list.body.map((t: { name: string }) => t.name)).toContain('Đồng bộ nhân sự');
    expect(JSON.stringify(list.body)).not.toContain(writerToken.body.token);
  });
});
