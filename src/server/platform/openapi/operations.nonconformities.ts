import { fileUpload, operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const nc = 'nonconformity.not_found';
const transition = 'nonconformity.transition_forbidden';

export const nonconformityOperations = operationsOf(TAGS.nonconformities.name, {
  'GET /api/v1/nonconformities': [
    'nonconformities.list',
    'Sổ theo dõi sự không phù hợp',
    'List nonconformities',
  ],
  'GET /api/v1/my-work/nonconformities': [
    'nonconformities.myWork',
    'Việc của tôi: hành động khắc phục, kế hoạch chờ duyệt, chờ xác nhận hiệu quả',
    'My work: corrective actions, plans to approve, records to verify',
  ],
  'GET /api/v1/nonconformities/measures': [
    'nonconformities.measures',
    'Đo lường sự không phù hợp theo đơn vị và kỳ',
    'Nonconformity measures by unit and period',
  ],
  'GET /api/v1/nonconformities/register.xlsx': [
    'nonconformities.register',
    'Sổ theo dõi sự không phù hợp (XLSX)',
    'The nonconformity register (XLSX)',
  ],
  'POST /api/v1/nonconformities': [
    'nonconformities.create',
    'Ghi nhận sự không phù hợp',
    'Record a nonconformity',
  ],
  'GET /api/v1/nonconformities/:id': [
    'nonconformities.get',
    'Xem sự không phù hợp',
    'Get a nonconformity',
    [nc],
  ],
  'GET /api/v1/nonconformities/:id/form.docx': [
    'nonconformities.form.docx',
    'Phiếu yêu cầu hành động khắc phục (DOCX)',
    'The corrective action request form (DOCX)',
    [nc],
  ],
  'GET /api/v1/nonconformities/:id/form.pdf': [
    'nonconformities.form.pdf',
    'Phiếu yêu cầu hành động khắc phục (PDF)',
    'The corrective action request form (PDF)',
    [nc],
  ],
  'POST /api/v1/nonconformities/:id/analysis': [
    'nonconformities.analyse',
    'Khắc phục tức thời, phân tích nguyên nhân, quyết định',
    'Record the correction, root cause and decision',
    [nc, transition],
  ],
  'POST /api/v1/nonconformities/:id/actions': [
    'nonconformities.actions.add',
    'Thêm hành động vào kế hoạch',
    'Add an action to the plan',
    [nc, transition],
  ],
  'POST /api/v1/nonconformities/:id/actions/:actionId/complete': [
    'nonconformities.actions.complete',
    'Hoàn thành hành động, kèm bằng chứng',
    'Complete an action with its evidence',
    [nc, 'action.not_found', transition, 'nonconformity.action_done', 'nonconformity.action_by_revision'],
  ],
  'POST /api/v1/nonconformities/:id/transitions': [
    'nonconformities.transition',
    'Duyệt kế hoạch, xác nhận hiệu quả, hủy',
    'Approve the plan, verify effectiveness, cancel',
    [
      nc,
      transition,
      'nonconformity.self_approval',
      'nonconformity.same_signer',
      'nonconformity.empty_plan',
      'nonconformity.too_early',
    ],
  ],
  'POST /api/v1/nonconformities/:id/actions/:actionId/evidence': [
    'nonconformities.actions.evidence',
    'Gửi tệp bằng chứng của hành động (lưu vào hồ sơ của đơn vị)',
    'Add an evidence file to an action (filed in the unit’s records file)',
    [nc, 'action.not_found', transition, 'nonconformity.action_done'],
    fileUpload,
  ],
  'GET /api/v1/nonconformities/:id/evidence/:evidenceId': [
    'nonconformities.evidence.download',
    'Tải tệp bằng chứng',
    'Download an evidence file',
    [nc, 'nonconformity_evidence.not_found'],
  ],
  'GET /api/v1/nonconformity-settings': [
    'nonconformities.settings.get',
    'Thiết lập theo dõi hành động khắc phục (báo lãnh đạo đơn vị khi quá hạn, thời gian chờ xác nhận hiệu quả)',
    'Corrective action follow-up settings (escalation delay, verification waiting periods)',
  ],
  'PUT /api/v1/nonconformity-settings': [
    'nonconformities.settings.put',
    'Sửa thiết lập theo dõi hành động khắc phục',
    'Change the corrective action follow-up settings',
  ],
});
