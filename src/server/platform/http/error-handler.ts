import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeIssue } from '../../../contract/messages.ts';
import { UPLOAD_LIMIT_TEXT } from '../files/files.ts';
import { AppError } from './errors.ts';
import { requestLang } from './i18n.ts';

/** Every failure leaves as { error: { code, message, details } }, in the caller's language. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = requestLang(request);
    if (error instanceof AppError) return reply.code(error.status).send(error.toBody(lang));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => {
        const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return {
          path: field || (error.validationContext ?? 'body'),
          text: describeIssue({ code: v.keyword, message: v.message, ...(v.params as object) }),
        };
      });
      const fields = details.map((d) => d.path).join(', ');
      return reply
        .code(400)
        .send(
          new AppError(
            400,
            'validation.failed',
            { vi: `Dữ liệu không hợp lệ: ${fields}.`, en: `Invalid input: ${fields}.` },
            details,
          ).toBody(lang),
        );
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send(
        new AppError(429, 'rate_limited', {
          vi: 'Bạn đã thử quá nhiều lần. Hãy đợi một phút rồi thử lại.',
          en: 'Too many attempts. Wait a minute and try again.',
        }).toBody(lang),
      );
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
      const text = {
        vi: `Tệp vượt quá giới hạn ${UPLOAD_LIMIT_TEXT}.`,
        en: `The file exceeds the ${UPLOAD_LIMIT_TEXT} limit.`,
      };
      return reply
        .code(413)
        .send(new AppError(413, 'file.too_large', text, [{ path: 'file', text }]).toBody(lang));
    }
    if (status < 500) {
      return reply.code(status).send(
        new AppError(status, `http.${error.code ?? status}`, {
          vi: `Yêu cầu không hợp lệ (${error.message}).`,
          en: `Bad request (${error.message}).`,
        }).toBody(lang),
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(
      new AppError(500, 'internal', {
        vi: 'Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.',
        en: 'Something went wrong on the server; nothing was changed. Try again or tell an administrator.',
      }).toBody(lang),
    );
  });
}
