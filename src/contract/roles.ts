import { z } from 'zod';

/** The roles of BRIEF.md, "Who uses it"; each is granted for one unit or the whole agency. */
export const roles = [
  'leadership',
  'steering_member',
  'secretariat',
  'unit_head',
  'iso_officer',
  'staff',
  'internal_auditor',
  'clerk',
  'admin',
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const roleNames: Record<Role, { vi: string; en: string }> = {
  leadership: { vi: 'Lãnh đạo Bộ', en: 'Ministry leadership' },
  steering_member: { vi: 'Thành viên Ban chỉ đạo ISO', en: 'Steering committee member' },
  secretariat: { vi: 'Thư ký ISO (đơn vị thường trực)', en: 'QMS secretariat' },
  unit_head: { vi: 'Lãnh đạo đơn vị', en: 'Unit head' },
  iso_officer: { vi: 'Cán bộ đầu mối ISO', en: 'Unit ISO officer' },
  staff: { vi: 'Chuyên viên', en: 'Staff member' },
  internal_auditor: { vi: 'Chuyên gia đánh giá nội bộ', en: 'Internal auditor' },
  /** Văn thư: registers and numbers outgoing decisions (số, ký hiệu) after they are signed. */
  clerk: { vi: 'Văn thư', en: 'Records clerk (văn thư)' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};
