import { z } from 'zod';
import { idParams, page } from '../../../contract/common.ts';
import {
  createChangeRequestBody,
  documentsQuery,
  documentView,
  masterListItem,
  transitionBody,
  updateDraftBody,
  versionView,
} from '../../../contract/documents.ts';
import type { Db } from '../../db/connection.ts';
import type { FileStore } from '../../platform/files/files.ts';
import { actorOf, depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { attachmentsRoutes } from './attachments/attachments.routes.ts';
import { decisionRoutes } from './decisions/decisions.routes.ts';
import { acknowledge, getDocumentView, getVersionView, listDocuments } from './documents.queries.ts';
import { createChangeRequest, updateDraft } from './documents.service.ts';
import { transition } from './documents.transition.ts';
import { exportRoutes } from './export/export.routes.ts';
import { historyRoutes } from './history/history.routes.ts';
import { importRoutes } from './import/import.routes.ts';
import { masterListRoutes } from './master-list/master-list.routes.ts';
import { reportRoutes } from './report/report.routes.ts';
import { reviewRoutes } from './review/review.routes.ts';
import { documentSearchRoutes } from './search/search.routes.ts';
import { settingsRoutes } from './settings/settings.routes.ts';
import { signedDecisionRoutes } from './signed/signed.routes.ts';
import { workRoutes } from './work/work.routes.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

export function documentsRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/documents',
    {
      config: signedIn('documents.read'),
      schema: { tags, querystring: documentsQuery, response: { 200: page(masterListItem) } },
    },
    (req) => listDocuments(db, actorOf(req), req.query),
  );
  app.get(
    '/api/v1/documents/:id',
    {
      config: signedIn('documents.readVersion'),
      schema: { tags, params: idParams, response: { 200: documentView } },
    },
    (req) => getDocumentView(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/documents/change-requests',
    {
      config: signedIn('documents.requestChange'),
      schema: {
        tags,
        body: createChangeRequestBody,
        response: { 201: z.object({ documentId: z.uuid(), versionId: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const created = await createChangeRequest(depsOf(db, req), req.body);
      return reply.code(201).send({ documentId: created.documentId, versionId: created.versionId });
    },
  );
  app.get(
    '/api/v1/document-versions/:id',
    {
      config: signedIn('documents.readVersion'),
      schema: { tags, params: idParams, response: { 200: versionView } },
    },
    (req) => getVersionView(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/document-versions/:id',
    {
      config: signedIn('documents.editDraft'),
      schema: { tags, params: idParams, body: updateDraftBody, response: { 200: versionView } },
    },
    async (req) => {
      await updateDraft(depsOf(db, req), req.params.id, req.body);
      return getVersionView(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    '/api/v1/document-versions/:id/transitions',
    {
      config: signedIn('documents.act'),
      schema: {
        tags,
        description:
          'Chuyển bước: trình, xem xét, kiểm tra, phê duyệt, trả lại, hủy. Các bước ký cần nhập lại mật khẩu.',
        params: idParams,
        body: transitionBody,
        response: { 200: versionView },
      },
    },
    async (req) => {
      await transition(depsOf(db, req), req.params.id, req.body);
      return getVersionView(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    '/api/v1/document-versions/:id/acknowledge',
    {
      config: signedIn('documents.acknowledge'),
      schema: { tags, params: idParams, response: { 200: versionView } },
    },
    async (req) => {
      await acknowledge(depsOf(db, req), req.params.id);
      return getVersionView(db, actorOf(req), req.params.id);
    },
  );
  decisionRoutes(app, { db });
  signedDecisionRoutes(app, { db, files });
  documentSearchRoutes(app, { db });
  masterListRoutes(app, { db });
  historyRoutes(app, { db });
  reviewRoutes(app, { db });
  reportRoutes(app, { db });
  exportRoutes(app, { db });
  workRoutes(app, { db });
  settingsRoutes(app, { db });
  attachmentsRoutes(app, { db, files });
  importRoutes(app, { db, files });
}
