import { fileUpload, operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

export const orgOperations = operationsOf(TAGS.org.name, {
  'GET /api/v1/agencies': ['agencies.list', 'Danh sách cơ quan', 'List agencies'],
  'POST /api/v1/agencies': [
    'agencies.create',
    'Tạo cơ quan cùng quản trị viên đầu tiên',
    'Create an agency with its first administrator',
    ['agency.code_taken', 'person.username_taken'],
  ],
  'PATCH /api/v1/agencies/:id': [
    'agencies.update',
    'Sửa thông tin cơ quan',
    'Update an agency',
    ['agency.not_found'],
  ],
  'GET /api/v1/units': ['units.list', 'Danh sách đơn vị', 'List units'],
  'POST /api/v1/units': [
    'units.create',
    'Tạo đơn vị',
    'Create a unit',
    ['unit.code_taken', 'unit.not_found'],
  ],
  'GET /api/v1/units/:id': ['units.get', 'Xem đơn vị', 'Get a unit', ['unit.not_found']],
  'PATCH /api/v1/units/:id': ['units.update', 'Sửa đơn vị', 'Update a unit', ['unit.not_found']],
  'GET /api/v1/unit-events': [
    'units.events.list',
    'Lịch sử tổ chức lại đơn vị',
    'History of unit restructuring',
  ],
  'POST /api/v1/unit-events': [
    'units.restructure',
    'Tổ chức lại đơn vị: đổi tên, sáp nhập, chia tách, giải thể',
    'Restructure units: rename, merge, split, dissolve',
    ['unit.not_found'],
  ],
  'GET /api/v1/positions': ['positions.list', 'Danh sách chức vụ', 'List positions'],
  'POST /api/v1/positions': [
    'positions.create',
    'Thêm chức vụ',
    'Create a position',
    ['position.name_taken'],
  ],
  'PATCH /api/v1/positions/:id': [
    'positions.update',
    'Sửa chức vụ',
    'Update a position',
    ['position.not_found', 'position.name_taken'],
  ],
  'GET /api/v1/people': ['people.list', 'Danh sách người dùng', 'List people'],
  'POST /api/v1/people': ['people.create', 'Thêm người dùng', 'Create a person', ['person.username_taken']],
  'GET /api/v1/people/:id': ['people.get', 'Xem người dùng', 'Get a person', ['person.not_found']],
  'PATCH /api/v1/people/:id': ['people.update', 'Sửa người dùng', 'Update a person', ['person.not_found']],
  'POST /api/v1/people/:id/reset-password': [
    'people.resetPassword',
    'Đặt lại mật khẩu',
    'Reset a person’s password (a temporary one is returned)',
    ['person.not_found'],
  ],
  'POST /api/v1/people/:id/grants': [
    'people.grants.add',
    'Phân quyền',
    'Grant a role over a unit',
    ['person.not_found', 'grant.exists'],
  ],
  'DELETE /api/v1/people/:id/grants/:grantId': [
    'people.grants.remove',
    'Thu hồi quyền',
    'Remove a grant',
    ['person.not_found', 'grant.not_found'],
  ],
  'POST /api/v1/people/import': [
    'people.import',
    'Nhập người dùng từ tệp XLSX',
    'Import people from an XLSX file',
    ['import.invalid_rows'],
    fileUpload,
  ],
});
