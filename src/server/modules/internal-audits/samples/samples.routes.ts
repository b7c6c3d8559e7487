import { z } from 'zod';
import { idParams, okBody } from '../../../../contract/common.ts';
import { versionQuery } from '../../../../contract/internal-audits.ts';
import {
  candidatesQuery,
  sampleCandidates as candidatesView,
  sampleBody,
  sampleList,
  seenBody,
} from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { base, signedIn, tags } from '../programme/programme.routes.ts';
import { dropSample, listSamples, recordSeen, sampleCandidates, takeSample } from './samples.service.ts';

const sampleParams = z.object({ id: z.uuid(), sampleId: z.uuid() });

/** Evidence from real work: samples of an audited procedure's cases and files. */
export function samplesRoutes(app: Api, { db }: { db: Db }) {
  const list = `${base}/round-audits/:id/samples`;
  app.get(
    list,
    {
      config: signedIn('internalAudits.readRoundAudit'),
      schema: { tags, params: idParams, response: { 200: sampleList } },
    },
    (req) => listSamples(db, actorOf(req), req.params.id),
  );
  app.get(
    `${base}/round-audits/:id/sample-candidates`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, querystring: candidatesQuery, response: { 200: candidatesView } },
    },
    (req) => sampleCandidates(db, actorOf(req), req.params.id, req.query),
  );
  app.post(
    list,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: sampleBody, response: { 201: sampleList } },
    },
    async (req, reply) => {
      await takeSample(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await listSamples(db, actorOf(req), req.params.id));
    },
  );
  app.patch(
    `${list}/:sampleId`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: sampleParams, body: seenBody, response: { 200: sampleList } },
    },
    async (req) => {
      await recordSeen(depsOf(db, req), req.params.id, req.params.sampleId, req.body);
      return listSamples(db, actorOf(req), req.params.id);
    },
  );
  app.delete(
    `${list}/:sampleId`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: sampleParams, querystring: versionQuery, response: { 200: okBody } },
    },
    async (req) => {
      await dropSample(depsOf(db, req), req.params.id, req.params.sampleId, req.query.version);
      return { ok: true as const };
    },
  );
}
