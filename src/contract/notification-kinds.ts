/*
 * The kinds of notification and the channels, without zod: the web app's shell (the bell)
 * imports these, and zod would add ~60 kB to every first visit.
 */

/** app: in the bell only; email: in the bell and by e-mail (the daily digest); off: not at all. */
export const notificationChannels = ['app', 'email', 'off'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * Every kind of notification, with its label in both languages and the channel a person
 * gets until they choose. A module adding a kind adds one line here (and raises it with
 * `notify` from platform/notifications).
 */
export const notificationKinds = {
  'documents.to_act': {
    vi: 'Tài liệu chờ tôi xử lý (xem xét, kiểm tra, phê duyệt)',
    en: 'Documents for me to act on (review, check, approve)',
    channel: 'email',
  },
  'documents.to_read': {
    vi: 'Tài liệu mới ban hành cần đọc và xác nhận',
    en: 'Newly issued documents to read and acknowledge',
    channel: 'app',
  },
  'documents.review_due': {
    vi: 'Tài liệu đến hạn rà soát định kỳ',
    en: 'Documents due for their periodic review',
    channel: 'email',
  },
  'cases.step_assigned': {
    vi: 'Bước công việc được giao hoặc chờ nhận',
    en: 'Case steps assigned to me or waiting to be claimed',
    channel: 'email',
  },
  'cases.step_due': { vi: 'Bước công việc sắp đến hạn', en: 'Case steps due soon', channel: 'email' },
  'cases.step_overdue': { vi: 'Bước công việc quá hạn', en: 'Overdue case steps', channel: 'email' },
  'records.catalogue_to_approve': {
    vi: 'Danh mục hồ sơ trình tôi phê duyệt',
    en: 'Records catalogues submitted for my approval',
    channel: 'email',
  },
  'records.catalogue_decided': {
    vi: 'Danh mục hồ sơ tôi trình được phê duyệt hoặc bị trả lại',
    en: 'Records catalogues I submitted, approved or returned',
    channel: 'email',
  },
  'nonconformities.plan_to_approve': {
    vi: 'Kế hoạch khắc phục chờ tôi phê duyệt',
    en: 'Corrective action plans for me to approve',
    channel: 'email',
  },
  'nonconformities.action_assigned': {
    vi: 'Hành động khắc phục được giao cho tôi',
    en: 'Corrective actions assigned to me',
    channel: 'email',
  },
  'nonconformities.action_due': {
    vi: 'Hành động khắc phục sắp đến hạn hoặc quá hạn',
    en: 'Corrective actions due soon or overdue',
    channel: 'email',
  },
  'nonconformities.to_verify': {
    vi: 'Sự không phù hợp chờ xác nhận hiệu quả',
    en: 'Nonconformities awaiting verification of effectiveness',
    channel: 'email',
  },
  'internal_audits.programme_to_approve': {
    vi: 'Chương trình đánh giá nội bộ trình tôi phê duyệt',
    en: 'Internal audit programmes submitted for my approval',
    channel: 'email',
  },
  'internal_audits.notice': {
    vi: 'Thông báo lịch đánh giá nội bộ tại đơn vị',
    en: 'Notice of an internal audit of my unit',
    channel: 'email',
  },
  'steering.invitation': {
    vi: 'Giấy mời họp Ban chỉ đạo ISO',
    en: 'Invitations to ISO steering committee meetings',
    channel: 'email',
  },
  'steering.directive_assigned': {
    vi: 'Chỉ đạo của Ban chỉ đạo ISO giao cho đơn vị tôi',
    en: 'Steering committee directives given to my unit',
    channel: 'email',
  },
  'steering.directive_due': {
    vi: 'Chỉ đạo của Ban chỉ đạo ISO sắp đến hạn hoặc quá hạn',
    en: 'Steering committee directives due soon or overdue',
    channel: 'email',
  },
  'steering.directive_escalated': {
    vi: 'Đơn vị chậm thực hiện chỉ đạo của Ban chỉ đạo ISO',
    en: 'Units late on steering committee directives',
    channel: 'email',
  },
  'objectives.action_due': {
    vi: 'Hành động của kế hoạch thực hiện mục tiêu chất lượng sắp đến hạn hoặc quá hạn',
    en: 'Actions of a quality objectives plan due soon or overdue',
    channel: 'email',
  },
  'risks.treatment_due': {
    vi: 'Hành động xử lý rủi ro, cơ hội sắp đến hạn hoặc quá hạn',
    en: 'Treatments of risks and opportunities due soon or overdue',
    channel: 'email',
  },
} as const satisfies Record<string, { vi: string; en: string; channel: NotificationChannel }>;

export type NotificationKind = keyof typeof notificationKinds;
export const notificationKindList = Object.keys(notificationKinds) as [
  NotificationKind,
  ...NotificationKind[],
];
