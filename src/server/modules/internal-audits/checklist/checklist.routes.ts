import { z } from 'zod';
import { idParams, okBody } from '../../../../contract/common.ts';
import { versionQuery } from '../../../../contract/internal-audits.ts';
import {
  answerChecklistItemBody,
  checklistGenerateBody,
  checklistItemBody,
  checklistView,
  questionBody,
  questionList,
  questionView,
  reorderChecklistBody,
  updateChecklistItemBody,
  updateQuestionBody,
} from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { base, signedIn, tags } from '../programme/programme.routes.ts';
import {
  addChecklistItem,
  answerChecklistItem,
  generateChecklist,
  getChecklist,
  removeChecklistItem,
  reorderChecklist,
  updateChecklistItem,
} from './checklist.service.ts';
import { createQuestion, listQuestions, updateQuestion } from './questions.service.ts';

const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Danh mục kiểm tra of a unit's audit, and the agency's question bank. */
export function checklistRoutes(app: Api, { db }: { db: Db }) {
  const list = `${base}/round-audits/:id/checklist`;
  const reply200 = { 200: checklistView };
  app.get(
    list,
    {
      config: signedIn('internalAudits.readRoundAudit'),
      schema: { tags, params: idParams, response: reply200 },
    },
    (req) => getChecklist(db, actorOf(req), req.params.id),
  );
  app.post(
    `${list}/generate`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: checklistGenerateBody, response: reply200 },
    },
    async (req) => {
      await generateChecklist(depsOf(db, req), req.params.id, req.body);
      return getChecklist(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${list}/items`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: checklistItemBody, response: { 201: checklistView } },
    },
    async (req, reply) => {
      await addChecklistItem(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await getChecklist(db, actorOf(req), req.params.id));
    },
  );
  app.put(
    `${list}/order`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: idParams, body: reorderChecklistBody, response: reply200 },
    },
    async (req) => {
      await reorderChecklist(depsOf(db, req), req.params.id, req.body);
      return getChecklist(db, actorOf(req), req.params.id);
    },
  );
  app.patch(
    `${list}/items/:itemId`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: itemParams, body: updateChecklistItemBody, response: reply200 },
    },
    async (req) => {
      await updateChecklistItem(depsOf(db, req), req.params.id, req.params.itemId, req.body);
      return getChecklist(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${list}/items/:itemId/answer`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: itemParams, body: answerChecklistItemBody, response: reply200 },
    },
    async (req) => {
      await answerChecklistItem(depsOf(db, req), req.params.id, req.params.itemId, req.body);
      return getChecklist(db, actorOf(req), req.params.id);
    },
  );
  app.delete(
    `${list}/items/:itemId`,
    {
      config: signedIn('internalAudits.auditor'),
      schema: { tags, params: itemParams, querystring: versionQuery, response: { 200: okBody } },
    },
    async (req) => {
      await removeChecklistItem(depsOf(db, req), req.params.id, req.params.itemId, req.query.version);
      return { ok: true as const };
    },
  );

  const questions = `${base}/questions`;
  app.get(
    questions,
    { config: signedIn('internalAudits.questions'), schema: { tags, response: { 200: questionList } } },
    (req) => listQuestions(db, actorOf(req)),
  );
  app.post(
    questions,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, body: questionBody, response: { 201: questionView } },
    },
    async (req, reply) => reply.code(201).send(await createQuestion(depsOf(db, req), req.body)),
  );
  app.patch(
    `${questions}/:id`,
    {
      config: signedIn('internalAudits.plan'),
      schema: { tags, params: idParams, body: updateQuestionBody, response: { 200: questionView } },
    },
    (req) => updateQuestion(depsOf(db, req), req.params.id, req.body),
  );
}
