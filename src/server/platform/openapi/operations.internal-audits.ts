import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const programme = 'internal_audit_programme.not_found';
const round = 'internal_audit_round.not_found';
const roundAudit = 'internal_audit_round_audit.not_found';
const transition = 'internal_audit.transition_forbidden';
const locked = 'internal_audit.programme_locked';
const independent = 'internal_audit.not_independent';
const p = '/api/v1/internal-audits';

export const internalAuditOperations = operationsOf(TAGS.internalAudits.name, {
  [`GET ${p}/programmes`]: [
    'internalAudits.programmes.list',
    'Các chương trình đánh giá nội bộ năm',
    'List the yearly internal audit programmes',
  ],
  [`POST ${p}/programmes`]: [
    'internalAudits.programmes.create',
    'Lập chương trình đánh giá nội bộ năm',
    'Draft a yearly internal audit programme',
    ['internal_audit.programme_exists'],
  ],
  [`GET ${p}/programmes/:id`]: [
    'internalAudits.programmes.get',
    'Xem chương trình đánh giá nội bộ',
    'Get an internal audit programme',
    [programme],
  ],
  [`PATCH ${p}/programmes/:id`]: [
    'internalAudits.programmes.update',
    'Sửa chương trình đánh giá nội bộ',
    'Update an internal audit programme',
    [programme, locked],
  ],
  [`POST ${p}/programmes/:id/transitions`]: [
    'internalAudits.programmes.transition',
    'Trình, phê duyệt (xác thực bằng mật khẩu), trả lại chương trình',
    'Submit, approve (password re-entered) or return the programme',
    [
      programme,
      transition,
      'internal_audit.no_rounds',
      'internal_audit.self_approval',
      'internal_audit.same_signer',
    ],
  ],
  [`GET ${p}/programmes/:id/coverage`]: [
    'internalAudits.programmes.coverage',
    'Kiểm tra mọi đơn vị, mọi quy trình được đánh giá ít nhất một lần trong năm',
    'Check that every unit and procedure is audited at least once in the year',
    [programme],
  ],
  [`GET ${p}/programmes/:id/risk`]: [
    'internalAudits.programmes.risk',
    'Gợi ý thứ tự ưu tiên đánh giá theo rủi ro của từng đơn vị',
    'Risk-based order of units to audit, with reasons',
    [programme],
  ],
  [`POST ${p}/programmes/:id/rounds`]: [
    'internalAudits.rounds.create',
    'Thêm đợt đánh giá',
    'Add an audit round',
    [programme, locked],
  ],
  [`PATCH ${p}/rounds/:id`]: [
    'internalAudits.rounds.update',
    'Sửa đợt đánh giá (tên, tháng, phạm vi, chuẩn mực)',
    'Update an audit round (title, month, scope, criteria)',
    [round, locked],
  ],
  [`DELETE ${p}/rounds/:id`]: [
    'internalAudits.rounds.delete',
    'Xóa đợt đánh giá',
    'Delete an audit round',
    [round, locked, transition],
  ],
  [`GET ${p}/rounds/:id`]: [
    'internalAudits.rounds.get',
    'Xem đợt đánh giá: đoàn đánh giá, lịch đánh giá',
    'Get an audit round: team and schedule',
    [round],
  ],
  [`PUT ${p}/rounds/:id/team`]: [
    'internalAudits.rounds.team',
    'Chọn trưởng đoàn và thành viên đoàn đánh giá',
    'Set the lead auditor and the audit team',
    [round, transition],
  ],
  [`POST ${p}/rounds/:id/audits`]: [
    'internalAudits.roundAudits.create',
    'Thêm lịch đánh giá tại một đơn vị',
    'Schedule the audit of a unit',
    [round, transition, independent, 'internal_audit.unit_scheduled', 'unit.not_found'],
  ],
  [`POST ${p}/rounds/:id/propose-cross-assignment`]: [
    'internalAudits.rounds.proposeCrossAssignment',
    'Đề xuất phân công đánh giá chéo',
    'Propose a cross-audit assignment',
    [round, transition],
  ],
  [`POST ${p}/rounds/:id/transitions`]: [
    'internalAudits.rounds.transition',
    'Công bố kế hoạch, bắt đầu, lập báo cáo, kết thúc đợt đánh giá',
    'Publish the plan, start, report, close the round',
    [round, transition, independent, 'internal_audit.plan_incomplete', 'internal_audit.round_not_closable'],
  ],
  [`GET ${p}/round-audits/:id`]: [
    'internalAudits.roundAudits.get',
    'Xem lịch đánh giá tại một đơn vị',
    'Get the audit of a unit',
    [roundAudit],
  ],
  [`PATCH ${p}/round-audits/:id`]: [
    'internalAudits.roundAudits.update',
    'Sửa lịch đánh giá tại một đơn vị',
    'Update the audit of a unit',
    [roundAudit, transition, independent],
  ],
  [`DELETE ${p}/round-audits/:id`]: [
    'internalAudits.roundAudits.delete',
    'Bỏ đơn vị khỏi lịch đánh giá',
    'Take a unit off the schedule',
    [roundAudit, transition],
  ],
  [`GET ${p}/auditors`]: [
    'internalAudits.auditors',
    'Những người giữ vai trò chuyên gia đánh giá nội bộ',
    'People holding the internal auditor role',
  ],
  [`GET ${p}/schedule`]: [
    'internalAudits.schedule',
    'Lịch đánh giá của tôi (người đánh giá, đơn vị được đánh giá)',
    'My audit schedule (as auditor or audited unit)',
  ],
  [`GET ${p}/settings`]: [
    'internalAudits.settings.get',
    'Thiết lập đánh giá nội bộ',
    'Internal audit settings',
  ],
  [`PUT ${p}/settings`]: [
    'internalAudits.settings.put',
    'Sửa thiết lập đánh giá nội bộ (số ngày làm việc báo trước)',
    'Update internal audit settings (working days of notice)',
  ],
});
