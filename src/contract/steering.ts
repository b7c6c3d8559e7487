import { z } from 'zod';
import { INT4_MAX, isoDate, version } from './common.ts';

/**
 * Ban chỉ đạo ISO (the steering committee) and its meetings (họp Ban chỉ đạo, xem xét của
 * lãnh đạo — ISO 9001:2015 9.3): members with their committee roles, meetings with their
 * agenda, invitations, attendance and minutes, the conclusions (thông báo kết luận) the
 * chair confirms with their password, and the directives (chỉ đạo) each owner unit carries
 * out by a deadline in working days.
 */

export const committeeRoles = ['head', 'deputy', 'member', 'secretary'] as const;
export const committeeRole = z.enum(committeeRoles);
export type CommitteeRole = z.infer<typeof committeeRole>;
export const committeeRoleNames: Record<CommitteeRole, { vi: string; en: string }> = {
  head: { vi: 'Trưởng ban', en: 'Chair of the committee' },
  deputy: { vi: 'Phó Trưởng ban', en: 'Deputy chair' },
  member: { vi: 'Thành viên', en: 'Member' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
};

export const meetingKinds = ['regular', 'extraordinary'] as const;
export const meetingKind = z.enum(meetingKinds);
export type MeetingKind = z.infer<typeof meetingKind>;
export const meetingKindNames: Record<MeetingKind, { vi: string; en: string }> = {
  regular: { vi: 'Họp định kỳ xem xét của lãnh đạo', en: 'Regular management review' },
  extraordinary: { vi: 'Họp bất thường', en: 'Extraordinary meeting' },
};

/** planned → invited (invitations sent) → held (minutes recorded) → concluded (conclusions confirmed by the chair). */
export const meetingStates = ['planned', 'invited', 'held', 'concluded'] as const;
export const meetingState = z.enum(meetingStates);
export type MeetingState = z.infer<typeof meetingState>;
export const meetingStateNames: Record<MeetingState, { vi: string; en: string }> = {
  planned: { vi: 'Đang chuẩn bị', en: 'Being prepared' },
  invited: { vi: 'Đã gửi giấy mời', en: 'Invitations sent' },
  held: { vi: 'Đã họp, có biên bản', en: 'Held, minutes recorded' },
  concluded: { vi: 'Đã ban hành thông báo kết luận', en: 'Conclusions issued' },
};

export const directiveStates = ['open', 'done'] as const;
export type DirectiveState = (typeof directiveStates)[number];
/** What the lists show: open ones split by their deadline. */
export const directiveStatuses = ['open', 'overdue', 'done', 'done_late'] as const;
export type DirectiveStatus = (typeof directiveStatuses)[number];
export const directiveStatusNames: Record<DirectiveStatus, { vi: string; en: string }> = {
  open: { vi: 'Đang thực hiện', en: 'In progress' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
};

/**
 * An overdue directive is escalated to the chair and the secretariat this many working days
 * late, unless the agency set its own (steeringSettings).
 */
export const DIRECTIVE_ESCALATE_AFTER_WORKING_DAYS = 5;

/** The agency's follow-up of directives, kept by the secretariat. */
export const steeringSettingsView = z.object({
  escalateDirectivesAfterWorkingDays: z.number().int(),
  /** 0 until the agency first saves its own (the default applies). */
  version: z.number().int(),
  canEdit: z.boolean(),
});
export type SteeringSettingsView = z.infer<typeof steeringSettingsView>;
export const steeringSettingsBody = z.strictObject({
  escalateDirectivesAfterWorkingDays: z.number().int().min(1).max(60),
  /** The version read (0 before the agency first saved its own). */
  version: z.number().int().min(0).max(INT4_MAX),
});

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const memberBody = z.strictObject({
  personId: z.uuid(),
  committeeRole,
  /** The decision establishing (or changing) the committee: a document of the documents module. */
  decisionDocumentId: z.uuid().nullable().optional(),
  validFrom: isoDate,
});
export const endMemberBody = z.strictObject({ version, validTo: isoDate });

export const memberView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  personId: z.uuid(),
  personName: z.string(),
  unitName: z.string().nullable(),
  committeeRole,
  decisionDocumentId: z.uuid().nullable(),
  decisionTitle: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  current: z.boolean(),
});
export type MemberView = z.infer<typeof memberView>;

export const createMeetingBody = z
  .strictObject({
    kind: meetingKind,
    title: text(500),
    meetingDate: isoDate,
    place: optionalText(500),
    chairPersonId: z.uuid(),
    agenda: text(10000),
    periodFrom: isoDate,
    periodTo: isoDate,
  })
  .refine((b) => b.periodFrom <= b.periodTo, { path: ['periodTo'], message: 'periodTo before periodFrom' });
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z.strictObject({
  version,
  title: text(500).optional(),
  meetingDate: isoDate.optional(),
  place: optionalText(500),
  agenda: text(10000).optional(),
  chairPersonId: z.uuid().optional(),
});

