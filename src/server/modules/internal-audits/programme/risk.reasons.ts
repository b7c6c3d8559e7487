import type { RiskRow } from '../../../../contract/internal-audits.ts';
import { formatDate, formatNumber, formatPercent } from '../../../platform/format.ts';
import { daysBetween } from '../../../platform/time.ts';

type Reason = RiskRow['reasons'][number];

/** Months since a unit or procedure was last audited, counted as never when it has not been. */
export const NEVER_MONTHS = 24;

/** What the aid weighs for one unit or procedure (from the modules' public figures). */
export type RiskFigures = {
  cases?: { stepOnTimeRate: number | null; overdueSteps: number; started: number; startedWithFile: number };
  returnedSteps?: number;
  openNonconformities: number;
  reviewsOverdue?: number;
  lastAudited?: string;
};

/**
 * The score and its reasons, largest first: late steps (30 points at 100 %), returned steps
 * (1 each, up to 10), open nonconformities (5 each, up to 25), reviews overdue (3 each, up to
 * 15), cases started without their file (1 each, up to 10), months since the last audit (1 a
 * month, up to 24; never audited: 24).
 */
export function riskOf(f: RiskFigures, today: string): { score: number; reasons: Reason[] } {
  const reasons: Array<Reason & { points: number }> = [];
  const add = (code: Reason['code'], value: number, points: number, vi: string, en: string) => {
    if (points > 0) reasons.push({ code, value, points, vi, en });
  };
  const m = f.cases;
  if (m && m.stepOnTimeRate !== null) {
    const late = 1 - m.stepOnTimeRate;
    add(
      'overdue_steps',
      late,
      Math.round(late * 30),
      `${formatPercent(late)} bước công việc hoàn thành quá hạn, ${formatNumber(m.overdueSteps)} bước đang quá hạn`,
      `${formatPercent(late, 'en')} of steps done late, ${m.overdueSteps} overdue now`,
    );
  }
  const r = f.returnedSteps ?? 0;
  add(
    'returned_steps',
    r,
    Math.min(r, 10),
    `${formatNumber(r)} lần trả lại bước công việc`,
    `${r} steps returned`,
  );
  const n = f.openNonconformities;
  add(
    'open_nonconformities',
    n,
    Math.min(n * 5, 25),
    `${formatNumber(n)} sự không phù hợp chưa đóng`,
    `${n} open nonconformities`,
  );
  const reviews = f.reviewsOverdue ?? 0;
  add(
    'overdue_reviews',
    reviews,
    Math.min(reviews * 3, 15),
    `${formatNumber(reviews)} tài liệu quá hạn rà soát`,
    `${reviews} documents overdue for review`,
  );
  const notOpened = m ? m.started - m.startedWithFile : 0;
  add(
    'files_not_opened',
    notOpened,
    Math.min(notOpened, 10),
    `${formatNumber(notOpened)} công việc không lập hồ sơ khi bắt đầu`,
    `${notOpened} cases started without their file`,
  );
  if (!f.lastAudited)
    add('never_audited', NEVER_MONTHS, NEVER_MONTHS, 'Chưa được đánh giá nội bộ', 'Never audited');
  else {
    const months = Math.floor(daysBetween(f.lastAudited, today) / 30.4);
    add(
      'months_since_audit',
      months,
      Math.min(months, NEVER_MONTHS),
      `${formatNumber(months)} tháng kể từ lần đánh giá gần nhất (${formatDate(f.lastAudited)})`,
      `${months} months since the last audit (${formatDate(f.lastAudited)})`,
    );
  }
  reasons.sort((a, b) => b.points - a.points);
  return {
    score: reasons.reduce((s, x) => s + x.points, 0),
    reasons: reasons.map(({ points: _, ...rest }) => rest),
  };
}
