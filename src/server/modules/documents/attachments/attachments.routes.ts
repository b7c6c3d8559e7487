import { z } from 'zod';
import { idParams, okBody } from '../../../../contract/common.ts';
import {
  attachmentList,
  attachmentParams,
  attachmentView,
} from '../../../../contract/document-attachments.ts';
import type { Db } from '../../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../../platform/files/files.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { readUpload } from '../../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import {
  addAttachment,
  downloadAttachment,
  listAttachments,
  removeAttachment,
} from './attachments.service.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

export function attachmentsRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Tài liệu / Documents'];
  const base = '/api/v1/document-versions/:id/attachments';
  app.get(
    base,
    {
      config: signedIn('documents.readVersion'),
      schema: { tags, params: idParams, response: { 200: attachmentList } },
    },
    async (req) => ({ items: await listAttachments(db, actorOf(req), req.params.id) }),
  );
  app.post(
    base,
    {
      config: signedIn('documents.editDraft'),
      schema: {
        tags,
        description: `Đính kèm tệp PDF, DOCX hoặc XLSX (multipart, trường "file", tối đa ${UPLOAD_LIMIT_TEXT}) vào bản dự thảo. Loại tệp xác định theo nội dung, không theo tên.`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachmentView.omit({ uploadedByName: true }) },
      },
    },
    async (req, reply) => {
      const row = await addAttachment(depsOf(db, req), files, req.params.id, await readUpload(req));
      return reply.code(201).send({ ...row, createdAt: row.createdAt.toISOString() });
    },
  );
  app.get(
    `${base}/:attachmentId`,
    {
      config: signedIn('documents.readVersion'),
      schema: {
        tags,
        description: 'Tải tệp đính kèm về.',
        params: attachmentParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const file = await downloadAttachment(db, files, actorOf(req), req.params.id, req.params.attachmentId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
  app.delete(
    `${base}/:attachmentId`,
    {
      config: signedIn('documents.editDraft'),
      schema: { tags, params: attachmentParams, response: { 200: okBody } },
    },
    async (req) => {
      await removeAttachment(depsOf(db, req), req.params.id, req.params.attachmentId);
      return { ok: true as const };
    },
  );
}
