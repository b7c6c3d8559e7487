import { z } from 'zod';

/** The one error shape every route answers with. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid() });
/** Calendar day as YYYY-MM-DD (Asia/Ho_Chi_Minh); the UI shows dd/mm/yyyy. */
export const isoDate = z.iso.date();
export const version = z.number().int().positive();

/**
 * One convention for every list (documented in README.md, "API"): `page` from 1,
 * `pageSize` up to 100 (20 by default), `sort` a field name with `-` for descending,
 * `q` free text; other filters are named query parameters.
 */
export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: z.string().max(40).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const okBody = z.object({ ok: z.literal(true) });
