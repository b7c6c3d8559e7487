import { manualValueBody } from '../../../contract/objectives.ts';
import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const objective = 'objective.not_found';
const transition = 'objective.transition_forbidden';

export const objectiveOperations = operationsOf(TAGS.objectives.name, {
  'GET /api/v1/objectives': [
    'objectives.list',
    'Mục tiêu chất lượng của năm (cơ quan và đơn vị), kèm trạng thái đạt / có nguy cơ / không đạt',
    "The year's quality objectives (agency and units) with their status",
  ],
  'GET /api/v1/objectives/values.xlsx': [
    'objectives.values.xlsx',
    'Kết quả thực hiện mục tiêu chất lượng của năm: giá trị các chỉ số theo kỳ (XLSX)',
    "The year's indicator values per period (XLSX)",
  ],
  'GET /api/v1/objectives/report.docx': [
    'objectives.report.docx',
    'Báo cáo kết quả thực hiện mục tiêu chất lượng của một kỳ (năm, 6 tháng, quý), thể thức Nghị định 30/2020 (DOCX)',
    'Report on the quality objectives for a period (year, half, quarter), administrative layout (DOCX)',
  ],
  'GET /api/v1/objectives/report.pdf': [
    'objectives.report.pdf',
    'Báo cáo kết quả thực hiện mục tiêu chất lượng của một kỳ (năm, 6 tháng, quý), thể thức Nghị định 30/2020 (PDF)',
    'Report on the quality objectives for a period (year, half, quarter), administrative layout (PDF)',
  ],
  'POST /api/v1/objectives': [
    'objectives.create',
    'Dự thảo mục tiêu chất lượng',
    'Draft a quality objective',
  ],
  'GET /api/v1/objectives/:id': [
    'objectives.get',
    'Xem mục tiêu chất lượng, chỉ số và giá trị theo kỳ',
    'Get a quality objective, its indicators and their values per period',
    [objective],
  ],
  'POST /api/v1/objectives/:id/transitions': [
    'objectives.transition',
    'Trình, phê duyệt (nhập lại mật khẩu), trả lại mục tiêu',
    'Submit, approve (password again), return an objective',
    [objective, transition, 'objective.self_approval', 'objective.same_signer'],
  ],
  'POST /api/v1/objectives/:id/indicators': [
    'objectives.indicators.add',
    'Thêm chỉ số (tính từ dữ liệu hoặc nhập tay)',
    'Add an indicator (computed from the data, or entered by hand)',
    [objective, transition],
  ],
  'POST /api/v1/objectives/indicators/:id/values': [
    'objectives.values.enter',
    'Nhập giá trị của chỉ số cho một kỳ, kèm bằng chứng (ghi chú, tệp hoặc cả hai)',
    "Enter an indicator's value for a period, with evidence (a note, a file or both; JSON, or multipart with the file)",
    [objective, transition, 'objective.value_approved'],
    { upload: { file: 'optional', fields: manualValueBody, json: true } },
  ],
  'GET /api/v1/objectives/values/:id/evidence': [
    'objectives.values.evidence',
    'Tải tệp bằng chứng của giá trị nhập tay',
    "Download a manual value's evidence file",
    [objective, 'objective_value_evidence.not_found'],
  ],
  'POST /api/v1/objectives/indicators/:id/nonconformity': [
    'objectives.nonconformity',
    'Mở sự không phù hợp cho một kỳ không đạt chỉ tiêu',
    'Open a nonconformity for a period that missed its target',
    [objective, 'objective.not_missed'],
  ],
  'POST /api/v1/objectives/values/:id/approve': [
    'objectives.values.approve',
    'Lãnh đạo đơn vị phê duyệt giá trị đã nhập',
    'The unit head approves an entered value',
    [objective, 'objective.value_approved', 'objective.self_approval', 'objective.same_signer'],
  ],
  'POST /api/v1/objectives/:id/actions': [
    'objectives.actions.add',
    'Thêm hành động vào kế hoạch thực hiện mục tiêu',
    'Add an action to the plan to achieve the objective',
    [objective],
  ],
  'POST /api/v1/objectives/:id/actions/:actionId/complete': [
    'objectives.actions.complete',
    'Hoàn thành hành động của kế hoạch',
    'Complete an action of the plan',
    [objective],
  ],
  'GET /api/v1/my-work/objectives': [
    'objectives.myWork',
    'Hành động của kế hoạch thực hiện mục tiêu tôi chịu trách nhiệm, chưa hoàn thành',
    'Open actions of objectives plans that I own',
  ],
  'GET /api/v1/public-page-settings': [
    'objectives.publicPage.settings',
    'Thiết lập trang công khai của cơ quan (chính sách, mục tiêu, quy trình đang áp dụng): có công bố hay không, địa chỉ trang',
    "The agency's public page setting (policy, objectives, procedures in force): published or not, its address",
  ],
  'PUT /api/v1/public-page-settings': [
    'objectives.publicPage.put',
    'Bật hoặc tắt trang công khai của cơ quan',
    "Turn the agency's public page on or off",
  ],
});
