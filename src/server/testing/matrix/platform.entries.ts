import { agencyAdminNoRecord, anyone, type Entries, type MatrixKit, type Outcome } from './kit.ts';

/** Health, docs, sign-in and account routes, audit trail, home. */
export const platformEntries = (k: MatrixKit): Entries => ({
  'GET /api/health': { send: (c) => c.get('/api/health'), expect: anyone },
  'GET /metrics': { send: (c) => c.get('/metrics'), expect: anyone },
  'GET /api/v1/openapi.json': { send: (c) => c.get('/api/v1/openapi.json'), expect: anyone },
  'POST /api/v1/auth/login': {
    // Reaching the credential check (401, not 403/404) shows the route is open to all.
    send: (c) => c.post('/api/v1/auth/login', { username: 'khong.co.ai', password: 'không đúng' }),
    expect: () => 401 as Outcome,
  },
  'GET /api/v1/auth/me': { send: (c) => c.get('/api/v1/auth/me'), expect: anyone },
  'PUT /api/v1/auth/active-unit': {
    send: (c) => c.put('/api/v1/auth/active-unit', { unitId: k.fixture().units.x1.id }),
    expect: anyone,
  },
  'POST /api/v1/auth/password': {
    // A wrong current password: reaching the check (400) proves the route let the person in.
    send: (c) =>
      c.post('/api/v1/auth/password', {
        currentPassword: 'sai-mat-khau-0',
        newPassword: 'Mat-khau-moi-2030',
      }),
    expect: () => 400,
  },
  'GET /api/v1/auth/tokens': { send: (c) => c.get('/api/v1/auth/tokens'), expect: anyone },
  'POST /api/v1/auth/tokens': {
    send: (c) => c.post('/api/v1/auth/tokens', { name: k.unique('t'), scope: 'read' }),
    expect: anyone,
  },
  'DELETE /api/v1/auth/tokens/:id': {
    send: async (c) => {
      const created = await c.post('/api/v1/auth/tokens', { name: k.unique('t'), scope: 'read' });
      return c.delete(`/api/v1/auth/tokens/${created.body.id}`);
    },
    expect: anyone,
  },
  'POST /api/v1/auth/logout': { send: (c) => c.post('/api/v1/auth/logout'), expect: anyone },
  'GET /api/v1/home': { send: (c) => c.get('/api/v1/home'), expect: anyone },
  'GET /api/v1/audit-events': { send: (c) => c.get('/api/v1/audit-events'), expect: agencyAdminNoRecord },
  'GET /api/v1/audit-events.xlsx': {
    send: (c) => c.get('/api/v1/audit-events.xlsx'),
    expect: agencyAdminNoRecord,
  },
});
