// The minister's decisions that issued the demo's documents (numbers are invented; the
// rhythm is real: the system in late 2015, the units' procedures in batches, the 2017
// round of improvements after the move to TCVN ISO 9001:2015 and the internal audit).
import type { Decision } from './plan.ts';

export const decisions = {
  /** The QMS of the ministry apparatus: policy, manual, system procedures, guideline. */
  system2015: { no: '1679/QĐ-BTTTT', date: '2015-10-26' },
  /** Business procedures of Văn phòng, Thanh tra, Vụ Pháp chế, Vụ TCCB, Vụ TĐKT. */
  units2015: { no: '2102/QĐ-BTTTT', date: '2015-12-15' },
  /** Business procedures of the other units; TCVN ISO 9001:2015 registered. */
  units2016: { no: '318/QĐ-BTTTT', date: '2016-03-10' },
  /** Risks and opportunities: the first step of the move to TCVN ISO 9001:2015. */
  risks2016: { no: '1935/QĐ-BTTTT', date: '2016-11-18' },
  objectives2017: { no: '2230/QĐ-BTTTT', date: '2016-12-26' },
  /** 2017: system documents moved to TCVN ISO 9001:2015. */
  system2017: { no: '559/QĐ-BTTTT', date: '2017-04-17' },
  personnel2017: { no: '887/QĐ-BTTTT', date: '2017-06-05' },
  /** Postal licensing with QĐ 45/2016/QĐ-TTg (files by public postal service); legal affairs. */
  postal2017: { no: '1180/QĐ-BTTTT', date: '2017-07-14' },
  /** Before the internal audit of 07/11/2017. */
  audit2017: { no: '1476/QĐ-BTTTT', date: '2017-09-07' },
  /** After the internal audit. */
  november2017: { no: '1910/QĐ-BTTTT', date: '2017-11-20' },
  /**
   * 2018: a withdrawal when the state-owned enterprises were to leave the ministry, dated
   * in the story's last week (after the last case it could start), so the story holds
   * nothing after its last days and the demo moved to today nothing in the future.
   */
  withdraw2018: { no: '522/QĐ-BTTTT', date: '2018-03-28' },
} satisfies Record<string, Decision>;
