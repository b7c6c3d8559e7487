import { eq } from 'drizzle-orm';
import { newId } from '../../db/ids.ts';
import {
  steeringConclusions,
  steeringDirectives,
  steeringMeetings,
  steeringMembers,
} from '../../modules/steering/steering.table.ts';
import { storeFile } from '../../platform/files/files.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { tinyPdf } from '../documents-import-upload.ts';
import { FIXTURE_PASSWORD } from '../fixture.ts';
import { multipartFile } from '../xlsx-upload.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const base = '/api/v1/steering';

/**
 * The steering committee: its meetings are read by leadership and steering members (any
 * grant), the agency-wide secretariat, current members and invitees (none of the matrix
 * actors), and the chair (x.unit_leadership here); the agency-wide secretariat prepares;
 * the chair confirms; a directive is read by its owner unit's people and marked done by
 * the unit's head or ISO officer. Everyone else: 404. A meeting belongs to the agency, so
 * 'own' and 'other' differ only for directives (owner unit X1 or X2).
 */
export const steeringEntries = (k: MatrixKit): Entries => {
  const today = todayInVietnam();
  const chairOf = (t: Target) =>
    t === 'foreign' ? k.fixture().targets.foreign : k.fixture().roleHolders.leadership;
  const meeting = async (t: Target, state: string) => {
    const id = newId();
    const agencyId = k.agencyOf(t);
    await k
      .db()
      .insert(steeringMeetings)
      .values({
        id,
        agencyId,
        kind: 'regular',
        title: `Họp Ban chỉ đạo ${k.next()}`,
        meetingDate: today,
        chairPersonId: chairOf(t),
        agenda: 'Xem xét của lãnh đạo',
        periodFrom: `${today.slice(0, 4)}-01-01`,
        periodTo: today,
        state,
        createdBy: chairOf(t),
      });
    return { id, agencyId };
  };
  const conclusion = async (t: Target, state = 'held') => {
    const m = await meeting(t, state);
    const conclusionId = newId();
    await k
      .db()
      .insert(steeringConclusions)
      .values({
        id: conclusionId,
        agencyId: m.agencyId,
        meetingId: m.id,
        seq: 1,
        text: 'Các đơn vị thực hiện đúng quy trình',
        unitIds: [k.unitOf(t).id],
        dueInWorkingDays: 10,
        expectedResult: 'Báo cáo kết quả',
        createdBy: chairOf(t),
      });
    return { ...m, conclusionId };
  };
  const directive = async (
    t: Target,
    evidenceFiles: Array<{ hash: string; name: string; mimeType: string; recordFileId: string }> = [],
  ) => {
    const c = await conclusion(t, 'concluded');
    const id = newId();
    await k
      .db()
      .insert(steeringDirectives)
      .values({
        id,
        agencyId: c.agencyId,
        meetingId: c.id,
        conclusionId: c.conclusionId,
        unitId: k.unitOf(t).id,
        dueDate: today,
        evidenceFiles,
      });
    return id;
  };
  const member = async (t: Target) => {
    const id = newId();
    await k
      .db()
      .insert(steeringMembers)
      .values({
        id,
        agencyId: k.agencyOf(t),
        personId: k.personOf(t),
        committeeRole: 'member',
        validFrom: '2017-01-01',
        createdBy: k.personOf(t),
      });
    return id;
  };

  const role = (a: MatrixActor) => a.username.replace('x.unit_', '');
  const secretariat = (a: MatrixActor) => a.username === 'x.secretariat_all';
  /** Reads the committee and its meetings by role. */
  const reader = (a: MatrixActor) => secretariat(a) || ['leadership', 'steering_member'].includes(role(a));
  const readsCommittee = (a: MatrixActor): Outcome => (reader(a) ? 'ok' : 404);
  /** Preparing is decided before any record is looked at. */
  const prepareOnly = (a: MatrixActor, t: Target): Outcome =>
    !secretariat(a) ? 403 : t === 'foreign' ? 404 : 'ok';
  const onMeeting =
    (may: (a: MatrixActor) => boolean) =>
    (a: MatrixActor, t: Target): Outcome =>
      t === 'foreign' || !reader(a) ? 404 : may(a) ? 'ok' : 403;
  const prepares = onMeeting(secretariat);
  const fresh = async (t: Target, state: string) => (await meeting(t, state)).id;

  return {
    [`GET ${base}`]: { send: (c) => c.get(base), expect: readsCommittee },
    [`POST ${base}/members`]: {
      send: (c, t) =>
        c.post(`${base}/members`, {
          personId: k.personOf(t),
          committeeRole: 'member',
          validFrom: `2016-0${(k.next() % 9) + 1}-01`,
        }),
      expect: (a, t) => (!secretariat(a) ? 403 : t === 'foreign' ? 400 : 'ok'),
    },
    [`POST ${base}/members/:id/end`]: {
      send: async (c, t) => c.post(`${base}/members/${await member(t)}/end`, { version: 1, validTo: today }),
      expect: prepareOnly,
    },
    [`POST ${base}/meetings`]: {
      send: (c, t) =>
        c.post(`${base}/meetings`, {
          kind: 'regular',
          title: 'Họp xem xét của lãnh đạo',
          meetingDate: today,
          chairPersonId: k.personOf(t),
          agenda: 'Xem xét của lãnh đạo',
          periodFrom: `${today.slice(0, 4)}-01-01`,
          periodTo: today,
        }),
      expect: (a, t) => (!secretariat(a) ? 403 : t === 'foreign' ? 400 : 'ok'),
    },
    [`GET ${base}/meetings/:id`]: {
      send: async (c, t) => c.get(`${base}/meetings/${await fresh(t, 'planned')}`),
      expect: onMeeting(() => true),
    },
    [`PATCH ${base}/meetings/:id`]: {
      send: async (c, t) =>
        c.patch(`${base}/meetings/${await fresh(t, 'planned')}`, { version: 1, place: 'Phòng họp A' }),
      expect: prepares,
    },
    [`POST ${base}/meetings/:id/invitations`]: {
      send: async (c, t) =>
        c.post(`${base}/meetings/${await fresh(t, 'planned')}/invitations`, { version: 1 }),
      expect: prepares,
    },
    [`POST ${base}/meetings/:id/attendance`]: {
      send: async (c, t) =>
        c.post(`${base}/meetings/${await fresh(t, 'invited')}/attendance`, {
          version: 1,
          attendance: [{ personId: chairOf(t), present: true }],
        }),
      expect: prepares,
    },
    [`POST ${base}/meetings/:id/minutes`]: {
      send: async (c, t) =>
        c.post(`${base}/meetings/${await fresh(t, 'invited')}/minutes`, { version: 1, minutes: 'Biên bản' }),
      expect: prepares,
    },
    [`POST ${base}/meetings/:id/conclusions`]: {
      send: async (c, t) =>
        c.post(`${base}/meetings/${await fresh(t, 'held')}/conclusions`, { version: 1, text: 'Kết luận' }),
      expect: prepares,
    },
    [`POST ${base}/meetings/:id/conclusions/:conclusionId/remove`]: {
      send: async (c, t) => {
        const m = await conclusion(t);
        return c.post(`${base}/meetings/${m.id}/conclusions/${m.conclusionId}/remove`, { version: 1 });
      },
      expect: prepares,
    },
    [`POST ${base}/meetings/:id/sign`]: {
      send: async (c, t) =>
        c.post(`${base}/meetings/${(await conclusion(t)).id}/sign`, {
          version: 1,
          password: FIXTURE_PASSWORD,
        }),
      expect: onMeeting((a) => role(a) === 'leadership'),
    },
    [`POST ${base}/meetings/:id/pack`]: {
      send: async (c, t) => {
        // A period of its own, so each call compiles a pack (none in the way).
        const m = await meeting(t, 'planned');
        const year = 4000 + k.next();
        await k
          .db()
          .update(steeringMeetings)
          .set({ periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` })
          .where(eq(steeringMeetings.id, m.id));
        return c.post(`${base}/meetings/${m.id}/pack`, {});
      },
      expect: prepares,
    },
    ...Object.fromEntries(
      (['docx', 'pdf'] as const).map((ext) => [
        `GET ${base}/meetings/:id/notice.${ext}`,
        {
          send: async (c: Parameters<Entries[string]['send']>[0], t: Target) =>
            c.get(`${base}/meetings/${(await conclusion(t, 'concluded')).id}/notice.${ext}`),
          expect: onMeeting(() => true),
        },
      ]),
    ),
    [`GET ${base}/directives`]: { send: (c) => c.get(`${base}/directives`), expect: () => 'ok' },
    [`POST ${base}/directives/:id/complete`]: {
      send: async (c, t) =>
        c.post(`${base}/directives/${await directive(t)}/complete`, {
          version: 1,
          evidenceNote: 'Đã thực hiện',
        }),
      // Every matrix actor works in X1, so the own unit's directive is read by all of them.
      expect: (a, t) => {
        if (t === 'foreign') return 404;
        const keeper = t === 'own' && ['unit_head', 'iso_officer'].includes(role(a));
        if (keeper) return 'ok';
        return t === 'own' || reader(a) ? 403 : 404;
      },
    },
    [`POST ${base}/directives/:id/evidence`]: {
      send: async (c, t) => {
        const { payload, headers } = multipartFile('Biên bản.pdf', tinyPdf('biên bản'));
        return c.post(`${base}/directives/${await directive(t)}/evidence`, payload, headers);
      },
      expect: (a, t) => {
        if (t === 'foreign') return 404;
        if (t === 'own' && ['unit_head', 'iso_officer'].includes(role(a))) return 'ok';
        return t === 'own' || reader(a) ? 403 : 404;
      },
    },
    [`GET ${base}/directives/:id/evidence/:hash`]: {
      send: async (c, t) => {
        const { hash } = await storeFile(k.files(), tinyPdf('bằng chứng'));
        const id = await directive(t, [
          { hash, name: 'Bằng chứng.pdf', mimeType: 'application/pdf', recordFileId: newId() },
        ]);
        return c.get(`${base}/directives/${id}/evidence/${hash}`);
      },
      // Read by the meeting's readers and the owner unit's people (every matrix actor is in X1).
      expect: (a, t) => (t === 'foreign' ? 404 : t === 'own' || reader(a) ? 'ok' : 404),
    },
    [`GET ${base}/settings`]: { send: (c) => c.get(`${base}/settings`), expect: readsCommittee },
    [`PUT ${base}/settings`]: {
      send: async (c) => {
        const current = await c.get(`${base}/settings`);
        return c.put(`${base}/settings`, {
          version: current.body?.version ?? 0,
          escalateDirectivesAfterWorkingDays: 5,
        });
      },
      expect: (a) => (secretariat(a) ? 'ok' : 403),
    },
    'GET /api/v1/my-work/steering': { send: (c) => c.get('/api/v1/my-work/steering'), expect: () => 'ok' },
    'GET /api/v1/home/steering-directives': {
      send: (c) => c.get('/api/v1/home/steering-directives'),
      expect: () => 'ok',
    },
  };
};
