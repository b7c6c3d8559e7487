import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const roundAudit = 'internal_audit_round_audit.not_found';
const item = 'internal_audit_checklist_item.not_found';
const checklistLocked = 'internal_audit.checklist_locked';
const sample = 'internal_audit_sample.not_found';
const sampling = 'internal_audit.sampling_closed';
const finding = 'internal_audit_finding.not_found';
const notOpen = 'internal_audit.finding_not_open';
const transition = 'internal_audit.transition_forbidden';
const round = 'internal_audit_round.not_found';
const p = '/api/v1/internal-audits';
const list = `${p}/round-audits/:id/checklist`;

/** Internal audit, second half: checklists, question bank, samples, findings, report. */
export const internalAuditWorkOperations = operationsOf(TAGS.internalAudits.name, {
  [`GET ${list}`]: [
    'internalAudits.checklist.get',
    'Danh mục kiểm tra của cuộc đánh giá tại một đơn vị',
    'The checklist of a unit’s audit',
    [roundAudit],
  ],
  [`POST ${list}/generate`]: [
    'internalAudits.checklist.generate',
    'Tạo danh mục kiểm tra từ quy trình, điều khoản và ngân hàng câu hỏi',
    'Generate the checklist from the procedures, clauses and question bank',
    [roundAudit, checklistLocked, 'internal_audit.checklist_exists', 'internal_audit.checklist_answered'],
  ],
  [`POST ${list}/items`]: [
    'internalAudits.checklist.addItem',
    'Thêm câu hỏi vào danh mục kiểm tra',
    'Add an item to the checklist',
    [roundAudit, checklistLocked],
  ],
  [`PUT ${list}/order`]: [
    'internalAudits.checklist.reorder',
    'Sắp xếp lại danh mục kiểm tra',
    'Reorder the checklist',
    [roundAudit, checklistLocked],
  ],
  [`PATCH ${list}/items/:itemId`]: [
    'internalAudits.checklist.updateItem',
    'Sửa câu hỏi của danh mục kiểm tra',
    'Edit a checklist item',
    [roundAudit, item, checklistLocked],
  ],
  [`POST ${list}/items/:itemId/answer`]: [
    'internalAudits.checklist.answerItem',
    'Ghi kết quả kiểm tra cho một câu hỏi',
    'Answer a checklist item',
    [roundAudit, item, checklistLocked],
  ],
  [`DELETE ${list}/items/:itemId`]: [
    'internalAudits.checklist.removeItem',
    'Xóa câu hỏi khỏi danh mục kiểm tra',
    'Remove a checklist item',
    [roundAudit, item, checklistLocked],
  ],
  [`GET ${p}/round-audits/:id/samples`]: [
    'internalAudits.samples.list',
    'Các mẫu công việc, hồ sơ lấy để đánh giá tại một đơn vị',
    'The cases and files sampled for a unit’s audit',
    [roundAudit],
  ],
  [`GET ${p}/round-audits/:id/sample-candidates`]: [
    'internalAudits.samples.candidates',
    'Công việc, hồ sơ của quy trình trong kỳ đánh giá có thể lấy mẫu',
    'The procedure’s cases or files within the period that can be sampled',
    [roundAudit],
  ],
  [`POST ${p}/round-audits/:id/samples`]: [
    'internalAudits.samples.take',
    'Lấy mẫu ngẫu nhiên hoặc do người đánh giá chọn',
    'Take a sample, at random or chosen by the auditor',
    [roundAudit, sampling, 'internal_audit.nothing_to_sample'],
  ],
  [`PATCH ${p}/round-audits/:id/samples/:sampleId`]: [
    'internalAudits.samples.recordSeen',
    'Ghi nhận những gì đã xem trong mẫu',
    'Record what was seen in a sampled item',
    [roundAudit, sample, sampling],
  ],
  [`DELETE ${p}/round-audits/:id/samples/:sampleId`]: [
    'internalAudits.samples.drop',
    'Bỏ một mục khỏi mẫu',
    'Drop an item from the sample',
    [roundAudit, sample, sampling, 'internal_audit.sample_cited'],
  ],
  [`GET ${p}/round-audits/:id/findings`]: [
    'internalAudits.findings.ofAudit',
    'Các phát hiện của cuộc đánh giá tại một đơn vị',
    'The findings of a unit’s audit',
    [roundAudit],
  ],
  [`POST ${p}/round-audits/:id/findings`]: [
    'internalAudits.findings.record',
    'Ghi phát hiện (điểm phù hợp, không phù hợp nặng/nhẹ, khuyến nghị, cơ hội cải tiến)',
    'Record a finding (conformity, major/minor nonconformity, observation, improvement)',
    [roundAudit, transition],
  ],
  [`GET ${p}/findings/:id`]: ['internalAudits.findings.get', 'Xem phát hiện', 'Get a finding', [finding]],
  [`PATCH ${p}/findings/:id`]: [
    'internalAudits.findings.update',
    'Sửa phát hiện',
    'Edit a finding',
    [finding, transition, notOpen],
  ],
  [`POST ${p}/findings/:id/respond`]: [
    'internalAudits.findings.respond',
    'Đơn vị được đánh giá thừa nhận hoặc không đồng ý (nêu lý do)',
    'The audited unit acknowledges or disputes (with a reason)',
    [finding, notOpen],
  ],
  [`POST ${p}/findings/:id/hand-over`]: [
    'internalAudits.findings.handOver',
    'Chuyển thành sự không phù hợp',
    'Hand over to corrective action (raise a nonconformity record)',
    [finding, notOpen, 'internal_audit.not_a_nonconformity'],
  ],
  [`POST ${p}/findings/:id/close`]: [
    'internalAudits.findings.close',
    'Đóng phát hiện',
    'Close a finding',
    [finding, notOpen],
  ],
  [`GET ${p}/unit-findings`]: [
    'internalAudits.findings.ofMyUnits',
    'Phát hiện đánh giá tại đơn vị tôi phụ trách',
    'Findings at the units I manage',
  ],
  [`GET ${p}/my-audits`]: ['internalAudits.myAudits', 'Đánh giá của tôi', 'My audits (as auditor)'],
  [`GET ${p}/rounds/:id/report`]: [
    'internalAudits.report.get',
    'Báo cáo kết quả đánh giá nội bộ của đợt (số liệu đếm lại từ các phát hiện)',
    'The round’s audit report (figures recounted from the findings)',
    [round],
  ],
  [`PUT ${p}/rounds/:id/report`]: [
    'internalAudits.report.save',
    'Trưởng đoàn lập, sửa dự thảo báo cáo',
    'The lead auditor drafts or edits the report',
    [round, transition],
  ],
  [`POST ${p}/rounds/:id/report/transitions`]: [
    'internalAudits.report.transition',
    'Trình, phê duyệt (xác thực bằng mật khẩu), trả lại báo cáo',
    'Submit, approve (password re-entered) or return the report',
    [round, transition, 'internal_audit.self_approval', 'internal_audit.same_signer'],
  ],
  [`GET ${p}/rounds/:id/report.docx`]: [
    'internalAudits.report.docx',
    'Báo cáo kết quả đánh giá nội bộ (DOCX)',
    'The audit report (DOCX)',
    [round],
  ],
  [`GET ${p}/rounds/:id/report.pdf`]: [
    'internalAudits.report.pdf',
    'Báo cáo kết quả đánh giá nội bộ (PDF)',
    'The audit report (PDF)',
    [round],
  ],
  [`GET ${p}/rounds/:id/report.xlsx`]: [
    'internalAudits.report.xlsx',
    'Danh sách phát hiện của đợt đánh giá (XLSX)',
    'The round’s findings (XLSX)',
    [round],
  ],
  [`GET ${p}/questions`]: [
    'internalAudits.questions.list',
    'Ngân hàng câu hỏi đánh giá theo điều khoản TCVN ISO 9001:2015',
    'The question bank by clause of ISO 9001:2015',
  ],
  [`POST ${p}/questions`]: [
    'internalAudits.questions.create',
    'Thêm câu hỏi vào ngân hàng câu hỏi',
    'Add a question to the bank',
  ],
  [`PATCH ${p}/questions/:id`]: [
    'internalAudits.questions.update',
    'Sửa, ngừng dùng câu hỏi của ngân hàng câu hỏi',
    'Edit or retire a question of the bank',
    ['internal_audit_question.not_found'],
  ],
});
