import { z } from 'zod';
import { idParams } from '../../../contract/common.ts';
import {
  actionBody,
  analysisBody,
  completeActionBody,
  createNcBody,
  ncDetail,
  ncList,
  ncListQuery,
  ncMeasures as ncMeasuresBody,
  ncMeasuresQuery,
  ncSettingsView,
  ncTransitionBody,
  ncWork,
  putNcSettingsBody,
} from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../platform/files/files.ts';
import { contentDisposition, sendStoredFile } from '../../platform/http/content-disposition.ts';
import { DOCX, XLSX } from '../../platform/http/media-types.ts';
import { readUpload } from '../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { lazy } from '../../platform/lazy.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { paperIssuer } from '../org/index.ts';
import { addEvidence, downloadEvidence } from './nonconformities.evidence.ts';
import { ncMeasures } from './nonconformities.measures.ts';
import { correctiveActionForm } from './nonconformities.paper.ts';
import { getNc, listNcs } from './nonconformities.queries.ts';
import { addAction, analyseNc, completeAction, createNc, transitionNc } from './nonconformities.service.ts';
import { getNcSettings, putNcSettings } from './nonconformities.settings.ts';
import { ncWorkOf } from './nonconformities.work.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const actionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });
const registerWorkbook = lazy(() => import('./nonconformities.xlsx.ts'), 'registerWorkbook');
const paperDocx = lazy(() => import('../../platform/papers/official-paper.ts'), 'paperDocx');
const paperPdf = lazy(() => import('../../platform/papers/official-paper.ts'), 'paperPdf');
const forms = [
  ['docx', DOCX, paperDocx],
  ['pdf', 'application/pdf', paperPdf],
] as const;

export function nonconformitiesRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Sự không phù hợp / Nonconformities'];
  const base = '/api/v1/nonconformities';
  const detail = (req: Parameters<typeof actorOf>[0], id: string) => getNc({ db, actor: actorOf(req) }, id);

  app.get(
    base,
    {
      config: signedIn('nonconformities.read'),
      schema: { tags, querystring: ncListQuery, response: { 200: ncList } },
    },
    (req) => listNcs(db, actorOf(req), req.query),
  );
  app.get(
    '/api/v1/my-work/nonconformities',
    { config: signedIn('nonconformities.myWork'), schema: { tags, response: { 200: ncWork } } },
    (req) => ncWorkOf(db, actorOf(req)),
  );
  app.get(
    `${base}/measures`,
    {
      config: signedIn('nonconformities.read'),
      schema: { tags, querystring: ncMeasuresQuery, response: { 200: ncMeasuresBody } },
    },
    (req) => ncMeasures(db, actorOf(req), req.query),
  );
  app.get(
    `${base}/register.xlsx`,
    {
      config: signedIn('nonconformities.read'),
      schema: {
        tags,
        querystring: ncListQuery.omit({ page: true, pageSize: true }),
        produces: [XLSX],
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary', description: 'XLSX' }) },
      },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', contentDisposition('so-theo-doi-su-khong-phu-hop.xlsx'))
        .header('cache-control', 'private, no-store')
        .send(await registerWorkbook(db, actorOf(req), req.query)),
  );
  app.post(
    base,
    {
      config: signedIn('nonconformities.create'),
      schema: { tags, body: createNcBody, response: { 201: ncDetail } },
    },
    async (req, reply) => {
      const row = await createNc(depsOf(db, req), req.body);
      return reply.code(201).send(await detail(req, row.id));
    },
  );
  app.get(
    `${base}/:id`,
    {
      config: signedIn('nonconformities.read'),
      schema: { tags, params: idParams, response: { 200: ncDetail } },
    },
    (req) => detail(req, req.params.id),
  );
  for (const [extension, type, render] of forms) {
    app.get(
      `${base}/:id/form.${extension}`,
      {
        config: signedIn('nonconformities.read'),
        schema: {
          tags,
          description: `Phiếu yêu cầu hành động khắc phục (${extension.toUpperCase()}), theo thể thức Nghị định 30/2020.`,
          params: idParams,
          produces: [type],
          response: {
            200: z.unknown().meta({ type: 'string', format: 'binary', description: extension.toUpperCase() }),
          },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const nc = await getNc({ db, actor }, req.params.id);
        const paper = correctiveActionForm(
          nc,
          await paperIssuer(db, actor.agencyId, nc.unitId),
          todayInVietnam(),
        );
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(`phieu-khac-phuc-${nc.code}.${extension}`))
          .header('cache-control', 'private, no-store')
          .send(await render(paper));
      },
    );
  }
  app.post(
    `${base}/:id/analysis`,
    {
      config: signedIn('nonconformities.edit'),
      schema: { tags, params: idParams, body: analysisBody, response: { 200: ncDetail } },
    },
    async (req) => {
      await analyseNc(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/actions`,
    {
      config: signedIn('nonconformities.edit'),
      schema: { tags, params: idParams, body: actionBody, response: { 200: ncDetail } },
    },
    async (req) => {
      await addAction(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/actions/:actionId/complete`,
    {
      config: signedIn('nonconformities.completeAction'),
      schema: { tags, params: actionParams, body: completeActionBody, response: { 200: ncDetail } },
    },
    async (req) => {
      await completeAction(depsOf(db, req), req.params.id, req.params.actionId, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/transitions`,
    {
      config: signedIn('nonconformities.transition'),
      schema: { tags, params: idParams, body: ncTransitionBody, response: { 200: ncDetail } },
    },
    async (req) => {
      await transitionNc(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/actions/:actionId/evidence`,
    {
      config: signedIn('nonconformities.completeAction'),
      schema: {
        tags,
        description: `Gửi tệp bằng chứng của hành động (multipart, trường "file": PDF, DOCX, XLSX, JPEG hoặc PNG, tối đa ${UPLOAD_LIMIT_TEXT}). Tệp được lưu vào hồ sơ của đơn vị về sự không phù hợp (theo Danh mục hồ sơ của năm; nếu danh mục chưa có, vào một hồ sơ mở ngoài danh mục) và hồ sơ đó được ghi lại trên phiếu.`,
        consumes: ['multipart/form-data'],
        params: actionParams,
        response: { 201: ncDetail },
      },
    },
    async (req, reply) => {
      await addEvidence(depsOf(db, req), files, req.params.id, req.params.actionId, await readUpload(req));
      return reply.code(201).send(await detail(req, req.params.id));
    },
  );
  app.get(
    `${base}/:id/evidence/:evidenceId`,
    {
      config: signedIn('nonconformities.read'),
      schema: {
        tags,
        description: 'Tải tệp bằng chứng của hành động khắc phục.',
        params: evidenceParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const file = await downloadEvidence(db, files, actorOf(req), req.params.id, req.params.evidenceId);
      return sendStoredFile(reply, file);
    },
  );
  app.get(
    '/api/v1/nonconformity-settings',
    {
      config: signedIn('nonconformities.read'),
      schema: { tags, response: { 200: ncSettingsView } },
    },
    (req) => getNcSettings(db, actorOf(req)),
  );
  app.put(
    '/api/v1/nonconformity-settings',
    {
      config: signedIn('nonconformities.configure'),
      schema: { tags, body: putNcSettingsBody, response: { 200: ncSettingsView } },
    },
    (req) => putNcSettings(depsOf(db, req), req.body),
  );
}
