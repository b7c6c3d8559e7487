import { newId } from '../../db/ids.ts';
import {
  nonconformities,
  nonconformityActions,
  nonconformityEvidence,
} from '../../modules/nonconformities/nonconformities.table.ts';
import { storeFile } from '../../platform/files/files.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { tinyPdf } from '../documents-import-upload.ts';
import { multipartFile } from '../xlsx-upload.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/nonconformities';

/**
 * Nonconformities: the unit's keepers (ISO officer, head, secretariat) and leadership read
 * their unit's, the agency-wide secretariat every unit's; keepers and internal auditors
 * record them; keepers analyse and plan; the unit head or the secretariat cancels; an
 * action's owner or the owner unit's ISO officer or head completes it.
 */
export const nonconformityEntries = (k: MatrixKit): Entries => {
  const seed = async (t: Target, state: string) => {
    const agencyId = k.agencyOf(t);
    const id = newId();
    const seq = k.next();
    await k
      .db()
      .insert(nonconformities)
      .values({
        id,
        agencyId,
        year: 3000,
        seq,
        code: `KPH-3000-${seq}`,
        source: 'self_detected',
        title: 'Sự không phù hợp',
        description: 'Mô tả',
        requirement: `Yêu cầu ${seq}`,
        unitId: k.unitOf(t).id,
        detectedBy: k.personOf(t),
        detectedOn: '2026-01-05',
        grade: 'minor',
        state,
        decision: state === 'draft' ? null : 'corrective_action',
        createdBy: k.personOf(t),
      });
    const actionId = newId();
    if (state === 'in_progress') {
      await k
        .db()
        .insert(nonconformityActions)
        .values({
          id: actionId,
          agencyId,
          nonconformityId: id,
          kind: 'corrective',
          description: 'Hành động',
          ownerUnitId: k.unitOf(t).id,
          ownerPersonId: k.personOf(t),
          dueDate: '2026-02-05',
          createdBy: k.personOf(t),
        });
    }
    return { id, actionId };
  };
  /** A record in progress with one evidence file on its action (not filed in records). */
  const withEvidence = async (t: Target) => {
    const { id, actionId } = await seed(t, 'in_progress');
    const { hash, size } = await storeFile(k.files(), tinyPdf('bằng chứng'));
    const evidenceId = newId();
    await k
      .db()
      .insert(nonconformityEvidence)
      .values({
        id: evidenceId,
        agencyId: k.agencyOf(t),
        nonconformityId: id,
        actionId,
        fileHash: hash,
        fileName: 'bang-chung.pdf',
        mimeType: 'application/pdf',
        size,
        addedBy: k.personOf(t),
      });
    return `${base}/${id}/evidence/${evidenceId}`;
  };
  const role = (a: MatrixActor) => a.username.replace('x.unit_', '');
  const unitReaders = ['iso_officer', 'unit_head', 'secretariat', 'leadership', 'steering_member'];
  const reads = (a: MatrixActor, t: Target) =>
    t !== 'foreign' && (a.username === 'x.secretariat_all' || (t === 'own' && unitReaders.includes(role(a))));
  const keeps = (a: MatrixActor, t: Target) =>
    a.username === 'x.secretariat_all' ||
    (t === 'own' && ['iso_officer', 'unit_head', 'secretariat'].includes(role(a)));
  /** On a record the actor reads: `may` decides between ok and 403. */
  const actOn =
    (may: (a: MatrixActor, t: Target) => boolean) =>
    (a: MatrixActor, t: Target): Outcome =>
      !reads(a, t) ? 404 : may(a, t) ? 'ok' : 403;
  const creates = (a: MatrixActor, t: Target): Outcome =>
    t === 'foreign' ? 400 : keeps(a, t) || (t === 'own' && role(a) === 'internal_auditor') ? 'ok' : 403;

  return {
    'GET /api/v1/nonconformities': { send: (c) => c.get(base), expect: () => 'ok' },
    'GET /api/v1/my-work/nonconformities': {
      send: (c) => c.get('/api/v1/my-work/nonconformities'),
      expect: () => 'ok',
    },
    'GET /api/v1/nonconformities/measures': { send: (c) => c.get(`${base}/measures`), expect: () => 'ok' },
    'GET /api/v1/nonconformities/register.xlsx': {
      send: (c) => c.get(`${base}/register.xlsx`),
      expect: () => 'ok',
    },
    'GET /api/v1/nonconformities/:id': {
      send: async (c, t) => c.get(`${base}/${(await seed(t, 'draft')).id}`),
      expect: (a, t) => (reads(a, t) ? 'ok' : 404),
    },
    'GET /api/v1/nonconformities/:id/form.docx': {
      send: async (c, t) => c.get(`${base}/${(await seed(t, 'draft')).id}/form.docx`),
      expect: (a, t) => (reads(a, t) ? 'ok' : 404),
    },
    'GET /api/v1/nonconformities/:id/form.pdf': {
      send: async (c, t) => c.get(`${base}/${(await seed(t, 'draft')).id}/form.pdf`),
      expect: (a, t) => (reads(a, t) ? 'ok' : 404),
    },
    'POST /api/v1/nonconformities': {
      send: (c, t) =>
        c.post(base, {
          source: 'self_detected',
          title: 'Ghi nhận',
          description: 'Mô tả',
          requirement: `Yêu cầu mới ${k.next()}`,
          unitId: k.unitOf(t).id,
          detectedOn: todayInVietnam(),
          grade: 'minor',
        }),
      expect: creates,
    },
    'POST /api/v1/nonconformities/:id/analysis': {
      send: async (c, t) =>
        c.post(`${base}/${(await seed(t, 'draft')).id}/analysis`, {
          version: 1,
          whys: ['Vì sao'],
          causeCategories: ['method'],
          decision: 'corrective_action',
        }),
      expect: actOn(keeps),
    },
    'POST /api/v1/nonconformities/:id/actions': {
      send: async (c, t) =>
        c.post(`${base}/${(await seed(t, 'analysed')).id}/actions`, {
          version: 1,
          kind: 'corrective',
          description: 'Hành động',
          ownerUnitId: k.unitOf(t).id,
          ownerPersonId: k.personOf(t),
          dueInWorkingDays: 5,
        }),
      expect: actOn(keeps),
    },
    'POST /api/v1/nonconformities/:id/actions/:actionId/complete': {
      send: async (c, t) => {
        const { id, actionId } = await seed(t, 'in_progress');
        return c.post(`${base}/${id}/actions/${actionId}/complete`, { version: 1, evidence: 'Bằng chứng' });
      },
      expect: actOn((a, t) => t === 'own' && ['iso_officer', 'unit_head'].includes(role(a))),
    },
    'POST /api/v1/nonconformities/:id/actions/:actionId/evidence': {
      send: async (c, t) => {
        const { id, actionId } = await seed(t, 'in_progress');
        const { payload, headers } = multipartFile('Biên bản.pdf', tinyPdf('biên bản'));
        return c.post(`${base}/${id}/actions/${actionId}/evidence`, payload, headers);
      },
      expect: actOn((a, t) => t === 'own' && ['iso_officer', 'unit_head'].includes(role(a))),
    },
    'GET /api/v1/nonconformities/:id/evidence/:evidenceId': {
      send: async (c, t) => c.get(await withEvidence(t)),
      expect: (a, t) => (reads(a, t) ? 'ok' : 404),
    },
    'GET /api/v1/nonconformity-settings': {
      send: (c) => c.get('/api/v1/nonconformity-settings'),
      expect: () => 'ok',
    },
    'PUT /api/v1/nonconformity-settings': {
      send: async (c) => {
        const { version } = (await c.get('/api/v1/nonconformity-settings')).body;
        return c.put('/api/v1/nonconformity-settings', {
          escalateAfterWorkingDays: 5,
          waitMajorWorkingDays: 20,
          waitMinorWorkingDays: 10,
          version,
        });
      },
      expect: (a) => (a.agencyAdmin || a.username === 'x.secretariat_all' ? 'ok' : 403),
    },
    'POST /api/v1/nonconformities/:id/transitions': {
      send: async (c, t) =>
        c.post(`${base}/${(await seed(t, 'draft')).id}/transitions`, {
          action: 'cancel',
          version: 1,
          reason: 'Trùng với bản ghi khác',
        }),
      expect: actOn(
        (a, t) =>
          a.username === 'x.secretariat_all' ||
          (t === 'own' && ['unit_head', 'secretariat'].includes(role(a))),
      ),
    },
  };
};
