// The demo agency: the seed's ministry as it stood in 2017 (names of people are invented,
// except Thứ trưởng Phan Tâm, who chairs the steering committee in the seed).
import type { Role } from '../../contract/roles.ts';

/** Shared by every demo account. Demo only: never use demo data in production. */
export const DEMO_PASSWORD = 'Demo@2017';

export const demoAgency = { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', shortName: 'Bộ TT&TT' };

export const DEMO_VALID_FROM = '2017-01-01';

export const demoUnits = [
  { code: 'VP', name: 'Văn phòng Bộ', kind: 'van_phong' },
  { code: 'TTra', name: 'Thanh tra Bộ', kind: 'thanh_tra' },
  { code: 'BC', name: 'Vụ Bưu chính', kind: 'vu' },
  { code: 'CNTT', name: 'Vụ Công nghệ thông tin', kind: 'vu' },
  { code: 'HTQT', name: 'Vụ Hợp tác quốc tế', kind: 'vu' },
  { code: 'KHTC', name: 'Vụ Kế hoạch - Tài chính', kind: 'vu' },
  { code: 'KHCN', name: 'Vụ Khoa học và Công nghệ', kind: 'vu' },
  { code: 'PC', name: 'Vụ Pháp chế', kind: 'vu' },
  { code: 'QLDN', name: 'Vụ Quản lý doanh nghiệp', kind: 'vu' },
  { code: 'TDKT', name: 'Vụ Thi đua - Khen thưởng', kind: 'vu' },
  { code: 'TCCB', name: 'Vụ Tổ chức cán bộ', kind: 'vu' },
];

/** Chức vụ; a lower rank sorts first. */
export const demoPositions = [
  { name: 'Thứ trưởng', rank: 10 },
  { name: 'Chánh Văn phòng', rank: 20 },
  { name: 'Chánh Thanh tra', rank: 20 },
  { name: 'Vụ trưởng', rank: 20 },
  { name: 'Phó Vụ trưởng', rank: 30 },
  { name: 'Trưởng phòng', rank: 40 },
  { name: 'Chuyên viên chính', rank: 50 },
  { name: 'Chuyên viên', rank: 60 },
];

/** These roles are granted for the person's own unit; all others for the whole agency. */
export const unitScopedRoles: readonly Role[] = ['unit_head', 'iso_officer', 'staff'];

export type DemoAccount = {
  username: string;
  fullName: string;
  unit: string;
  position: string;
  roles: Role[];
};

/** Everyone in the demo; e-mail is `<username>@mic.demo`. The ministry's leaders sit in Văn phòng Bộ. */
// biome-ignore format: one person per line reads as a table
export const demoAccounts: DemoAccount[] = [
  { username: 'thutruong.phantam', fullName: 'Phan Tâm', unit: 'VP', position: 'Thứ trưởng', roles: ['leadership', 'steering_member'] },
  { username: 'thutruong.dinhquochung', fullName: 'Đinh Quốc Hưng', unit: 'VP', position: 'Thứ trưởng', roles: ['leadership'] },

  { username: 'vp.chanhvanphong', fullName: 'Lương Đức Thịnh', unit: 'VP', position: 'Chánh Văn phòng', roles: ['unit_head', 'steering_member'] },
  { username: 'vp.daumoi', fullName: 'Trần Thị Thu Hà', unit: 'VP', position: 'Trưởng phòng', roles: ['iso_officer', 'internal_auditor'] },
  { username: 'vp.chuyenvien', fullName: 'Nguyễn Minh Tuấn', unit: 'VP', position: 'Chuyên viên', roles: ['staff'] },
  { username: 'vp.chuyenvien2', fullName: 'Phạm Thị Lan Anh', unit: 'VP', position: 'Chuyên viên', roles: ['staff'] },
  { username: 'quantri', fullName: 'Đỗ Quang Huy', unit: 'VP', position: 'Chuyên viên chính', roles: ['admin'] },

  { username: 'ttra.chanhthanhtra', fullName: 'Vũ Đình Khoa', unit: 'TTra', position: 'Chánh Thanh tra', roles: ['unit_head'] },
  { username: 'ttra.daumoi', fullName: 'Bùi Thị Minh Nguyệt', unit: 'TTra', position: 'Trưởng phòng', roles: ['iso_officer', 'internal_auditor'] },
  { username: 'ttra.chuyenvien', fullName: 'Hà Văn Sơn', unit: 'TTra', position: 'Chuyên viên chính', roles: ['staff'] },

  { username: 'bc.vutruong', fullName: 'Ngô Thị Bích Ngọc', unit: 'BC', position: 'Vụ trưởng', roles: ['unit_head'] },
  { username: 'bc.daumoi', fullName: 'Đặng Quốc Bảo', unit: 'BC', position: 'Phó Vụ trưởng', roles: ['iso_officer'] },
  { username: 'bc.chuyenvien', fullName: 'Lý Thu Trang', unit: 'BC', position: 'Chuyên viên', roles: ['staff'] },
  { username: 'bc.chuyenvien2', fullName: 'Trịnh Văn Dũng', unit: 'BC', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'cntt.vutruong', fullName: 'Hoàng Minh Đức', unit: 'CNTT', position: 'Vụ trưởng', roles: ['unit_head', 'steering_member'] },
  { username: 'cntt.daumoi', fullName: 'Nguyễn Thị Hồng Nhung', unit: 'CNTT', position: 'Chuyên viên chính', roles: ['iso_officer', 'internal_auditor'] },
  { username: 'cntt.chuyenvien', fullName: 'Lê Hải Nam', unit: 'CNTT', position: 'Chuyên viên', roles: ['staff'] },
  { username: 'cntt.chuyenvien2', fullName: 'Phùng Thị Mai', unit: 'CNTT', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'htqt.vutruong', fullName: 'Cao Thị Phương Thảo', unit: 'HTQT', position: 'Vụ trưởng', roles: ['unit_head'] },
  { username: 'htqt.daumoi', fullName: 'Tạ Quang Vinh', unit: 'HTQT', position: 'Chuyên viên chính', roles: ['iso_officer'] },
  { username: 'htqt.chuyenvien', fullName: 'Mai Ngọc Diệp', unit: 'HTQT', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'khtc.vutruong', fullName: 'Lâm Văn Hiếu', unit: 'KHTC', position: 'Vụ trưởng', roles: ['unit_head', 'steering_member'] },
  { username: 'khtc.daumoi', fullName: 'Châu Thị Kim Oanh', unit: 'KHTC', position: 'Phó Vụ trưởng', roles: ['iso_officer', 'internal_auditor'] },
  { username: 'khtc.chuyenvien', fullName: 'Dương Tiến Đạt', unit: 'KHTC', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'khcn.vutruong', fullName: 'Kiều Văn Thành', unit: 'KHCN', position: 'Vụ trưởng', roles: ['unit_head', 'steering_member'] },
  { username: 'khcn.thuky', fullName: 'Nguyễn Thị Thanh Hương', unit: 'KHCN', position: 'Chuyên viên chính', roles: ['secretariat', 'iso_officer'] },
  { username: 'khcn.thuky2', fullName: 'Trần Quốc Khánh', unit: 'KHCN', position: 'Chuyên viên', roles: ['secretariat'] },
  { username: 'khcn.chuyenvien', fullName: 'Đoàn Thị Ngọc Ánh', unit: 'KHCN', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'pc.vutruong', fullName: 'Tống Văn Lợi', unit: 'PC', position: 'Vụ trưởng', roles: ['unit_head'] },
  { username: 'pc.daumoi', fullName: 'Hồ Thị Thu Thủy', unit: 'PC', position: 'Chuyên viên chính', roles: ['iso_officer', 'internal_auditor'] },
  { username: 'pc.chuyenvien', fullName: 'Văn Đức Trung', unit: 'PC', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'qldn.vutruong', fullName: 'Khúc Minh Quang', unit: 'QLDN', position: 'Vụ trưởng', roles: ['unit_head'] },
  { username: 'qldn.daumoi', fullName: 'Lưu Thị Hải Yến', unit: 'QLDN', position: 'Phó Vụ trưởng', roles: ['iso_officer'] },
  { username: 'qldn.chuyenvien', fullName: 'Quách Văn Toàn', unit: 'QLDN', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'tdkt.vutruong', fullName: 'Đàm Thị Hoa', unit: 'TDKT', position: 'Vụ trưởng', roles: ['unit_head'] },
  { username: 'tdkt.daumoi', fullName: 'Phí Văn Cường', unit: 'TDKT', position: 'Chuyên viên chính', roles: ['iso_officer'] },
  { username: 'tdkt.chuyenvien', fullName: 'Thân Thị Ngân', unit: 'TDKT', position: 'Chuyên viên', roles: ['staff'] },

  { username: 'tccb.vutruong', fullName: 'La Văn Hùng', unit: 'TCCB', position: 'Vụ trưởng', roles: ['unit_head', 'steering_member'] },
  { username: 'tccb.daumoi', fullName: 'Mạc Thị Thúy Hằng', unit: 'TCCB', position: 'Chuyên viên chính', roles: ['iso_officer', 'internal_auditor'] },
  { username: 'tccb.chuyenvien', fullName: 'Giang Văn Phúc', unit: 'TCCB', position: 'Chuyên viên', roles: ['staff'] },
  { username: 'tccb.chuyenvien2', fullName: 'Nghiêm Thị Lệ Quyên', unit: 'TCCB', position: 'Chuyên viên', roles: ['staff'] },

  // Last, so the story's draws among the people before it stay as they were.
  { username: 'vp.vanthu', fullName: 'Đỗ Thị Hồng Nhung', unit: 'VP', position: 'Chuyên viên', roles: ['clerk'] },
];

/** Edits to the computed calendar: days the government swapped (not in the Labour Code defaults). */
/**
 * The government's Tết 2018 schedule (civil servants off Wed 14/2 – Tue 20/2) differs from
 * the computed default (30 Chạp – mùng 4 plus make-up days, i.e. 15/2 – 21/2): the demo
 * agency's calendar is edited to match, as an administrator would each year.
 */
export const demoCalendarEdits = {
  add: [
    {
      date: '2018-02-14',
      kind: 'holiday',
      nameVi: 'Nghỉ Tết Nguyên đán (29 tháng Chạp)',
      nameEn: 'Tết holiday (29th of the 12th lunar month)',
    },
  ],
  remove: ['2018-02-21'],
};
