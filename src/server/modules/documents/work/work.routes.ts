import { idParams } from '../../../../contract/common.ts';
import {
  acknowledgementReport as reportBody,
  documentWork as workBody,
} from '../../../../contract/document-work.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { acknowledgementReport, documentWork } from './work.service.ts';

export function workRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/documents/my-work',
    {
      config: { access: 'signed-in', policy: 'documents.act' },
      schema: { tags, response: { 200: workBody } },
    },
    (req) => documentWork(db, actorOf(req)),
  );
  app.get(
    '/api/v1/document-versions/:id/acknowledgements',
    {
      config: { access: 'signed-in', policy: 'documents.readReports' },
      schema: { tags, params: idParams, response: { 200: reportBody } },
    },
    (req) => acknowledgementReport(db, actorOf(req), req.params.id),
  );
}
