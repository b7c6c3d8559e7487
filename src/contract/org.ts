import { z } from 'zod';
import { isoDate, listQuery, sortBy, version } from './common.ts';
import { role } from './roles.ts';

export const codeRule = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,29}$/, { message: 'code.format' });
export const usernameRule = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}$/, { message: 'username.format' });

export const unitKinds = [
  'van_phong',
  'vu',
  'thanh_tra',
  'cuc',
  'so',
  'phong',
  'trung_tam',
  'ban',
  'khac',
] as const;
export const unitKind = z.enum(unitKinds);
export const unitKindNames: Record<(typeof unitKinds)[number], { vi: string; en: string }> = {
  van_phong: { vi: 'Văn phòng', en: 'Office' },
  vu: { vi: 'Vụ', en: 'Department' },
  thanh_tra: { vi: 'Thanh tra', en: 'Inspectorate' },
  cuc: { vi: 'Cục', en: 'Agency (Cục)' },
  so: { vi: 'Sở', en: 'Provincial department (Sở)' },
  phong: { vi: 'Phòng', en: 'Division (Phòng)' },
  trung_tam: { vi: 'Trung tâm', en: 'Centre' },
  ban: { vi: 'Ban', en: 'Board' },
  khac: { vi: 'Khác', en: 'Other' },
};
export const unitStatuses = ['active', 'renamed', 'merged', 'split', 'dissolved'] as const;
export const unitStatus = z.enum(unitStatuses);

// ── agencies ──────────────────────────────────────────────────────────────
export const agencyView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  status: z.string(),
  version: z.number().int(),
});
export type AgencyView = z.infer<typeof agencyView>;
export const createAgencyBody = z.object({
  code: codeRule,
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().max(60).optional(),
  admin: z.object({
    fullName: z.string().trim().min(1).max(120),
    username: usernameRule,
    email: z.email().optional(),
  }),
});
export const updateAgencyBody = z.object({
  version,
  name: z.string().trim().min(1).max(200).optional(),
  shortName: z.string().trim().max(60).nullable().optional(),
});

// ── units ─────────────────────────────────────────────────────────────────
export const unitView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: unitKind,
  parentId: z.uuid().nullable(),
  status: unitStatus,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  sortOrder: z.number().int(),
  peopleCount: z.number().int(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), restructure: z.boolean() }),
});
export type UnitView = z.infer<typeof unitView>;
export const unitsQuery = z.strictObject({
  status: z.enum(['active', 'all']).default('active'),
  q: z.string().trim().max(200).optional(),
});
export const createUnitBody = z.object({
  code: codeRule,
  name: z.string().trim().min(1).max(200),
  kind: unitKind,
  parentId: z.uuid().nullable().optional(),
  validFrom: isoDate.optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});
export const updateUnitBody = z.object({
  version,
  kind: unitKind.optional(),
  parentId: z.uuid().nullable().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});

/** Restructuring keeps history: the old unit closes (valid to) and says what it became. */
const restructureBase = {
  effectiveDate: isoDate,
  decisionRef: z.string().trim().max(120).optional(),
  note: z.string().trim().max(1000).optional(),
};
const newUnit = z.object({ code: codeRule, name: z.string().trim().min(1).max(200), kind: unitKind });
export const restructureBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rename'),
    unitId: z.uuid(),
    version,
    code: codeRule,
    name: z.string().trim().min(1).max(200),
    ...restructureBase,
  }),
  z.object({
    kind: z.literal('merge'),
    /** The units merged; people move to the target. */
    unitIds: z.array(z.uuid()).min(1).max(50),
    /** Merge into an existing unit, or create a new one. */
    intoUnitId: z.uuid().optional(),
    newUnit: newUnit.optional(),
    ...restructureBase,
  }),
  z.object({
    kind: z.literal('split'),
    unitId: z.uuid(),
    newUnits: z.array(newUnit).min(2).max(20),
    /** Where each person goes (person id → index in newUnits); the rest go to the first. */
    assignments: z.record(z.uuid(), z.number().int().min(0)).optional(),
    ...restructureBase,
  }),
  z.object({
    kind: z.literal('dissolve'),
    unitId: z.uuid(),
    /** People still in the unit move here; required when it has active people. */
    moveUnitId: z.uuid().optional(),
    ...restructureBase,
  }),
]);
export type RestructureBody = z.infer<typeof restructureBody>;
export const unitEventView = z.object({
  id: z.uuid(),
  kind: z.enum(['create', 'rename', 'merge', 'split', 'dissolve']),
  effectiveDate: z.string(),
  decisionRef: z.string().nullable(),
  note: z.string().nullable(),
  fromUnitIds: z.array(z.uuid()),
  toUnitIds: z.array(z.uuid()),
  /** Codes and names as they were before (from) and after (to) the event, by unit id. */
  snapshot: z.object({
    from: z.record(z.string(), z.object({ code: z.string(), name: z.string() })),
    to: z.record(z.string(), z.object({ code: z.string(), name: z.string() })),
  }),
  createdAt: z.string(),
});
export type UnitEventView = z.infer<typeof unitEventView>;

