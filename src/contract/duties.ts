import { z } from 'zod';

/**
 * Why segregation of duties refuses someone a signing step: they drafted (prepared) the
 * record, or they already signed it with another meaning.
 */
export const dutyConflicts = ['self_approval', 'same_signer'] as const;
export type DutyConflict = (typeof dutyConflicts)[number];
export const dutyConflict = z.enum(dutyConflicts);
