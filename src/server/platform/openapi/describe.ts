import { z } from 'zod';
import { errorBody } from '../../../contract/common.ts';
import type { RouteAccess } from '../http/request-context.ts';
import { type ErrorCode, STATUS_TEXT, statusOf } from './error-codes.ts';
import type { Operation, Upload } from './operations.ts';

type Schema = { properties?: Record<string, unknown>; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
type OperationObject = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ in: string }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
};
type Document = {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, unknown> };
};
type Route = { method: string; url: string; access?: RouteAccess };

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** "GET /api/v1/documents/:id" from the description's "get" and "/api/v1/documents/{id}". */
export const routeKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;

const hasVersion = (schema: Schema | undefined): boolean =>
  !!schema &&
  (!!schema.properties?.version ||
    [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].some(hasVersion));

const jsonSchemaOf = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Schema & Record<string, unknown>;
  return rest as Schema & { required?: string[] };
};

/** The request body of an upload: the form with its file, and the same fields as JSON if taken. */
function uploadBody({ file, fields, json, fileFields }: Upload) {
  const form = fields ? jsonSchemaOf(fields) : { properties: {}, required: [] };
  const binary = { type: 'string', format: 'binary' };
  const files = fileFields ?? { file: 'one' };
  const multipart = {
    type: 'object',
    properties: {
      ...form.properties,
      ...Object.fromEntries(
        Object.entries(files).map(([name, n]) => [
          name,
          n === 'many' ? { type: 'array', items: binary } : binary,
        ]),
      ),
    },
    required: [...(file === 'required' ? Object.keys(files) : []), ...(form.required ?? [])],
  };
  return {
    required: true,
    content: {
      ...(json && fields ? { 'application/json': { schema: jsonSchemaOf(fields) } } : {}),
      'multipart/form-data': { schema: multipart },
    },
  };
}

/** Routes a person must reach before changing a one-time password. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
]);

/** What the request itself can get wrong, before any handler runs. */
function requestErrors(op: OperationObject): ErrorCode[] {
  const codes: ErrorCode[] = [];
  const content = op.requestBody?.content ?? {};
  if (op.parameters?.some((p) => p.in === 'path')) codes.push('request.uri_too_long');
  if (content['multipart/form-data']) {
    codes.push('upload.malformed', 'file.too_large', 'file.unpacked_too_large', 'upload.too_many_parts');
    codes.push(content['application/json'] ? 'request.media_type' : 'upload.not_multipart');
  }
  if (content['application/json'])
    codes.push('request.invalid_json', 'request.too_large', 'request.media_type');
  if (op.requestBody) codes.push('request.charset');
  else codes.push('request.body_not_allowed');
  return codes;
}

/** The codes a route answers by its kind, before those its entry lists. */
function defaultErrors(key: string, op: OperationObject, access: RouteAccess | undefined) {
  const method = key.split(' ')[0];
  const codes: ErrorCode[] = [];
  if (op.parameters?.length || op.requestBody || WRITES.has(method))
    codes.push('validation.failed', 'request.nul_character');
  // A Bearer token that is unknown, expired or revoked answers 401 on any route.
  codes.push('auth.unauthenticated');
  if (access === 'signed-in') {
    codes.push('auth.forbidden');
    if (WRITES.has(method)) codes.push('auth.csrf');
    if (!BEFORE_PASSWORD_CHANGE.has(key)) codes.push('auth.password_change_required');
  }
  if (Object.values(op.requestBody?.content ?? {}).some((c) => hasVersion(c.schema)))
    codes.push('record.stale');
  return [...codes, ...requestErrors(op)];
}

const codeList = (codes: string[]) => codes.map((c) => `\`${c}\``).join(', ');

const errorResponse = (status: number, codes: string[]) => ({
  description: `${STATUS_TEXT[status]}: ${codeList(codes)}`,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function describe(key: string, op: OperationObject, entry: Operation, route: Route | undefined) {
  if (entry.upload && !op.requestBody) op.requestBody = uploadBody(entry.upload);
  const codes = [...new Set([...defaultErrors(key, op, route?.access), ...entry.errors])];
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  const errorLines = statuses.map((s) => `- ${s}: ${codeList(byStatus.get(s)!)}`);
  op.operationId = entry.id;
  op.summary = entry.vi;
  op.tags = [entry.tag];
  op.description = [
    `${entry.vi}. — ${entry.en}.`,
    op.description,
    errorLines.length ? `Mã lỗi — Error codes:\n${errorLines.join('\n')}` : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
  if (route?.access === 'public') op.security = [];
  op.responses = {
    ...op.responses,
    ...Object.fromEntries(statuses.map((s) => [String(s), errorResponse(s, byStatus.get(s)!)])),
  };
}

/** A placeholder for a route the catalogue lacks: the description stays valid, the test fails. */
const unlisted = (key: string): Operation => ({
  id: key.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
  vi: key,
  en: key,
  tag: 'Chưa mô tả / Undescribed',
  errors: [],
});

/** Fills every operation from the catalogue and adds the one error schema (transformObject). */
export function describeOperations<T extends Document>(
  document: T,
  operations: Record<string, Operation>,
  routes: Route[],
): T {
  const { $schema: _, ...error } = z.toJSONSchema(errorBody) as Record<string, unknown>;
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Error: error },
  };
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const key = routeKey(method, path);
      const route = routes.find((r) => `${r.method} ${r.url}` === key);
      describe(key, op, operations[key] ?? unlisted(key), route);
    }
  }
  return document;
}
