import { operationsOf } from './operations.ts';
import { TAGS } from './tags.ts';

const meeting = 'steering_meeting.not_found';
const transition = 'steering_meeting.transition_forbidden';

export const steeringOperations = operationsOf(TAGS.steering.name, {
  'GET /api/v1/steering': [
    'steering.get',
    'Ban chỉ đạo ISO: thành viên qua các thời kỳ và các cuộc họp',
    'The ISO steering committee: its members over time and its meetings',
    [meeting],
  ],
  'POST /api/v1/steering/members': [
    'steering.members.add',
    'Bổ sung thành viên Ban chỉ đạo theo quyết định',
    'Add a member of the committee, by a decision',
  ],
  'POST /api/v1/steering/members/:id/end': [
    'steering.members.end',
    'Kết thúc tư cách thành viên Ban chỉ đạo từ một ngày',
    "End a member's membership from a day",
    ['steering_member.not_found'],
  ],
  'POST /api/v1/steering/meetings': [
    'steering.meetings.create',
    'Chuẩn bị cuộc họp Ban chỉ đạo (xem xét của lãnh đạo)',
    'Prepare a steering committee meeting (management review)',
  ],
  'GET /api/v1/steering/meetings/:id': [
    'steering.meetings.get',
    'Xem cuộc họp: chương trình, thành phần, biên bản, kết luận và chỉ đạo',
    'Get a meeting: agenda, attendance, minutes, conclusions and directives',
    [meeting],
  ],
  'PATCH /api/v1/steering/meetings/:id': [
    'steering.meetings.update',
    'Sửa ngày, địa điểm, chương trình, chủ trì của cuộc họp',
    "Edit the meeting's date, place, agenda or chair",
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/invitations': [
    'steering.meetings.invite',
    'Gửi giấy mời họp (trong ứng dụng và thư điện tử)',
    'Send the invitations (in the app and by e-mail)',
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/attendance': [
    'steering.meetings.attendance',
    'Ghi thành phần tham dự',
    'Record attendance',
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/minutes': [
    'steering.meetings.minutes',
    'Ghi biên bản cuộc họp',
    'Record the minutes',
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/conclusions': [
    'steering.conclusions.add',
    'Thêm nội dung kết luận (có thể là chỉ đạo giao đơn vị)',
    'Add an item of the conclusions (possibly a directive to units)',
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/conclusions/:conclusionId/remove': [
    'steering.conclusions.remove',
    'Bỏ một nội dung kết luận trước khi chủ trì xác nhận',
    'Remove an item of the conclusions before the chair confirms them',
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/sign': [
    'steering.meetings.sign',
    'Chủ trì xác nhận thông báo kết luận (nhập lại mật khẩu); giao chỉ đạo cho đơn vị',
    'The chair confirms the conclusions (password again); directives go to the units',
    [meeting, transition],
  ],
  'POST /api/v1/steering/meetings/:id/pack': [
    'steering.meetings.pack',
    'Mở báo cáo đầu vào của kỳ xem xét của cuộc họp (lập khi chưa có)',
    "Open the input pack of the meeting's period under review (compiled when none exists)",
    [meeting, 'steering_report.not_found'],
  ],
  'GET /api/v1/steering/meetings/:id/notice.docx': [
    'steering.meetings.notice.docx',
    'Thông báo kết luận của cuộc họp (DOCX)',
    "The meeting's conclusions notice (DOCX)",
    [meeting, transition],
  ],
  'GET /api/v1/steering/meetings/:id/notice.pdf': [
    'steering.meetings.notice.pdf',
    'Thông báo kết luận của cuộc họp (PDF)',
    "The meeting's conclusions notice (PDF)",
    [meeting, transition],
  ],
  'GET /api/v1/steering/directives': [
    'steering.directives.list',
    'Các chỉ đạo của Ban chỉ đạo theo đơn vị và tình trạng',
    "The committee's directives by unit and status",
  ],
  'POST /api/v1/steering/directives/:id/complete': [
    'steering.directives.complete',
    'Đơn vị báo cáo hoàn thành chỉ đạo, kèm bằng chứng',
    'The owner unit reports a directive done, with evidence',
    ['steering_directive.not_found', 'steering_directive.done'],
  ],
  'POST /api/v1/steering/directives/:id/evidence': [
    'steering.directives.evidence.add',
    'Đơn vị gửi tệp bằng chứng thực hiện chỉ đạo (lưu vào hồ sơ của đơn vị)',
    "The owner unit adds an evidence file (filed in the unit's records)",
    ['steering_directive.not_found', 'steering_directive.done'],
  ],
  'GET /api/v1/steering/directives/:id/evidence/:hash': [
    'steering.directives.evidence.get',
    'Tải tệp bằng chứng thực hiện chỉ đạo',
    'Download an evidence file of a directive',
    ['steering_directive.not_found'],
  ],
  'GET /api/v1/steering/settings': [
    'steering.settings.get',
    'Thiết lập theo dõi chỉ đạo (số ngày làm việc quá hạn thì báo Chủ trì và Thư ký ISO)',
    'Directive follow-up settings (working days overdue before the chair and the secretariat hear)',
    [meeting],
  ],
  'PUT /api/v1/steering/settings': [
    'steering.settings.put',
    'Sửa thiết lập theo dõi chỉ đạo',
    'Update the directive follow-up settings',
  ],
  'GET /api/v1/my-work/steering': [
    'steering.myWork',
    'Chỉ đạo của Ban chỉ đạo đơn vị tôi đang thực hiện',
    'Directives my units are carrying out',
  ],
  'GET /api/v1/home/steering-directives': [
    'steering.home.overdue',
    'Chỉ đạo quá hạn theo đơn vị (trang chủ của lãnh đạo)',
    'Overdue directives by unit (leadership home)',
  ],
});
