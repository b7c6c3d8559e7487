import { and, eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import { people, positions, roleGrants, units } from '../../modules/org/org.table.ts';
import { peopleImportUpload } from '../xlsx-upload.ts';
import {
  agencyAdmin,
  agencyAdminNoRecord,
  agencyRecord,
  anyone,
  type Entries,
  type MatrixKit,
  type Target,
  unitAdmin,
} from './kit.ts';

/** Agencies, units, restructuring, positions, people, grants, import. */
export const orgEntries = (k: MatrixKit): Entries => {
  const unitVersion = async (id: string) =>
    (await k.db().select().from(units).where(eq(units.id, id)))[0].version;
  const personVersion = async (id: string) =>
    (await k.db().select().from(people).where(eq(people.id, id)))[0].version;
  const positionIn = async (t: Target) => {
    const [row] = await k
      .db()
      .insert(positions)
      .values({ id: newId(), agencyId: k.agencyOf(t), name: k.unique('Chức vụ ') })
      .returning();
    return row;
  };
  const grantOn = async (t: Target) => {
    const personId = k.personOf(t);
    const unit = k.unitOf(t);
    await k
      .db()
      .delete(roleGrants)
      .where(and(eq(roleGrants.personId, personId), eq(roleGrants.role, 'internal_auditor')));
    const [row] = await k
      .db()
      .insert(roleGrants)
      .values({ id: newId(), agencyId: unit.agencyId, personId, role: 'internal_auditor', unitId: unit.id })
      .returning();
    return row;
  };
  const xlsx = (t: Target) =>
    peopleImportUpload([['Nguyễn Văn Nhập', k.unique('nhap.'), '', '', k.unitOf(t).code, '', '']]);
  return {
    'GET /api/v1/agencies': { send: (c) => c.get('/api/v1/agencies'), expect: anyone },
    'POST /api/v1/agencies': {
      send: (c) =>
        c.post('/api/v1/agencies', {
          code: k.unique('AG'),
          name: 'Sở Thử',
          admin: { fullName: 'Quản trị Sở', username: k.unique('so.qt') },
        }),
      expect: () => 403,
    },
    'PATCH /api/v1/agencies/:id': {
      send: async (c, t) => {
        const id = k.agencyOf(t);
        const current = (await c.get('/api/v1/agencies')).body.find((a: { id: string }) => a.id === id);
        return c.patch(`/api/v1/agencies/${id}`, {
          version: current?.version ?? 1,
          shortName: k.unique('X'),
        });
      },
      expect: (a, t) => (t === 'foreign' ? 404 : a.agencyAdmin ? 'ok' : 403),
    },
    'GET /api/v1/units': { send: (c) => c.get('/api/v1/units'), expect: anyone },
    'GET /api/v1/units/:id': {
      send: (c, t) => c.get(`/api/v1/units/${k.unitOf(t).id}`),
      expect: agencyRecord,
    },
    'POST /api/v1/units': {
      send: (c, t) =>
        c.post('/api/v1/units', {
          code: k.unique('P'),
          name: k.unique('Phòng '),
          kind: 'phong',
          parentId: k.unitOf(t).id,
        }),
      expect: unitAdmin,
    },
    'PATCH /api/v1/units/:id': {
      send: async (c, t) =>
        c.patch(`/api/v1/units/${k.unitOf(t).id}`, {
          version: await unitVersion(k.unitOf(t).id),
          sortOrder: k.next(),
        }),
      expect: unitAdmin,
    },
    'GET /api/v1/unit-events': { send: (c) => c.get('/api/v1/unit-events'), expect: anyone },
    'POST /api/v1/unit-events': {
      send: async (c, t) => {
        const unit = k.unitOf(t);
        const [row] = await k.db().select().from(units).where(eq(units.id, unit.id));
        return c.post('/api/v1/unit-events', {
          kind: 'rename',
          unitId: unit.id,
          version: row.version,
          code: row.code,
          name: row.name,
          effectiveDate: '2018-01-01',
        });
      },
      expect: agencyAdmin,
    },
    'GET /api/v1/positions': { send: (c) => c.get('/api/v1/positions'), expect: anyone },
    'POST /api/v1/positions': {
      send: (c) => c.post('/api/v1/positions', { name: k.unique('Chức vụ mới ') }),
      expect: agencyAdminNoRecord,
    },
    'PATCH /api/v1/positions/:id': {
      send: async (c, t) => {
        const position = await positionIn(t);
        return c.patch(`/api/v1/positions/${position.id}`, { version: position.version, rank: 5 });
      },
      expect: agencyAdmin,
    },
    'GET /api/v1/people': { send: (c) => c.get('/api/v1/people?pageSize=5'), expect: anyone },
    'GET /api/v1/people/:id': {
      send: (c, t) => c.get(`/api/v1/people/${k.personOf(t)}`),
      expect: agencyRecord,
    },
    'POST /api/v1/people': {
      send: (c, t) =>
        c.post('/api/v1/people', {
          fullName: 'Trần Thị Mới',
          username: k.unique('moi.'),
          unitId: k.unitOf(t).id,
        }),
      // The unit is a reference in the body: another agency's unit is simply not a valid choice.
      expect: (a, t) =>
        t === 'foreign' ? 400 : a.agencyAdmin || (a.unitAdminOfX1 && t === 'own') ? 'ok' : 403,
    },
    'PATCH /api/v1/people/:id': {
      send: async (c, t) =>
        c.patch(`/api/v1/people/${k.personOf(t)}`, {
          version: await personVersion(k.personOf(t)),
          phone: k.unique('09'),
        }),
      expect: unitAdmin,
    },
    'POST /api/v1/people/:id/reset-password': {
      send: async (c, t) =>
        c.post(`/api/v1/people/${k.personOf(t)}/reset-password`, {
          version: await personVersion(k.personOf(t)),
        }),
      expect: unitAdmin,
    },
    'POST /api/v1/people/:id/grants': {
      send: async (c, t) => {
        const response = await c.post(`/api/v1/people/${k.personOf(t)}/grants`, {
          role: 'staff',
          unitId: k.unitOf(t).id,
        });
        // Undo, so the next actor's allowed request is not a duplicate.
        await k
          .db()
          .delete(roleGrants)
          .where(and(eq(roleGrants.personId, k.personOf(t)), eq(roleGrants.role, 'staff')));
        return response;
      },
      expect: unitAdmin,
    },
    'DELETE /api/v1/people/:id/grants/:grantId': {
      send: async (c, t) => c.delete(`/api/v1/people/${k.personOf(t)}/grants/${(await grantOn(t)).id}`),
      expect: unitAdmin,
    },
    'POST /api/v1/people/import': {
      send: async (c, t) => {
        const { payload, headers } = await xlsx(t);
        return c.request('POST', '/api/v1/people/import', payload, headers);
      },
      expect: (a, t) => (!a.agencyAdmin ? 403 : t === 'foreign' ? 400 : 'ok'),
    },
  };
};
