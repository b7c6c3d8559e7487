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
/** The largest PostgreSQL `integer`: a bigger number in a body would fail in the database, not in validation. */
export const INT4_MAX = 2_147_483_647;
/** A record's version (optimistic concurrency), as the client last read it. */
export const version = z.number().int().positive().max(INT4_MAX);

/**
 * One convention for every list (documented in README.md, "API"): `page` from 1,
 * `pageSize` up to 100 (20 by default), `q` free text; `sort` where the list declares the
 * fields it sorts by (`sortBy`), other filters as named query parameters. The names are an
 * allow-list: a parameter the list does not declare is a 400 naming it, not ignored.
 */
export const listQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(200).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

/** A list's `sort`: one of its fields, with `-` before it for descending. */
export type Sort<F extends string> = F | `-${F}`;

/** The `sort` parameter of a list that sorts by these fields; any other value is a 400 listing them. */
export const sortBy = <const F extends string>(fields: readonly [F, ...F[]]) =>
  z.enum(fields.flatMap((f) => [f, `-${f}`]) as [Sort<F>, ...Sort<F>[]]).optional();

/** The field and direction of a `sort` value that `sortBy` let through. */
export const sortOrder = <F extends string>(sort: Sort<F>) => ({
  field: (sort.startsWith('-') ? sort.slice(1) : sort) as F,
  descending: sort.startsWith('-'),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const okBody = z.object({ ok: z.literal(true) });
