import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../testing/test-app.ts';

const ctx = setupTestApp();

describe('cached actors', () => {
  it('see a grant given or revoked, and a deactivation, on the very next request', async () => {
    const staff = await ctx.as('x2.staff');
    const admin = await ctx.as('x.admin');
    const administers = async () => (await staff.get('/api/v1/auth/me')).body.abilities?.administerAgency;
    expect(await administers()).toBe(false);
    expect(await administers()).toBe(false); // now cached
    const id = ctx.fixture.x2Staff;
    const granted = await admin.post(`/api/v1/people/${id}/grants`, { role: 'admin', unitId: null });
    expect(granted.status).toBe(201);
    expect(await administers()).toBe(true);
    const grant = granted.body.roles.find((g: { role: string }) => g.role === 'admin');
    expect((await admin.delete(`/api/v1/people/${id}/grants/${grant.id}`)).status).toBe(200);
    expect(await administers()).toBe(false);
    const person = (await admin.get(`/api/v1/people/${id}`)).body;
    const deactivated = await admin.patch(`/api/v1/people/${id}`, { active: false, version: person.version });
    expect(deactivated.status).toBe(200);
    expect((await staff.get('/api/v1/auth/me')).status).toBe(401);
  });
});
