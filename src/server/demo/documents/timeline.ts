// Turns a version plan into the sequence of lifecycle actions the service would have
// recorded (request, submit, review, check, approve, returns and the edits after them),
// each at a backdated working-day moment in Asia/Ho_Chi_Minh.
import type { SignatureMeaning, TransitionAction, VersionState } from '../../../contract/documents.ts';
import type { WorkingCalendar } from '../../modules/calendar/working-days.ts';
import { transitions } from '../../modules/documents/documents.lifecycle.ts';
import { addDays, daysBetween, vietnamTime } from './days.ts';
import type { ContentSpec, VersionPlan } from './plan.ts';

export type Role = 'officer' | 'head' | 'secretariat' | 'leader';

export type TimelineAction = {
  /** 'request' opens the draft; 'edit' changes its content (and voids signatures over the old one). */
  action: 'request' | 'edit' | TransitionAction;
  role: Role;
  from: VersionState | null;
  to: VersionState;
  comment: string | null;
  signs: SignatureMeaning | null;
  /** Index in `contents` of the content the version held after this action. */
  content: number;
  at: Date;
};

const roleOf: Record<TransitionAction, Role> = {
  submit_review: 'officer',
  cancel: 'officer',
  review_approve: 'head',
  review_return: 'head',
  check_approve: 'secretariat',
  check_return: 'secretariat',
  approve: 'leader',
  approve_return: 'leader',
};

const stageBefore = {
  review: [],
  check: ['review_approve'],
  approve: ['review_approve', 'check_approve'],
} as const;
const finalActions: Record<VersionPlan['reaches'], TransitionAction[]> = {
  draft: [],
  unit_review: ['submit_review'],
  secretariat_check: ['submit_review', 'review_approve'],
  submitted: ['submit_review', 'review_approve', 'check_approve'],
  issued: ['submit_review', 'review_approve', 'check_approve', 'approve'],
  cancelled: ['cancel'],
};

/** A stable small number from a text, so the demo is the same on every load. */
export function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The contents the version held in turn: before each return's fix, then the final one. */
export function contentsOf(plan: VersionPlan, final: ContentSpec): ContentSpec[] {
  return [...(plan.returns ?? []).map((r) => (r.before ? r.before(final) : final)), final];
}

export function timelineOf(
  plan: VersionPlan,
  contents: ContentSpec[],
  key: string,
  calendar: WorkingCalendar,
): TimelineAction[] {
  type Step = Omit<TimelineAction, 'at'>;
  const steps: Step[] = [
    {
      action: 'request',
      role: 'officer',
      from: null,
      to: 'draft',
      comment: plan.reason,
      signs: null,
      content: 0,
    },
  ];
  const push = (action: TransitionAction, content: number, comment: string | null = null) => {
    const t = transitions[action];
    steps.push({
      action,
      role: roleOf[action],
      from: t.from,
      to: t.to,
      comment,
      signs: t.signs ?? null,
      content,
    });
  };
  (plan.returns ?? []).forEach((r, i) => {
    push('submit_review', i);
    for (const a of stageBefore[r.at]) push(a, i);
    push(`${r.at}_return` as TransitionAction, i, r.comment);
    if (JSON.stringify(contents[i]) !== JSON.stringify(contents[i + 1])) {
      steps.push({
        action: 'edit',
        role: 'officer',
        from: 'draft',
        to: 'draft',
        comment: null,
        signs: null,
        content: i + 1,
      });
    }
  });
  const last = contents.length - 1;
  for (const action of finalActions[plan.reaches]) {
    push(action, last, action === 'cancel' ? (plan.note ?? null) : null);
  }

  const start = calendar.isWorkingDay(plan.requested)
    ? plan.requested
    : calendar.nextWorkingDay(plan.requested);
  const end = calendar.isWorkingDay(plan.done) ? plan.done : calendar.addWorkingDays(plan.done, -1);
  const span = Math.max(0, daysBetween(start, end));
  const seed = hashOf(key);
  let previous = 0;
  return steps.map((step, k) => {
    const offset = steps.length === 1 ? 0 : Math.round((k * span) / (steps.length - 1));
    let day = addDays(start, offset);
    // A weekend or holiday moves to the next working day, or back when that passes the end.
    if (!calendar.isWorkingDay(day)) day = calendar.nextWorkingDay(day);
    if (day > end) day = end;
    if (k > 0 && k === steps.length - 1) day = end;
    // Office hours, 08:00–15:00, later than the action before.
    const minutes = 8 * 60 + ((seed + k * 97) % 420);
    const at = Math.max(vietnamTime(day, minutes).getTime(), previous + 17 * 60_000);
    previous = at;
    return { ...step, at: new Date(at) };
  });
}
