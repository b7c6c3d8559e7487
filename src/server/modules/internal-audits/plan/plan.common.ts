import { type RoundState, roundStateNames } from '../../../../contract/internal-audits.ts';
import type { Tx } from '../../../db/connection.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { RoundRow } from '../internal-audits.repository.ts';
import { internalAuditRounds } from '../round.table.ts';

/** 409 unless the round is in one of `states` (the plan is edited while it is being planned). */
export function assertRoundState(round: RoundRow, states: RoundState[], doing: { vi: string; en: string }) {
  const state = round.state as RoundState;
  if (!states.includes(state)) {
    throw new AppError(409, 'internal_audit.transition_forbidden', {
      vi: `Không thể ${doing.vi} khi đợt đánh giá đang ở trạng thái "${roundStateNames[state].vi}".`,
      en: `Cannot ${doing.en} while the round is "${roundStateNames[state].en}".`,
    });
  }
}

/** The round's version, checked and moved on: a plan change from a stale page is a 409. */
export const bumpRound = (tx: Tx, round: RoundRow, version: number, patch: Partial<RoundRow> = {}) =>
  updateVersioned(tx, internalAuditRounds, { id: round.id, agencyId: round.agencyId, version }, patch);
