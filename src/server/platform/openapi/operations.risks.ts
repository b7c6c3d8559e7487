import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const risk = 'risk.not_found';
const transition = 'risk.transition_forbidden';

export const riskOperations = operationsOf(TAGS.risks.name, {
  'GET /api/v1/risks': ['risks.list', 'Sổ rủi ro và cơ hội', 'The risk and opportunity register'],
  'GET /api/v1/risks/register.xlsx': [
    'risks.register.xlsx',
    'Sổ rủi ro và cơ hội (XLSX), theo bộ lọc của sổ',
    'The risk and opportunity register (XLSX), with the register filters',
  ],
  'POST /api/v1/risks': ['risks.create', 'Ghi nhận rủi ro, cơ hội', 'Record a risk or opportunity'],
  'GET /api/v1/risks/:id': ['risks.get', 'Xem rủi ro, cơ hội', 'Get a risk or opportunity', [risk]],
  'PATCH /api/v1/risks/:id': [
    'risks.update',
    'Sửa đánh giá rủi ro, cơ hội',
    'Correct the assessment of a risk or opportunity',
    [risk, transition],
  ],
  'POST /api/v1/risks/:id/treatment': [
    'risks.treatment',
    'Lập hành động xử lý (người phụ trách, thời hạn theo ngày làm việc)',
    'Plan the treatment (owner, deadline in working days)',
    [risk, transition],
  ],
  'POST /api/v1/risks/:id/transitions': [
    'risks.transition',
    'Hoàn thành hành động xử lý; đóng, đánh giá hiệu quả',
    'Complete the treatment; close with the review of effectiveness',
    [risk, transition, 'risk.treatment_open', 'risk.self_approval'],
  ],
  'GET /api/v1/my-work/risks': [
    'risks.myWork',
    'Hành động xử lý rủi ro, cơ hội tôi phụ trách, chưa hoàn thành',
    'Open treatments of risks and opportunities that I own',
  ],
});
