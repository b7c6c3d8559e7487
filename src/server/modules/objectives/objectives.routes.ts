import { z } from 'zod';
import { idParams } from '../../../contract/common.ts';
import {
  approveValueBody,
  createObjectiveBody,
  indicatorBody,
  manualValueBody,
  manualValueForm,
  objectiveActionBody,
  objectiveDetail,
  objectiveList,
  objectiveListQuery,
  objectivesReportQuery,
  objectiveTransitionBody,
  planActionWork,
  raisedNc,
  raiseNcBody,
} from '../../../contract/objectives.ts';
import type { Db } from '../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../platform/files/files.ts';
import { contentDisposition, sendStoredFile } from '../../platform/http/content-disposition.ts';
import { DOCX, XLSX } from '../../platform/http/media-types.ts';
import { readFieldsAndFile } from '../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { lazy } from '../../platform/lazy.ts';
import { reportFrame } from '../../platform/papers/report-frame.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { agencyName, paperIssuer } from '../org/index.ts';
import { getObjective, listObjectives } from './objectives.queries.ts';
import {
  addIndicator,
  addPlanAction,
  completePlanAction,
  createObjective,
  raiseNonconformity,
  transitionObjective,
} from './objectives.service.ts';
import { approveValue, enterValue, valueEvidence } from './objectives.values.ts';
import { planActionWorkOf } from './objectives.work.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const actionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const valuesWorkbook = lazy(() => import('./objectives.xlsx.ts'), 'valuesWorkbook');
const objectivesReport = lazy(() => import('./objectives.report.ts'), 'objectivesReport');
const reportForms = [
  ['docx', DOCX, lazy(() => import('./objectives.report.ts'), 'objectivesReportDocx')],
  ['pdf', 'application/pdf', lazy(() => import('./objectives.report.ts'), 'objectivesReportPdf')],
] as const;

