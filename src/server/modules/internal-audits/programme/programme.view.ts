import type { ProgrammeState, ProgrammeView } from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { namesFor, roundSummaries } from '../internal-audits.names.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import { loadProgramme } from '../internal-audits.repository.ts';
import { roundsOf } from './programme.service.ts';
import { approvalBlocked, programmeTransitions } from './programme.transition.ts';

/** The programme page: the programme, its rounds and what this person may do. */
export async function getProgramme(db: Db, actor: Actor, id: string): Promise<ProgrammeView> {
  const p = await loadProgramme(db, actor, id);
  const rounds = await roundsOf(db, actor.agencyId, id);
  const summaries = await roundSummaries(db, actor.agencyId, rounds);
  const names = await namesFor(db, actor.agencyId, { people: p.approvedBy ? [p.approvedBy] : [] });
  const state = p.state as ProgrammeState;
  const may = (action: keyof typeof programmeTransitions) =>
    programmeTransitions[action].from.includes(state) && programmeTransitions[action].may(actor);
  const blocked = may('approve') ? approvalBlocked(actor, p) : null;
  return {
    id: p.id,
    year: p.year,
    title: p.title,
    state,
    roundCount: rounds.length,
    version: p.version,
    objectives: p.objectives,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    approverName: p.approvedBy ? names.person(p.approvedBy).name : null,
    approverPosition: p.approverPosition,
    returnComment: p.returnComment,
    rounds: summaries,
    can: {
      edit: auditPolicy.plan(actor) && (state === 'draft' || state === 'returned'),
      submit: may('submit'),
      approve: may('approve') && !blocked,
      return: may('return'),
    },
    approveBlocked: blocked ? blocked.text : null,
  };
}
