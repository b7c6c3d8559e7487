import { eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import {
  indicatorValues,
  objectiveActions,
  objectiveIndicators,
  objectives,
} from '../../modules/objectives/objectives.table.ts';
import { storeFile } from '../../platform/files/files.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { tinyPdf } from '../documents-import-upload.ts';
import { FIXTURE_PASSWORD } from '../fixture.ts';
import type { Client } from '../test-app.ts';
import { multipartFile } from '../xlsx-upload.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/objectives';

/**
 * The reports name no record: every target asks the same thing, so each person's paper is
 * rendered once (a PDF takes about half a second; three per person kept the test near its limit).
 */
const rendered = new WeakMap<Client, Map<string, ReturnType<Client['get']>>>();
const once = (c: Client, url: string) => {
  const mine = rendered.get(c) ?? new Map<string, ReturnType<Client['get']>>();
  rendered.set(c, mine);
  if (!mine.has(url)) mine.set(url, c.get(url));
  return mine.get(url)!;
};

/**
 * Quality objectives of a unit: its ISO officer drafts them, its head approves them; the
 * unit's head and officer read them in every state, the agency-wide secretariat and
 * leadership read every unit's, everyone else reads only their unit's approved ones.
 * Manual values: entered by the owner or the ISO officer, approved by the unit head.
 */
export const objectiveEntries = (k: MatrixKit): Entries => {
  const year = Number(todayInVietnam().slice(0, 4));
  const seed = async (t: Target, state: string) => {
    const agencyId = k.agencyOf(t);
    const id = newId();
    await k
      .db()
      .insert(objectives)
      .values({
        id,
        agencyId,
        year,
        unitId: k.unitOf(t).id,
        title: `Mục tiêu ${k.next()}`,
        ownerPersonId: k.personOf(t),
        state,
        draftedBy: k.personOf(t),
        submittedBy: state === 'draft' ? null : k.personOf(t),
      });
    const indicatorId = newId();
    await k
      .db()
      .insert(objectiveIndicators)
      .values({
        id: indicatorId,
        agencyId,
        objectiveId: id,
        name: 'Mức độ hài lòng',
        formula: 'Số phiếu hài lòng / tổng số phiếu',
        unit: '%',
        direction: 'gte',
        target: 90,
        frequency: 'year',
        source: 'manual',
        createdBy: k.personOf(t),
      });
    return { id, indicatorId, agencyId };
  };
  const withValue = async (t: Target, approved = false, withFile = false) => {
    const { indicatorId, agencyId } = await seed(t, 'approved');
    const id = newId();
    const file = withFile ? await storeFile(k.files(), tinyPdf('biên bản tổng hợp phiếu')) : null;
    await k
      .db()
      .insert(indicatorValues)
      .values({
        id,
        agencyId,
        indicatorId,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        value: approved ? 50 : 91,
        evidenceNote: 'Biên bản tổng hợp phiếu',
        ...(file && {
          fileHash: file.hash,
          fileName: 'bien-ban.pdf',
          mimeType: 'application/pdf',
          size: file.size,
        }),
        enteredBy: k.personOf(t),
        state: approved ? 'approved' : 'entered',
      });
    return id;
  };
  const withAction = async (t: Target) => {
    const { id, agencyId } = await seed(t, 'draft');
    const actionId = newId();
    await k
      .db()
      .insert(objectiveActions)
      .values({
        id: actionId,
        agencyId,
        objectiveId: id,
        description: 'Hành động',
        ownerPersonId: k.personOf(t),
        dueDate: `${year}-12-31`,
        createdBy: k.personOf(t),
      });
    return `${base}/${id}/actions/${actionId}/complete`;
  };
  const role = (a: MatrixActor) => a.username.replace('x.unit_', '');
  const own = (a: MatrixActor, t: Target, ...roles: string[]) => t === 'own' && roles.includes(role(a));
  /** Drafts and submitted ones: the unit's head and officer, the agency-wide secretariat. */
  const readsDraft = (a: MatrixActor, t: Target) =>
    t !== 'foreign' && (a.username === 'x.secretariat_all' || own(a, t, 'unit_head', 'iso_officer'));
  /** Approved ones: also every member of the unit (every matrix actor works in X1). */
  const readsApproved = (a: MatrixActor, t: Target) =>
    t !== 'foreign' && (a.username === 'x.secretariat_all' || t === 'own');
  const on =
    (reads: typeof readsDraft, may: (a: MatrixActor, t: Target) => boolean) =>
    (a: MatrixActor, t: Target): Outcome =>
      !reads(a, t) ? 404 : may(a, t) ? 'ok' : 403;
  const officer = (a: MatrixActor, t: Target) => own(a, t, 'iso_officer');
  const head = (a: MatrixActor, t: Target) => own(a, t, 'unit_head');

  return {
    // Anyone signed in has their own plan actions (none is an empty list).
    'GET /api/v1/my-work/objectives': {
      send: (c) => c.get('/api/v1/my-work/objectives'),
      expect: () => 'ok',
    },
    'GET /api/v1/objectives': { send: (c) => c.get(base), expect: () => 'ok' },
    'GET /api/v1/objectives/values.xlsx': { send: (c) => c.get(`${base}/values.xlsx`), expect: () => 'ok' },
    'GET /api/v1/objectives/report.docx': { send: (c) => once(c, `${base}/report.docx`), expect: () => 'ok' },
    'GET /api/v1/objectives/report.pdf': {
      send: (c) => once(c, `${base}/report.pdf?period=q1`),
      expect: () => 'ok',
    },
    'GET /api/v1/objectives/:id': {
      send: async (c, t) => c.get(`${base}/${(await seed(t, 'submitted')).id}`),
      expect: (a, t) => (readsDraft(a, t) ? 'ok' : 404),
    },
    'POST /api/v1/objectives': {
      send: (c, t) =>
        c.post(base, { year, unitId: k.unitOf(t).id, title: 'Mục tiêu mới', ownerPersonId: k.personOf(t) }),
      expect: (a, t) => (t === 'foreign' ? 400 : officer(a, t) ? 'ok' : 403),
    },
    'POST /api/v1/objectives/:id/transitions': {
      send: async (c, t) =>
        c.post(`${base}/${(await seed(t, 'submitted')).id}/transitions`, {
          action: 'approve',
          version: 1,
          password: FIXTURE_PASSWORD,
        }),
      expect: on(readsDraft, head),
    },
    'POST /api/v1/objectives/:id/indicators': {
      send: async (c, t) =>
        c.post(`${base}/${(await seed(t, 'draft')).id}/indicators`, {
          version: 1,
          name: 'Tỷ lệ đúng hạn',
          formula: 'Đúng hạn / đã giải quyết',
          unit: '%',
          direction: 'gte',
          target: 95,
          frequency: 'month',
          source: 'computed',
          measure: 'case_on_time_rate',
        }),
      expect: on(readsDraft, officer),
    },
    'POST /api/v1/objectives/indicators/:id/values': {
      // The value with its evidence file (multipart), filed in the unit's records.
      send: async (c, t) => {
        const { payload, headers } = multipartFile('Biên bản khảo sát.pdf', tinyPdf('biên bản'), {
          periodStart: `${year}-01-01`,
          value: '92',
        });
        return c.post(
          `${base}/indicators/${(await seed(t, 'approved')).indicatorId}/values`,
          payload,
          headers,
        );
      },
      // The owner (a target person) or the unit's ISO officer.
      expect: on(readsApproved, officer),
    },
    'GET /api/v1/objectives/values/:id/evidence': {
      send: async (c, t) => c.get(`${base}/values/${await withValue(t, false, true)}/evidence`),
      // Whoever reads the objective: its unit's head approves only after reading it.
      expect: (a, t) => (readsApproved(a, t) ? 'ok' : 404),
    },
    'POST /api/v1/objectives/indicators/:id/nonconformity': {
      send: async (c, t) => {
        const valueId = await withValue(t, true);
        const [row] = await k.db().select().from(indicatorValues).where(eq(indicatorValues.id, valueId));
        return c.post(`${base}/indicators/${row.indicatorId}/nonconformity`, {
          periodStart: `${year}-01-01`,
        });
      },
      // Nonconformities decide: the unit's keepers (ISO officer, head, secretariat) and internal auditors.
      expect: on(
        readsApproved,
        (a, t) =>
          a.username === 'x.secretariat_all' ||
          own(a, t, 'iso_officer', 'unit_head', 'secretariat', 'internal_auditor'),
      ),
    },
    'POST /api/v1/objectives/values/:id/approve': {
      send: async (c, t) => c.post(`${base}/values/${await withValue(t)}/approve`, { version: 1 }),
      expect: on(readsApproved, head),
    },
    'POST /api/v1/objectives/:id/actions': {
      send: async (c, t) =>
        c.post(`${base}/${(await seed(t, 'draft')).id}/actions`, {
          version: 1,
          description: 'Rà soát quy trình',
          ownerPersonId: k.personOf(t),
          dueInWorkingDays: 5,
        }),
      expect: on(readsDraft, officer),
    },
    'POST /api/v1/objectives/:id/actions/:actionId/complete': {
      send: async (c, t) => c.post(await withAction(t)),
      expect: on(readsDraft, officer),
    },
    'GET /api/v1/public-page-settings': {
      send: (c) => c.get('/api/v1/public-page-settings'),
      expect: () => 'ok',
    },
    'PUT /api/v1/public-page-settings': {
      send: async (c) => {
        const { version } = (await c.get('/api/v1/public-page-settings')).body;
        return c.put('/api/v1/public-page-settings', { enabled: true, version });
      },
      expect: (a) => (a.agencyAdmin || a.username === 'x.secretariat_all' ? 'ok' : 403),
    },
  };
};