/** Invite the committee's current members and these other people (units' heads, guests). */
export const inviteBody = z.strictObject({
  version,
  guestIds: z.array(z.uuid()).max(200).default([]),
});

export const attendanceBody = z.strictObject({
  version,
  attendance: z
    .array(z.strictObject({ personId: z.uuid(), present: z.boolean(), note: optionalText(500) }))
    .max(300),
});

export const minutesBody = z.strictObject({ version, minutes: text(50000) });

export const conclusionItemBody = z
  .strictObject({
    version,
    text: text(5000),
    directive: z
      .strictObject({
        unitIds: z.array(z.uuid()).min(1).max(100),
        dueInWorkingDays: z.number().int().min(1).max(INT4_MAX),
        expectedResult: text(2000),
      })
      .nullable()
      .optional(),
  })
  .refine((b) => !b.directive || new Set(b.directive.unitIds).size === b.directive.unitIds.length, {
    path: ['directive', 'unitIds'],
    message: 'repeated unit',
  });

export const signConclusionsBody = z.strictObject({
  version,
  password: z.string().min(1).max(200),
  /** Số, ký hiệu of the thông báo kết luận, if the văn thư gave one already. */
  noticeRef: optionalText(100),
});

export const directiveDoneBody = z.strictObject({ version, evidenceNote: text(5000) });

const person = z.object({ id: z.uuid(), name: z.string() });

export const directiveView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  conclusionId: z.uuid(),
  conclusionText: z.string(),
  expectedResult: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  dueDate: z.string(),
  state: z.enum(directiveStates),
  status: z.enum(directiveStatuses),
  doneOn: z.string().nullable(),
  doneBy: person.nullable(),
  evidenceNote: z.string().nullable(),
  evidenceFiles: z.array(z.object({ hash: z.string(), name: z.string() })),
  /** Where the evidence files went: the record files (hồ sơ) of the unit. */
  /** May the reader mark it done (the owner unit's head or ISO officer, while open). */
  canComplete: z.boolean(),
});
export type DirectiveView = z.infer<typeof directiveView>;

export const conclusionView = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  text: z.string(),
  isDirective: z.boolean(),
  dueInWorkingDays: z.number().int().nullable(),
  expectedResult: z.string().nullable(),
  unitIds: z.array(z.uuid()),
  unitNames: z.array(z.string()),
  directives: z.array(directiveView),
});

export const attendeeView = z.object({
  personId: z.uuid(),
  name: z.string(),
  committeeRole: committeeRole.nullable(),
  invited: z.boolean(),
  present: z.boolean().nullable(),
  note: z.string().nullable(),
});

export const meetingSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  kind: meetingKind,
  title: z.string(),
  meetingDate: z.string(),
  state: meetingState,
  chair: person,
  periodFrom: z.string(),
  periodTo: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingDetail = meetingSummary.extend({
  place: z.string(),
  agenda: z.string(),
  minutes: z.string().nullable(),
  invitedAt: z.string().nullable(),
  signedBy: person.nullable(),
  signedAt: z.string().nullable(),
  noticeRef: z.string().nullable(),
  attendees: z.array(attendeeView),
  conclusions: z.array(conclusionView),
  /** The input pack of the period under review (Báo cáo đầu vào), when compiled and readable. */
  packId: z.uuid().nullable(),
  abilities: z.object({
    prepare: z.boolean(),
    sign: z.boolean(),
    /** May compile the period's pack (the secretariat), opening it when it exists. */
    compilePack: z.boolean(),
  }),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;
export const meetingPack = z.object({ packId: z.uuid() });

export const committeeView = z.object({
  members: z.array(memberView),
  meetings: z.array(meetingSummary),
  abilities: z.object({ prepare: z.boolean() }),
});
export type CommitteeView = z.infer<typeof committeeView>;

export const directiveListQuery = z.strictObject({
  unitId: z.uuid().optional(),
  status: z.enum(directiveStatuses).optional(),
});
export const directiveList = z.object({ items: z.array(directiveView) });
export type DirectiveList = z.infer<typeof directiveList>;

/** Việc của tôi: the open directives of the units I head or am the ISO officer of. */
export const directiveWork = z.object({ directives: z.array(directiveView) });
export type DirectiveWork = z.infer<typeof directiveWork>;

/** Leadership's home: open directives overdue, by unit. */
export const overdueByUnit = z.object({
  units: z.array(
    z.object({ unitId: z.uuid(), unitName: z.string(), overdue: z.number().int(), open: z.number().int() }),
  ),
});
export type OverdueByUnit = z.infer<typeof overdueByUnit>;