// ── positions ─────────────────────────────────────────────────────────────
export const positionView = z.object({
  id: z.uuid(),
  name: z.string(),
  rank: z.number().int(),
  version: z.number().int(),
});
export type PositionView = z.infer<typeof positionView>;
export const createPositionBody = z.object({
  name: z.string().trim().min(1).max(120),
  rank: z.number().int().min(0).max(1000).optional(),
});
export const updatePositionBody = createPositionBody.partial().extend({ version });

// ── people ────────────────────────────────────────────────────────────────
export const personView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  positionId: z.uuid().nullable(),
  positionName: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(
    z.object({ id: z.uuid(), role, unitId: z.uuid().nullable(), unitName: z.string().nullable() }),
  ),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), resetPassword: z.boolean(), grant: z.boolean() }),
});
export type PersonView = z.infer<typeof personView>;
/** What the list of people sorts by. */
export const personSortFields = ['fullName', 'username', 'unitName', 'lastLoginAt'] as const;
export type PersonSortField = (typeof personSortFields)[number];
export const peopleQuery = listQuery.extend({
  sort: sortBy(personSortFields),
  unitId: z.uuid().optional(),
  role: role.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  /** Only accounts locked now after repeated wrong passwords. */
  locked: z.enum(['true']).optional(),
});
const personFields = {
  fullName: z.string().trim().min(1).max(120),
  email: z.email().max(200).nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
  unitId: z.uuid(),
  positionId: z.uuid().nullable().optional(),
};
export const createPersonBody = z.object({
  ...personFields,
  username: usernameRule,
  /** Omitted: a one-time password is generated and returned once. */
  password: z.string().min(10).max(200).optional(),
});
export const updatePersonBody = z.object({
  version,
  fullName: personFields.fullName.optional(),
  email: personFields.email,
  phone: personFields.phone,
  unitId: z.uuid().optional(),
  positionId: personFields.positionId,
  active: z.boolean().optional(),
});
export const createdPerson = z.object({ person: personView, oneTimePassword: z.string().nullable() });
export const resetPasswordBody = z.object({ version });
export const resetPasswordResult = z.object({ oneTimePassword: z.string(), emailed: z.boolean() });

export const createGrantBody = z.object({ role, unitId: z.uuid().nullable() });

export const importResult = z.object({
  created: z.number().int(),
  people: z.array(z.object({ username: z.string(), oneTimePassword: z.string() })),
});

/**
 * The columns of the people import sheet (first sheet, first row = headers, in this
 * order; documented in README.md). Roles: comma-separated, by code or Vietnamese name,
 * granted for the person's own unit.
 */
export const importColumns = [
  'Họ và tên',
  'Tên đăng nhập',
  'Thư điện tử',
  'Điện thoại',
  'Mã đơn vị',
  'Chức vụ',
  'Vai trò',
] as const;

export const unitStatusNames: Record<(typeof unitStatuses)[number], { vi: string; en: string }> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  renamed: { vi: 'Đã đổi tên', en: 'Renamed' },
  merged: { vi: 'Đã sáp nhập', en: 'Merged' },
  split: { vi: 'Đã chia tách', en: 'Split' },
  dissolved: { vi: 'Đã giải thể', en: 'Dissolved' },
};
