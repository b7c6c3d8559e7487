/**
 * What the OpenAPI description says about each route, kept in one place instead of in
 * ~110 route files: a stable operationId, a Vietnamese summary, a bilingual description,
 * the module's tag and the error codes the route can answer beyond those every route of
 * its kind answers (see error-codes.ts). Keys are "METHOD /path" as Fastify registers them;
 * the test in operations.test.ts fails for a route without an entry.
 */
import type { z } from 'zod';
import type { ErrorCode } from './error-codes.ts';

/**
 * A multipart/form-data upload, the file in the field "file" (its 4xx are documented with it).
 * The route reads it itself, so its form is described here: the other fields, and whether
 * the same fields may come as JSON instead.
 */
export type Upload = {
  file: 'required' | 'optional';
  fields?: z.ZodObject;
  json?: boolean;
  /** Files in other fields than "file" (an import: one list and many documents), each required. */
  fileFields?: Record<string, 'one' | 'many'>;
};

export type Operation = {
  /** Stable: clients generate method names from it. `<resource>.<action>`, camelCase parts. */
  id: string;
  /** Vietnamese: the summary shown in the documentation. */
  vi: string;
  en: string;
  tag: string;
  /** Codes this route can answer beyond the defaults (sign-in, CSRF, validation, stale version). */
  errors: ErrorCode[];
  upload?: Upload;
};

type Entry = [id: string, vi: string, en: string, errors?: ErrorCode[], options?: { upload?: Upload }];

/** The usual upload: one file, nothing else. */
export const fileUpload = { upload: { file: 'required' } } as const;

/** One module's operations under its tag. */
export const operationsOf = (tag: string, entries: Record<string, Entry>): Record<string, Operation> =>
  Object.fromEntries(
    Object.entries(entries).map(([key, [id, vi, en, errors = [], options = {}]]) => [
      key,
      { id, vi, en, tag, errors, ...options },
    ]),
  );
