import { z } from 'zod';
import { idParams } from '../../../../contract/common.ts';
import {
  signedDecisionList,
  signedDecisionParams,
  signedDecisionView,
} from '../../../../contract/signed-decisions.ts';
import type { Db } from '../../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../../platform/files/files.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { readUpload } from '../../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { attachSignedDecision, downloadSignedDecision, listSignedDecisions } from './signed.service.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

/** Ký số: decisions signed with a token (PAdES) attached to an approved version, verified. */
export function signedDecisionRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Tài liệu / Documents'];
  const base = '/api/v1/document-versions/:id/signed-decisions';
  app.get(
    base,
    {
      config: signedIn('documents.readVersion'),
      schema: { tags, params: idParams, response: { 200: signedDecisionList } },
    },
    (req) => listSignedDecisions(db, actorOf(req), req.params.id),
  );
  app.post(
    base,
    {
      config: signedIn('documents.attachSignedDecision'),
      schema: {
        tags,
        description: `Đính kèm quyết định đã ký số (PDF ký bằng USB token/chứng thư số, PAdES; multipart, trường "file", tối đa ${UPLOAD_LIMIT_TEXT}) vào bản đã phê duyệt. eiso kiểm tra tính toàn vẹn của chữ ký (ByteRange, chữ ký CMS với chứng thư của người ký) và cho biết tệp có bị sửa sau khi ký không; không kiểm tra chuỗi tin cậy của tổ chức chứng thực.`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: signedDecisionView },
      },
    },
    async (req, reply) => {
      const created = await attachSignedDecision(
        depsOf(db, req),
        files,
        req.params.id,
        await readUpload(req),
      );
      return reply.code(201).send(created);
    },
  );
  app.get(
    `${base}/:fileId`,
    {
      config: signedIn('documents.readVersion'),
      schema: {
        tags,
        description: 'Tải về tệp PDF đã ký số như khi đính kèm.',
        params: signedDecisionParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const file = await downloadSignedDecision(db, files, actorOf(req), req.params.id, req.params.fileId);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
