import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

export const platformOperations = {
  ...operationsOf(TAGS.system.name, {
    'GET /api/health': ['system.health', 'Tình trạng máy chủ và cơ sở dữ liệu', 'Server and database health'],
  }),
  ...operationsOf(TAGS.auth.name, {
    'POST /api/v1/auth/login': [
      'auth.login',
      'Đăng nhập',
      'Sign in; the answer carries the session cookie and the CSRF token',
      ['auth.invalid_credentials', 'auth.locked', 'rate_limited'],
    ],
    'POST /api/v1/auth/logout': ['auth.logout', 'Đăng xuất', 'Sign out'],
    'GET /api/v1/auth/me': ['auth.me', 'Người đang đăng nhập', 'The signed-in person, roles and active unit'],
    'PUT /api/v1/auth/active-unit': ['auth.activeUnit.set', 'Chọn đơn vị làm việc', 'Choose the active unit'],
    'POST /api/v1/auth/password': ['auth.password.change', 'Đổi mật khẩu', 'Change one’s password'],
    'GET /api/v1/auth/tokens': ['auth.tokens.list', 'Danh sách mã truy cập API', 'List one’s API tokens'],
    'POST /api/v1/auth/tokens': [
      'auth.tokens.create',
      'Tạo mã truy cập API',
      'Create an API token (shown once)',
    ],
    'DELETE /api/v1/auth/tokens/:id': [
      'auth.tokens.revoke',
      'Thu hồi mã truy cập API',
      'Revoke an API token',
      ['api_token.not_found'],
    ],
  }),
  ...operationsOf(TAGS.audit.name, {
    'GET /api/v1/audit-events': ['audit.events.list', 'Tra cứu nhật ký thao tác', 'Browse the audit trail'],
    'GET /api/v1/audit-events.xlsx': [
      'audit.events.exportXlsx',
      'Xuất nhật ký thao tác (XLSX)',
      'Export the audit trail (XLSX)',
    ],
  }),
  ...operationsOf(TAGS.notifications.name, {
    'GET /api/v1/notifications': [
      'notifications.list',
      'Thông báo của tôi',
      'One’s notifications, unread first or newest first',
    ],
    'GET /api/v1/notifications/unread-count': [
      'notifications.unreadCount',
      'Số thông báo chưa đọc',
      'How many of one’s notifications are unread',
    ],
    'POST /api/v1/notifications/:id/read': [
      'notifications.markRead',
      'Đánh dấu đã đọc một thông báo',
      'Mark one notification read',
      ['notification.not_found'],
    ],
    'POST /api/v1/notifications/read-all': [
      'notifications.markAllRead',
      'Đánh dấu đã đọc tất cả',
      'Mark all one’s notifications read',
    ],
    'GET /api/v1/notifications/preferences': [
      'notifications.preferences.get',
      'Lựa chọn nhận thông báo',
      'One’s choice of channel per kind of notification',
    ],
    'PUT /api/v1/notifications/preferences': [
      'notifications.preferences.put',
      'Lưu lựa chọn nhận thông báo',
      'Save one’s choice of channel per kind',
    ],
  }),
  ...operationsOf(TAGS.home.name, {
    'GET /api/v1/home': ['home.get', 'Số liệu trang chủ', 'The figures of the home page'],
  }),
  ...operationsOf(TAGS.calendar.name, {
    'GET /api/v1/calendar/days': [
      'calendar.days.list',
      'Ngày nghỉ và ngày làm bù trong năm',
      'Holidays and make-up working days of a year',
    ],
    'PUT /api/v1/calendar/days/:date': [
      'calendar.days.put',
      'Đặt ngày nghỉ hoặc ngày làm bù',
      'Set a day as a holiday or a working day',
      ['record.stale'],
    ],
    'DELETE /api/v1/calendar/days/:date': [
      'calendar.days.delete',
      'Bỏ một ngày đã đặt',
      'Remove a set day',
      ['calendar_day.not_found'],
    ],
    'GET /api/v1/calendar/working-days': [
      'calendar.workingDays',
      'Tính hạn theo ngày làm việc',
      'Deadline after N working days, or working days between two dates',
    ],
  }),
};
