import type { DutyConflict } from '../../../contract/duties.ts';
import { AppError, type BilingualText } from '../http/errors.ts';

export type { DutyConflict };

/** A signature already on the record: who, with which meaning (review, check, approve…). */
export type Signed = { signerId: string; meaning: string };

export type DutyFacts = {
  /** Who drafted or prepared the record: they never sign it. */
  authorIds: Array<string | null | undefined>;
  /** Signatures already given on this record (voided ones too: the person still signed). */
  signatures: Signed[];
  /** Pairs of meanings one person may both sign, when the agency allows it. */
  combinable?: Array<readonly [string, string]>;
};

/**
 * Segregation of duties, the one rule every signing step applies (documents, records
 * catalogues, later audits and nonconformities): the author of a record never signs its
 * review, check or approval, and one person signs at most one meaning on it, unless the
 * agency lets that pair of meanings fall to one person. Null when the person may sign.
 */
export function dutyConflict(personId: string, meaning: string, facts: DutyFacts): DutyConflict | null {
  if (facts.authorIds.includes(personId)) return 'self_approval';
  const combinable = (a: string, b: string) =>
    (facts.combinable ?? []).some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  const other = facts.signatures.filter((s) => s.signerId === personId && s.meaning !== meaning);
  return other.some((s) => !combinable(s.meaning, meaning)) ? 'same_signer' : null;
}

/** The signatures that bar the person from this meaning (for the message). */
const otherMeanings = (personId: string, meaning: string, facts: DutyFacts) => [
  ...new Set(
    facts.signatures.filter((s) => s.signerId === personId && s.meaning !== meaning).map((s) => s.meaning),
  ),
];

/**
 * 403 `<entity>.self_approval` or `<entity>.same_signer`, saying why in both languages.
 * `names` gives each meaning's name ("xem xét" / "review").
 */
export function dutyError(
  entity: string,
  conflict: DutyConflict,
  context: {
    personId: string;
    meaning: string;
    facts: DutyFacts;
    names: Record<string, BilingualText>;
    author: BilingualText;
  },
): AppError {
  const name = (m: string) => context.names[m] ?? { vi: m, en: m };
  if (conflict === 'self_approval') {
    return new AppError(403, `${entity}.self_approval`, {
      vi: `Bạn là người ${context.author.vi} nên không được xác nhận ${name(context.meaning).vi}; việc này phải do người khác thực hiện (phân tách nhiệm vụ).`,
      en: `You ${context.author.en} it, so you may not confirm its ${name(context.meaning).en}; someone else must (segregation of duties).`,
    });
  }
  const signed = otherMeanings(context.personId, context.meaning, context.facts).map(name);
  return new AppError(403, `${entity}.same_signer`, {
    vi: `Bạn đã xác nhận ${signed.map((s) => s.vi).join(', ')} cho bản này; một người chỉ xác nhận một bước, nên ${name(context.meaning).vi} phải do người khác thực hiện (phân tách nhiệm vụ).`,
    en: `You already confirmed its ${signed.map((s) => s.en).join(', ')}; one person confirms one step only, so someone else must confirm its ${name(context.meaning).en} (segregation of duties).`,
  });
}
