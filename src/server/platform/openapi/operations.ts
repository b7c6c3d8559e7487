/**
 * What the OpenAPI description says about each route, kept in one place instead of in
 * ~110 route files: a stable operationId, a Vietnamese summary, a bilingual description,
 * the module's tag and the error codes the route can answer beyond those every route of
 * its kind answers (see error-codes.ts). Keys are "METHOD /path" as Fastify registers them;
 * the test in operations.test.ts fails for a route without an entry.
 */
import type { ErrorCode } from './error-codes.ts';

export type Operation = {
  /** Stable: clients generate method names from it. `<resource>.<action>`, camelCase parts. */
  id: string;
  /** Vietnamese: the summary shown in the documentation. */
  vi: string;
  en: string;
  tag: string;
  /** Codes this route can answer beyond the defaults (sign-in, CSRF, validation, stale version). */
  errors: ErrorCode[];
  /** A multipart/form-data upload (field "file"): 413 file.too_large, the form documented. */
  upload?: boolean;
};

type Entry = [id: string, vi: string, en: string, errors?: ErrorCode[], options?: { upload?: boolean }];

/** One module's operations under its tag. */
export const operationsOf = (tag: string, entries: Record<string, Entry>): Record<string, Operation> =>
  Object.fromEntries(
    Object.entries(entries).map(([key, [id, vi, en, errors = [], options = {}]]) => [
      key,
      { id, vi, en, tag, errors, ...options },
    ]),
  );
