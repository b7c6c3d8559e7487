import { idParams } from '../../../../contract/common.ts';
import {
  decisionNumberBody,
  decisionNumberProposal,
  decisionNumberQuery,
  versionView,
} from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { getVersionView } from '../documents.queries.ts';
import { proposeDecisionNo } from './decisions.register.ts';
import { numberDecision } from './decisions.service.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

/** Decision numbers: the register's proposal, and the văn thư numbering a signed decision. */
export function decisionRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/documents/decision-number',
    {
      config: signedIn('documents.proposeDecisionNo'),
      schema: { tags, querystring: decisionNumberQuery, response: { 200: decisionNumberProposal } },
    },
    (req) =>
      proposeDecisionNo(db, actorOf(req).agencyId, req.query.year ?? Number(todayInVietnam().slice(0, 4))),
  );
  app.post(
    '/api/v1/document-versions/:id/decision-number',
    {
      config: signedIn('documents.numberDecision'),
      schema: { tags, params: idParams, body: decisionNumberBody, response: { 200: versionView } },
    },
    async (req) => {
      await numberDecision(depsOf(db, req), req.params.id, req.body);
      return getVersionView(db, actorOf(req), req.params.id);
    },
  );
}
