import { z } from 'zod';
import { idParams } from '../../../contract/common.ts';
import {
  createRiskBody,
  riskDetail,
  riskList,
  riskListQuery,
  riskTransitionBody,
  treatmentBody,
  treatmentWork,
  updateRiskBody,
} from '../../../contract/risks.ts';
import type { Db } from '../../db/connection.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import { XLSX } from '../../platform/http/media-types.ts';
import { actorOf, depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import { lazy } from '../../platform/lazy.ts';
import { getRisk, listRisks } from './risks.queries.ts';
import { createRisk, planTreatment, transitionRisk, updateRisk } from './risks.service.ts';
import { treatmentWorkOf } from './risks.work.ts';

const registerWorkbook = lazy(() => import('./risks.xlsx.ts'), 'riskRegisterWorkbook');

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

/** Sổ rủi ro và cơ hội (ISO 9001 6.1): the register, a risk, its treatment and closing review. */
export function risksRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Rủi ro và cơ hội / Risks and opportunities'];
  const base = '/api/v1/risks';
  const detail = (req: Parameters<typeof actorOf>[0], id: string) => getRisk({ db, actor: actorOf(req) }, id);

  app.get(
    base,
    {
      config: signedIn('risks.read'),
      schema: { tags, querystring: riskListQuery, response: { 200: riskList } },
    },
    (req) => listRisks(db, actorOf(req), req.query),
  );
  app.get(
    `${base}/register.xlsx`,
    {
      config: signedIn('risks.read'),
      schema: {
        tags,
        querystring: riskListQuery.omit({ page: true, pageSize: true }),
        produces: [XLSX],
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary', description: 'XLSX' }) },
      },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', contentDisposition('so-rui-ro-va-co-hoi.xlsx'))
        .header('cache-control', 'private, no-store')
        .send(await registerWorkbook(db, actorOf(req), req.query)),
  );
  app.post(
    base,
    { config: signedIn('risks.edit'), schema: { tags, body: createRiskBody, response: { 201: riskDetail } } },
    async (req, reply) => {
      const row = await createRisk(depsOf(db, req), req.body);
      return reply.code(201).send(await detail(req, row.id));
    },
  );
  app.get(
    `${base}/:id`,
    { config: signedIn('risks.read'), schema: { tags, params: idParams, response: { 200: riskDetail } } },
    (req) => detail(req, req.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: signedIn('risks.edit'),
      schema: { tags, params: idParams, body: updateRiskBody, response: { 200: riskDetail } },
    },
    async (req) => {
      await updateRisk(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/treatment`,
    {
      config: signedIn('risks.edit'),
      schema: { tags, params: idParams, body: treatmentBody, response: { 200: riskDetail } },
    },
    async (req) => {
      await planTreatment(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/transitions`,
    {
      config: signedIn('risks.transition'),
      schema: { tags, params: idParams, body: riskTransitionBody, response: { 200: riskDetail } },
    },
    async (req) => {
      await transitionRisk(depsOf(db, req), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.get(
    '/api/v1/my-work/risks',
    { config: signedIn('risks.myWork'), schema: { tags, response: { 200: treatmentWork } } },
    (req) => treatmentWorkOf(db, actorOf(req)),
  );
}
