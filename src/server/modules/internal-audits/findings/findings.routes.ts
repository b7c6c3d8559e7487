import { idParams } from '../../../../contract/common.ts';
import {
  closeFindingBody,
  findingBody,
  findingList,
  findingView,
  handOverBody,
  myAuditsView,
  respondFindingBody,
  updateFindingBody,
} from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { base, signedIn, tags } from '../programme/programme.routes.ts';
import { myAudits, unitFindings } from './findings.lists.ts';
import {
  closeFinding,
  findingsOfRoundAudit,
  getFinding,
  handOverFinding,
  recordFinding,
  respondToFinding,
  updateFinding,
} from './findings.service.ts';

/** Findings of a unit's audit: recorded by its auditors, answered by the unit, handed to corrective action. */
export function findingsRoutes(app: Api, { db }: { db: Db }) {
  const ofAudit = `${base}/round-audits/:id/findings`;
  const one = `${base}/findings/:id`;
  app.get(
    ofAudit,
    {
      config: signedIn('internalAudits.readRoundAudit'),
      schema: { tags, params: idParams, response: { 200: findingList } },
    },
    (req) => findingsOfRoundAudit(db, actorOf(req), req.params.id),
  );
  app.post(
    ofAudit,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: findingBody, response: { 201: findingView } },
    },
    async (req, reply) => {
      const row = await recordFinding(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await getFinding(db, actorOf(req), row.id));
    },
  );
  app.get(
    one,
    {
      config: signedIn('internalAudits.readRoundAudit'),
      schema: { tags, params: idParams, response: { 200: findingView } },
    },
    (req) => getFinding(db, actorOf(req), req.params.id),
  );
  app.patch(
    one,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: updateFindingBody, response: { 200: findingView } },
    },
    async (req) => {
      await updateFinding(depsOf(db, req), req.params.id, req.body);
      return getFinding(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${one}/respond`,
    {
      config: signedIn('internalAudits.auditee'),
      schema: { tags, params: idParams, body: respondFindingBody, response: { 200: findingView } },
    },
    async (req) => {
      await respondToFinding(depsOf(db, req), req.params.id, req.body);
      return getFinding(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${one}/hand-over`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: handOverBody, response: { 200: findingView } },
    },
    async (req) => {
      await handOverFinding(depsOf(db, req), req.params.id, req.body.version);
      return getFinding(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${one}/close`,
    {
      config: signedIn('internalAudits.runRound'),
      schema: { tags, params: idParams, body: closeFindingBody, response: { 200: findingView } },
    },
    async (req) => {
      await closeFinding(depsOf(db, req), req.params.id, req.body.version);
      return getFinding(db, actorOf(req), req.params.id);
    },
  );
  app.get(
    `${base}/unit-findings`,
    { config: signedIn('internalAudits.auditee'), schema: { tags, response: { 200: findingList } } },
    (req) => unitFindings(db, actorOf(req)),
  );
  app.get(
    `${base}/my-audits`,
    { config: signedIn('internalAudits.auditor'), schema: { tags, response: { 200: myAuditsView } } },
    (req) => myAudits(db, actorOf(req)),
  );
}
