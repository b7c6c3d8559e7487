import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { importHelp, importPreview, importResult } from '../../../../contract/document-import.ts';
import type { Db } from '../../../db/connection.ts';
import type { FileStore } from '../../../platform/files/files.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { XLSX } from '../../../platform/http/media-types.ts';
import { readUploadFiles } from '../../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { checkImport, commitImport, type ImportUpload, importTemplate } from './import.service.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
/** The list plus the documents' files (or ZIPs of them) in one request. */
const MAX_FILES = 500;

/** The permission is checked before the body is read: a refused caller uploads nothing. */
async function uploadOf(req: FastifyRequest): Promise<ImportUpload> {
  if (!documentsPolicy.importQms(actorOf(req))) throw forbidden();
  const parts = await readUploadFiles(req, MAX_FILES);
  const list = parts.find((p) => p.field === 'list');
  return {
    list: list && !list.tooBig ? list.content : null,
    files: parts
      .filter((p) => p.field !== 'list')
      .map((p) => ({ fileName: p.fileName, content: p.content, tooBig: p.tooBig })),
  };
}

export function importRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/documents/import/template.xlsx',
    {
      config: signedIn('documents.importQms'),
      schema: {
        tags,
        description: 'Tệp mẫu danh mục tài liệu để nhập (XLSX, tiêu đề cột tiếng Việt, một dòng ví dụ).',
        produces: [XLSX],
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const body = await importTemplate(db, actorOf(req));
      return reply
        .type(XLSX)
        .header('content-disposition', contentDisposition('mau-danh-muc-tai-lieu.xlsx'))
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
  app.post(
    '/api/v1/documents/import/check',
    {
      config: signedIn('documents.importQms'),
      schema: {
        tags,
        description: `Kiểm tra trước (không ghi gì). ${importHelp.vi}`,
        consumes: ['multipart/form-data'],
        response: { 200: importPreview },
      },
    },
    async (req) => checkImport(db, actorOf(req), await uploadOf(req)),
  );
  app.post(
    '/api/v1/documents/import',
    {
      config: signedIn('documents.importQms'),
      schema: {
        tags,
        description: `Nhập trong một giao dịch. ${importHelp.vi}`,
        consumes: ['multipart/form-data'],
        response: { 201: importResult },
      },
    },
    async (req, reply) => {
      const upload = await uploadOf(req);
      return reply.code(201).send(await commitImport(depsOf(db, req), files, upload));
    },
  );
}
