import { completeStepBody } from '../../../contract/cases.ts';
import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const workCase = 'work_case.not_found';
const noStep = 'work_case.no_active_step';

export const caseOperations = operationsOf(TAGS.cases.name, {
  'GET /api/v1/cases': ['cases.list', 'Danh sách công việc', 'List work cases'],
  'POST /api/v1/cases': [
    'cases.start',
    'Bắt đầu một công việc theo quy trình',
    'Start a work case with a procedure',
    ['unit.not_found'],
  ],
  'GET /api/v1/cases/start-options': [
    'cases.startOptions',
    'Các quy trình có thể bắt đầu',
    'Procedures a case can be started with',
    ['unit.not_found'],
  ],
  'GET /api/v1/cases/:id': ['cases.get', 'Xem công việc', 'Get a work case', [workCase]],
  'POST /api/v1/cases/:id/claim': [
    'cases.steps.claim',
    'Nhận xử lý bước hiện tại',
    'Claim the current step',
    [workCase, noStep],
  ],
  'POST /api/v1/cases/:id/complete': [
    'cases.steps.complete',
    'Hoàn thành bước hiện tại',
    'Complete the current step (JSON, or multipart with the output file)',
    [workCase, noStep],
    { upload: { file: 'optional', fields: completeStepBody, json: true } },
  ],
  'POST /api/v1/cases/:id/return': [
    'cases.steps.return',
    'Trả lại bước trước',
    'Return the case to an earlier step',
    [workCase, noStep],
  ],
  'POST /api/v1/cases/:id/reassign': [
    'cases.steps.reassign',
    'Giao lại người thực hiện',
    'Reassign the current step',
    [workCase, noStep],
  ],
  'POST /api/v1/cases/:id/cancel': [
    'cases.cancel',
    'Hủy công việc',
    'Cancel a work case',
    [workCase, noStep],
  ],
  'GET /api/v1/my-work/case-steps': [
    'cases.steps.mine',
    'Các bước công việc của tôi',
    'My case steps, overdue first',
  ],
});