export function objectivesRoutes(app: Api, { db, files }: { db: Db; files: FileStore }) {
  const tags = ['Mục tiêu chất lượng / Quality objectives'];
  const base = '/api/v1/objectives';
  const detail = (req: Parameters<typeof actorOf>[0], id: string) => getObjective(db, actorOf(req), id);

  app.get(
    base,
    {
      config: signedIn('objectives.read'),
      schema: { tags, querystring: objectiveListQuery, response: { 200: objectiveList } },
    },
    (req) => listObjectives(db, actorOf(req), req.query),
  );
  app.get(
    `${base}/values.xlsx`,
    {
      config: signedIn('objectives.read'),
      schema: {
        tags,
        querystring: objectiveListQuery,
        produces: [XLSX],
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary', description: 'XLSX' }) },
      },
    },
    async (req, reply) => {
      const { year, buffer } = await valuesWorkbook(db, actorOf(req), req.query.year);
      return reply
        .type(XLSX)
        .header('content-disposition', contentDisposition(`ket-qua-muc-tieu-chat-luong-${year}.xlsx`))
        .header('cache-control', 'private, no-store')
        .send(buffer);
    },
  );
  for (const [extension, type, render] of reportForms) {
    app.get(
      `${base}/report.${extension}`,
      {
        config: signedIn('objectives.read'),
        schema: {
          tags,
          querystring: objectivesReportQuery,
          produces: [type],
          response: {
            200: z.unknown().meta({ type: 'string', format: 'binary', description: extension.toUpperCase() }),
          },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const [name, issuer] = await Promise.all([
          agencyName(db, actor.agencyId),
          paperIssuer(db, actor.agencyId, actor.unitId),
        ]);
        const report = await objectivesReport(db, actor, req.query, name);
        const frame = reportFrame(issuer, { place: req.query.place, date: todayInVietnam() });
        return reply
          .type(type)
          .header(
            'content-disposition',
            contentDisposition(`bao-cao-muc-tieu-chat-luong-${report.year}-${report.period}.${extension}`),
          )
          .header('cache-control', 'private, no-store')
          .send(await render(report, frame));
      },
    );
  }
  app.post(
    base,
    {
      config: signedIn('objectives.draft'),
      schema: { tags, body: createObjectiveBody, response: { 201: objectiveDetail } },
    },
    async (req, reply) => {
      const row = await createObjective(depsOf(db, req), req.body);
      return reply.code(201).send(await detail(req, row.id));
    },
  );
  app.get(
    `${base}/:id`,
    {
      config: signedIn('objectives.read'),
      schema: { tags, params: idParams, response: { 200: objectiveDetail } },
    },
    (req) => detail(req, req.params.id),
  );
  app.post(
    `${base}/:id/transitions`,
    {
      config: signedIn('objectives.transition'),
      schema: { tags, params: idParams, body: objectiveTransitionBody, response: { 200: objectiveDetail } },
    },
    async (req) => {
      await transitionObjective(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/indicators`,
    {
      config: signedIn('objectives.draft'),
      schema: { tags, params: idParams, body: indicatorBody, response: { 201: objectiveDetail } },
    },
    async (req, reply) => {
      await addIndicator(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await detail(req, req.params.id));
    },
  );
  app.post(
    `${base}/indicators/:id/values`,
    {
      config: signedIn('objectives.enterValue'),
      schema: {
        tags,
        description: `Nhập giá trị của chỉ số cho một kỳ, kèm bằng chứng: ghi chú, tệp hoặc cả hai (ít nhất một). JSON { periodStart, value, evidenceNote? } hoặc multipart với cùng các trường và tệp bằng chứng ở trường "file" (PDF, DOCX, XLSX, JPEG hoặc PNG, tối đa ${UPLOAD_LIMIT_TEXT}); tệp được lưu vào hồ sơ của đơn vị về mục tiêu chất lượng.`,
        consumes: ['application/json', 'multipart/form-data'],
        params: idParams,
        response: { 201: objectiveDetail },
      },
    },
    async (req, reply) => {
      const { body, file } = await readFieldsAndFile(
        req,
        req.isMultipart() ? manualValueForm : manualValueBody,
      );
      const objectiveId = await enterValue(depsOf(db, req), files, req.params.id, body, file);
      return reply.code(201).send(await detail(req, objectiveId));
    },
  );
  app.get(
    `${base}/values/:id/evidence`,
    {
      config: signedIn('objectives.read'),
      schema: {
        tags,
        description: 'Tải tệp bằng chứng của giá trị nhập tay (người xem được mục tiêu).',
        params: idParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => sendStoredFile(reply, await valueEvidence(db, files, actorOf(req), req.params.id)),
  );
  app.post(
    `${base}/indicators/:id/nonconformity`,
    {
      config: signedIn('objectives.raiseNonconformity'),
      schema: { tags, params: idParams, body: raiseNcBody, response: { 201: raisedNc } },
    },
    async (req, reply) => {
      const nc = await raiseNonconformity(depsOf(db, req), req.params.id, req.body.periodStart);
      return reply.code(201).send({ id: nc.id, code: nc.code });
    },
  );
  app.post(
    `${base}/values/:id/approve`,
    {
      config: signedIn('objectives.approveValue'),
      schema: { tags, params: idParams, body: approveValueBody, response: { 200: objectiveDetail } },
    },
    async (req) => {
      const objectiveId = await approveValue(depsOf(db, req), req.params.id, req.body);
      return detail(req, objectiveId);
    },
  );
  app.post(
    `${base}/:id/actions`,
    {
      config: signedIn('objectives.draft'),
      schema: { tags, params: idParams, body: objectiveActionBody, response: { 200: objectiveDetail } },
    },
    async (req) => {
      await addPlanAction(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/actions/:actionId/complete`,
    {
      config: signedIn('objectives.completeAction'),
      schema: { tags, params: actionParams, response: { 200: objectiveDetail } },
    },
    async (req) => {
      await completePlanAction(depsOf(db, req), req.params.id, req.params.actionId);
      return detail(req, req.params.id);
    },
  );
  app.get(
    '/api/v1/my-work/objectives',
    { config: signedIn('objectives.myWork'), schema: { tags, response: { 200: planActionWork } } },
    (req) => planActionWorkOf(db, actorOf(req)),
  );
}
