import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeIssue } from '../../../contract/messages.ts';
import { AppError } from './errors.ts';
import { fromFastifyError } from './fastify-errors.ts';
import { requestLang } from './i18n.ts';

/** A field name as the caller sent it may be anything; the answer names at most this much of it. */
const MAX_NAME = 40;
const shortName = (name: string) => (name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name);

type ValidationError = FastifyError & Required<Pick<FastifyError, 'validation'>>;

/** 400 naming every bad field; a parameter the schema does not declare is named by itself. */
function validationFailure(error: ValidationError): AppError {
  const details = error.validation.flatMap((v) => {
    const params = v.params as { keys?: string[] };
    const text = describeIssue({ code: v.keyword, message: v.message, ...params });
    const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (v.keyword === 'unrecognized_keys' && params.keys?.length) {
      const prefix = field ? `${field}.` : '';
      return params.keys.map((key) => ({
        path: `${prefix}${shortName(key)}`,
        text: describeIssue({ code: v.keyword, keys: [shortName(key)] }),
      }));
    }
    return [{ path: field || (error.validationContext ?? 'body'), text }];
  });
  const fields = [...new Set(details.map((d) => d.path))].join(', ');
  return new AppError(
    400,
    'validation.failed',
    { vi: `Dữ liệu không hợp lệ: ${fields}.`, en: `Invalid input: ${fields}.` },
    details,
  );
}

const internal = () =>
  new AppError(500, 'internal', {
    vi: 'Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.',
    en: 'Something went wrong on the server; nothing was changed. Try again or tell an administrator.',
  });

/** Any error as the one shape's AppError; unknown ones are logged and become a 500. */
function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationFailure(error as ValidationError);
  const translated = fromFastifyError(error);
  if (translated) return translated;
  request.log.error({ err: error }, 'unhandled error');
  return internal();
}

const send = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  const failure = toAppError(error, request);
  return reply.code(failure.status).send(failure.toBody(requestLang(request)));
};

/** Every failure leaves as { error: { code, message, details } }, in the caller's language. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler(send);
}

/**
 * The router's own errors (a bad URL encoding, a path parameter over its length), which
 * never reach the error handler: Fastify's `frameworkErrors` option.
 */
export const frameworkErrors = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
  send(error, request, reply);
