import { documentsQuery } from '../../../../contract/documents.ts';
import { xlsxFile } from '../../../../contract/documents-search.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { XLSX } from '../../../platform/http/media-types.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';

const masterListWorkbook = lazy(() => import('./master-list.xlsx.ts'), 'masterListWorkbook');

export function masterListRoutes(app: Api, { db }: { db: Db }) {
  app.get(
    '/api/v1/documents/export.xlsx',
    {
      config: { access: 'signed-in', policy: 'documents.read' },
      schema: {
        tags: ['Tài liệu / Documents'],
        description: 'Danh mục tài liệu dạng Excel: đúng các dòng của danh mục với cùng bộ lọc (mọi trang).',
        querystring: documentsQuery,
        response: { 200: xlsxFile },
      },
    },
    async (req, reply) => {
      const { buffer, fileName } = await masterListWorkbook(db, actorOf(req), req.query);
      return reply.type(XLSX).header('content-disposition', contentDisposition(fileName)).send(buffer);
    },
  );
}
