import { idParams, okBody } from '../../../../contract/common.ts';
import {
  auditorCandidates as auditorCandidatesBody,
  crossAssignmentView,
  proposeBody,
  roundAuditBody,
  roundAuditView,
  roundTransitionBody,
  roundView,
  scheduleList,
  teamBody,
  updateRoundAuditBody,
  versionQuery,
} from '../../../../contract/internal-audits.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { base, signedIn, tags } from '../programme/programme.routes.ts';
import { proposeForRound } from './propose.service.ts';
import { transitionRound } from './round.transition.ts';
import { getRound, getRoundAudit, mySchedule } from './round.view.ts';
import { addRoundAudit, deleteRoundAudit, updateRoundAudit } from './schedule.service.ts';
import { auditorCandidates, setTeam } from './team.service.ts';

/** The audit plan of a round: team, schedule per unit, cross-assignment, publishing; and who reads it. */
export function planRoutes(app: Api, { db }: { db: Db }) {
  const rounds = `${base}/rounds`;
  const audits = `${base}/round-audits`;
  app.get(
    `${base}/auditors`,
    { config: signedIn('internalAudits.plan'), schema: { tags, response: { 200: auditorCandidatesBody } } },
    (req) => auditorCandidates(db, actorOf(req)),
  );
  app.get(
    `${base}/schedule`,
    { config: signedIn('internalAudits.schedule'), schema: { tags, response: { 200: scheduleList } } },
    (req) => mySchedule(db, actorOf(req)),
  );
  app.get(
    `${rounds}/:id`,
    {
      config: signedIn('internalAudits.readRound'),
      schema: { tags, params: idParams, response: { 200: roundView } },
    },
    (req) => getRound(db, actorOf(req), req.params.id),
  );
  app.put(
    `${rounds}/:id/team`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: teamBody, response: { 200: roundView } },
    },
    async (req) => {
      await setTeam(depsOf(db, req), req.params.id, req.body);
      return getRound(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${rounds}/:id/audits`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: roundAuditBody, response: { 201: roundAuditView } },
    },
    async (req, reply) => {
      const row = await addRoundAudit(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await getRoundAudit(db, actorOf(req), row.id));
    },
  );
  app.post(
    `${rounds}/:id/propose-cross-assignment`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: proposeBody, response: { 200: crossAssignmentView } },
    },
    (req) => proposeForRound(depsOf(db, req), req.params.id, req.body.version),
  );
  app.post(
    `${rounds}/:id/transitions`,
    {
      config: signedIn('internalAudits.runRound'),
      schema: { tags, params: idParams, body: roundTransitionBody, response: { 200: roundView } },
    },
    async (req) => {
      await transitionRound(depsOf(db, req), req.params.id, req.body);
      return getRound(db, actorOf(req), req.params.id);
    },
  );
  app.get(
    `${audits}/:id`,
    {
      config: signedIn('internalAudits.readRoundAudit'),
      schema: { tags, params: idParams, response: { 200: roundAuditView } },
    },
    (req) => getRoundAudit(db, actorOf(req), req.params.id),
  );
  app.patch(
    `${audits}/:id`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: updateRoundAuditBody, response: { 200: roundAuditView } },
    },
    async (req) => {
      await updateRoundAudit(depsOf(db, req), req.params.id, req.body);
      return getRoundAudit(db, actorOf(req), req.params.id);
    },
  );
  app.delete(
    `${audits}/:id`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, querystring: versionQuery, response: { 200: okBody } },
    },
    async (req) => {
      await deleteRoundAudit(depsOf(db, req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );
}
