import { z } from 'zod';
import { idParams, okBody } from '../../../../contract/common.ts';
import {
  closeFileBody,
  entryOptions,
  entryOptionsQuery,
  fileItemParams,
  filesPage,
  filesQuery,
  fileView,
  linkItemBody,
  openFileBody,
  reopenFileBody,
  updateFileBody,
} from '../../../../contract/record-files.ts';
import type { Db } from '../../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../../platform/files/files.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { readUploadForm } from '../../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { archiveRoutes } from '../archive/archive.routes.ts';
import { addLinkItem, addUploadItem, downloadItem, removeItem } from './files.items.ts';
import { listFiles } from './files.list.ts';
import {
  closeFile,
  entryOptions as entryOptionsOf,
  openFileFor,
  reopenFile,
  updateFile,
} from './files.service.ts';
import { getFileView } from './files.view.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const tags = ['Hồ sơ / Records files'];
const created = z.object({ id: z.uuid(), fileCode: z.string() });
const itemCreated = z.object({ id: z.uuid() });

export function filesRoutes(app: Api, deps: { db: Db; files: FileStore; mailer: Mailer }) {
  const { db, files } = deps;
  const base = '/api/v1/record-files';
  app.get(
    base,
    {
      config: signedIn('recordFiles.read'),
      schema: {
        tags,
        description:
          'Hồ sơ người dùng được xem, theo đơn vị, năm, trạng thái, ngoài danh mục, đến hạn/quá hạn nộp lưu, hết thời hạn bảo quản.',
        querystring: filesQuery,
        response: { 200: filesPage },
      },
    },
    async (req) => listFiles(db, actorOf(req), req.query),
  );
  app.post(
    base,
    {
      config: signedIn('recordFiles.open'),
      schema: {
        tags,
        description: 'Mở hồ sơ theo danh mục, hoặc ngoài danh mục.',
        body: openFileBody,
        response: { 201: created },
      },
    },
    async (req, reply) => {
      const row = await openFileFor(depsOf(db, req), req.body);
      return reply.code(201).send({ id: row.id, fileCode: row.fileCode });
    },
  );
  app.get(
    `${base}/catalogue-entries`,
    {
      config: signedIn('recordFiles.open'),
      schema: {
        tags,
        description: 'Các mục của danh mục hồ sơ đã duyệt/ban hành của đơn vị trong năm, để mở hồ sơ.',
        querystring: entryOptionsQuery,
        response: { 200: entryOptions },
      },
    },
    async (req) => ({ items: await entryOptionsOf(db, actorOf(req), req.query.unitId, req.query.year) }),
  );
  app.get(
    `${base}/:id`,
    { config: signedIn('recordFiles.read'), schema: { tags, params: idParams, response: { 200: fileView } } },
    async (req) => getFileView(db, actorOf(req), req.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: signedIn('recordFiles.edit'),
      schema: { tags, params: idParams, body: updateFileBody, response: { 200: fileView } },
    },
    async (req) => {
      await updateFile(depsOf(db, req), req.params.id, req.body);
      return getFileView(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${base}/:id/close`,
    {
      config: signedIn('recordFiles.close'),
      schema: {
        tags,
        description: 'Kết thúc hồ sơ sau khi xem xét.',
        params: idParams,
        body: closeFileBody,
        response: { 200: fileView },
      },
    },
    async (req) => {
      await closeFile(depsOf(db, req), req.params.id, req.body);
      return getFileView(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${base}/:id/reopen`,
    {
      config: signedIn('recordFiles.reopen'),
      schema: {
        tags,
        description: 'Lãnh đạo đơn vị mở lại hồ sơ đã đóng (chưa nộp lưu).',
        params: idParams,
        body: reopenFileBody,
        response: { 200: fileView },
      },
    },
    async (req) => {
      await reopenFile(depsOf(db, req), req.params.id, req.body);
      return getFileView(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${base}/:id/items`,
    {
      config: signedIn('recordFiles.edit'),
      schema: {
        tags,
        description: `Đưa văn bản vào hồ sơ: multipart, các trường "title", "documentDate", "pageCount" trước trường "file" (PDF, DOCX, XLSX, JPEG, PNG; tối đa ${UPLOAD_LIMIT_TEXT}).`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: itemCreated },
      },
    },
    async (req, reply) => {
      const { fields, file } = await readUploadForm(req);
      const upload = file
        ? {
            ...file,
            fields: { title: fields.title, documentDate: fields.documentDate, pageCount: fields.pageCount },
          }
        : null;
      const row = await addUploadItem(depsOf(db, req), files, req.params.id, upload);
      return reply.code(201).send({ id: row.id });
    },
  );
  app.post(
    `${base}/:id/links`,
    {
      config: signedIn('recordFiles.edit'),
      schema: {
        tags,
        description: 'Liên kết một tài liệu trong eiso vào hồ sơ.',
        params: idParams,
        body: linkItemBody,
        response: { 201: itemCreated },
      },
    },
    async (req, reply) => {
      const row = await addLinkItem(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send({ id: row.id });
    },
  );
  app.get(
    `${base}/:id/items/:itemId`,
    {
      config: signedIn('recordFiles.read'),
      schema: {
        tags,
        description: 'Tải văn bản của hồ sơ về.',
        params: fileItemParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const file = await downloadItem(db, files, actorOf(req), req.params.id, req.params.itemId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
  app.delete(
    `${base}/:id/items/:itemId`,
    {
      config: signedIn('recordFiles.edit'),
      schema: { tags, params: fileItemParams, response: { 200: okBody } },
    },
    async (req) => {
      await removeItem(depsOf(db, req), req.params.id, req.params.itemId);
      return { ok: true as const };
    },
  );
  archiveRoutes(app, { db });
}
