import { documentSearchPage, documentSearchQuery } from '../../../../contract/documents-search.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { searchDocuments } from './search.service.ts';

export function documentSearchRoutes(app: Api, { db }: { db: Db }) {
  app.get(
    '/api/v1/documents/search',
    {
      config: { access: 'signed-in', policy: 'documents.readVersion' },
      schema: {
        tags: ['Tài liệu / Documents'],
        description:
          'Tìm kiếm toàn văn (mã hiệu, tên, nội dung), không phân biệt dấu, xếp hạng, đánh dấu từ khớp bằng <mark>, chịu lỗi gõ; chỉ các bản người dùng được xem.',
        querystring: documentSearchQuery,
        response: { 200: documentSearchPage },
      },
    },
    (req) => searchDocuments(db, actorOf(req), req.query),
  );
}
