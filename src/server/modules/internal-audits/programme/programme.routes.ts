import { idParams, okBody } from '../../../../contract/common.ts';
import {
  coverageView,
  createProgrammeBody,
  programmeList,
  programmeTransitionBody,
  programmeView,
  riskView,
  roundBody,
  roundSummary,
  settingsBody,
  settingsView,
  updateProgrammeBody,
  updateRoundBody,
  versionQuery,
} from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { roundSummaries } from '../internal-audits.names.ts';
import { programmeCoverage } from './coverage.ts';
import { createProgramme, listProgrammes, updateProgramme } from './programme.service.ts';
import { transitionProgramme } from './programme.transition.ts';
import { getProgramme } from './programme.view.ts';
import { programmeRisk } from './risk.ts';
import { createRound, deleteRound, updateRound } from './rounds.service.ts';
import { getAuditSettings, putAuditSettings } from './settings.ts';

export const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
export const tags = ['Đánh giá nội bộ / Internal audit'];
export const base = '/api/v1/internal-audits';

/** The programme of a year, its rounds, its approval, the coverage check, the risk aid, the settings. */
export function programmeRoutes(app: Api, { db }: { db: Db }) {
  const programmes = `${base}/programmes`;
  app.get(
    programmes,
    { config: signedIn('internalAudits.read'), schema: { tags, response: { 200: programmeList } } },
    (req) => listProgrammes(db, actorOf(req)),
  );
  app.post(
    programmes,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, body: createProgrammeBody, response: { 201: programmeView } },
    },
    async (req, reply) => {
      const row = await createProgramme(depsOf(db, req), req.body);
      return reply.code(201).send(await getProgramme(db, actorOf(req), row.id));
    },
  );
  app.get(
    `${programmes}/:id`,
    {
      config: signedIn('internalAudits.read'),
      schema: { tags, params: idParams, response: { 200: programmeView } },
    },
    (req) => getProgramme(db, actorOf(req), req.params.id),
  );
  app.patch(
    `${programmes}/:id`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: updateProgrammeBody, response: { 200: programmeView } },
    },
    async (req) => {
      await updateProgramme(depsOf(db, req), req.params.id, req.body);
      return getProgramme(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${programmes}/:id/transitions`,
    {
      config: signedIn('internalAudits.approve'),
      schema: { tags, params: idParams, body: programmeTransitionBody, response: { 200: programmeView } },
    },
    async (req) => {
      await transitionProgramme(depsOf(db, req), req.params.id, req.body);
      return getProgramme(db, actorOf(req), req.params.id);
    },
  );
  app.get(
    `${programmes}/:id/coverage`,
    {
      config: signedIn('internalAudits.read'),
      schema: { tags, params: idParams, response: { 200: coverageView } },
    },
    (req) => programmeCoverage(db, actorOf(req), req.params.id),
  );
  app.get(
    `${programmes}/:id/risk`,
    {
      config: signedIn('internalAudits.read'),
      schema: { tags, params: idParams, response: { 200: riskView } },
    },
    (req) => programmeRisk(db, actorOf(req), req.params.id),
  );
  app.post(
    `${programmes}/:id/rounds`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: roundBody, response: { 201: roundSummary } },
    },
    async (req, reply) => {
      const row = await createRound(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send((await roundSummaries(db, row.agencyId, [row]))[0]);
    },
  );
  app.patch(
    `${base}/rounds/:id`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: updateRoundBody, response: { 200: roundSummary } },
    },
    async (req) => {
      const row = await updateRound(depsOf(db, req), req.params.id, req.body);
      return (await roundSummaries(db, row.agencyId, [row]))[0];
    },
  );
  app.delete(
    `${base}/rounds/:id`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, querystring: versionQuery, response: { 200: okBody } },
    },
    async (req) => {
      await deleteRound(depsOf(db, req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );
  app.get(
    `${base}/settings`,
    { config: signedIn('internalAudits.read'), schema: { tags, response: { 200: settingsView } } },
    (req) => getAuditSettings(db, actorOf(req)),
  );
  app.put(
    `${base}/settings`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, body: settingsBody, response: { 200: settingsView } },
    },
    (req) => putAuditSettings(depsOf(db, req), req.body),
  );
}
