import { idParams } from '../../../../contract/common.ts';
import { diffQuery, documentHistory, versionDiff } from '../../../../contract/document-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import * as history from './history.service.ts';

export function historyRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/documents/:id/history',
    {
      config: { access: 'signed-in', policy: 'documents.readVersion' },
      schema: {
        tags,
        description: 'Mục lục sửa đổi: các lần ban hành, nội dung và vị trí sửa đổi.',
        params: idParams,
        response: { 200: documentHistory },
      },
    },
    (req) => history.documentHistory(db, actorOf(req), req.params.id),
  );
  app.get(
    '/api/v1/document-versions/:id/diff',
    {
      config: { access: 'signed-in', policy: 'documents.readVersion' },
      schema: {
        tags,
        description: 'So sánh hai bản của cùng một tài liệu: từ bản `against` đến bản này, theo từng mục.',
        params: idParams,
        querystring: diffQuery,
        response: { 200: versionDiff },
      },
    },
    (req) => history.versionDiff(db, actorOf(req), req.params.id, req.query.against),
  );
}
