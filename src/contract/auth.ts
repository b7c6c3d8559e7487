import { z } from 'zod';
import { role } from './roles.ts';

export const passwordRule = z
  .string()
  .min(10, { message: 'password.weak' })
  .max(200)
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), { message: 'password.weak' });

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const grantView = z.object({
  id: z.uuid(),
  role,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
});
export type GrantView = z.infer<typeof grantView>;

export const meBody = z.object({
  person: z.object({
    id: z.uuid(),
    fullName: z.string(),
    username: z.string(),
    email: z.string().nullable(),
    unitId: z.uuid(),
    unitName: z.string(),
    positionName: z.string().nullable(),
    mustChangePassword: z.boolean(),
    isOperator: z.boolean(),
  }),
  agency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  grants: z.array(grantView),
  /** Units the person works in (own unit and every unit of a grant); drives the switcher. */
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  activeUnitId: z.uuid().nullable(),
  csrfToken: z.string().nullable(),
  /** What the navigation may show: computed on the server from the grants. */
  abilities: z.object({
    /** Administers some unit (or the agency). */
    administer: z.boolean(),
    /** Administers the whole agency: top-level units, restructuring, import, positions, calendar. */
    administerAgency: z.boolean(),
    viewAudit: z.boolean(),
    manageAgencies: z.boolean(),
  }),
});
export type Me = z.infer<typeof meBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordRule,
});

export const activeUnitBody = z.object({ unitId: z.uuid() });

export const tokenScope = z.enum(['read', 'write']);
export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  scope: tokenScope,
  expiresAt: z.iso.date().optional(),
});
export const tokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: tokenScope,
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;
export const createdToken = tokenView.extend({ token: z.string() });

export { PASSWORD_CHANGE_REQUIRED } from './auth-codes.ts';
