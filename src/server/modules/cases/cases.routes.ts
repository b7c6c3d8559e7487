import type { FastifyRequest } from 'fastify';
import {
  cancelCaseBody,
  caseDetail,
  caseList,
  caseListQuery,
  completeStepBody,
  inboxPage,
  inboxQuery,
  reassignBody,
  returnStepBody,
  startCaseBody,
  startOptions as startOptionsBody,
  startOptionsQuery,
  versionBody,
} from '../../../contract/cases.ts';
import { idParams, okBody } from '../../../contract/common.ts';
import type { Db } from '../../db/connection.ts';
import { type FileStore, UPLOAD_LIMIT_TEXT } from '../../platform/files/files.ts';
import { readFieldsAndFile } from '../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../platform/http/request-context.ts';
import type { Api } from '../../platform/http/typed.ts';
import type { Mailer } from '../../platform/mail/mail.ts';
import { getCase, listCases } from './cases.queries.ts';
import { listMyCaseSteps } from './inbox/inbox.service.ts';
import { startCase, startOptions } from './start/start.service.ts';
import { cancelCase, claimStep, completeStep, reassignStep, returnStep } from './steps/steps.service.ts';

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });

export function casesRoutes(app: Api, { db, files, mailer }: { db: Db; files: FileStore; mailer: Mailer }) {
  const tags = ['Xử lý công việc / Work cases'];
  const base = '/api/v1/cases';
  const detail = async (req: FastifyRequest, id: string) => getCase(db, actorOf(req), id);

  app.get(
    base,
    {
      config: signedIn('cases.read'),
      schema: { tags, querystring: caseListQuery, response: { 200: caseList } },
    },
    (req) => listCases(db, actorOf(req), req.query),
  );
  app.get(
    `${base}/start-options`,
    {
      config: signedIn('cases.start'),
      schema: {
        tags,
        description:
          'Những gì cần để bắt đầu công việc: quy trình đang hiệu lực, các mục danh mục hồ sơ để chọn, người của đơn vị.',
        querystring: startOptionsQuery,
        response: { 200: startOptionsBody },
      },
    },
    (req) => startOptions(db, actorOf(req), req.query),
  );
  app.post(
    base,
    {
      config: signedIn('cases.start'),
      schema: {
        tags,
        description:
          'Bắt đầu công việc từ phiên bản quy trình đang hiệu lực; mở hồ sơ (theo danh mục hồ sơ) trong cùng giao dịch.',
        body: startCaseBody,
        response: { 201: caseDetail },
      },
    },
    async (req, reply) => {
      const row = await startCase({ ...depsOf(db, req), mailer }, req.body);
      return reply.code(201).send(await detail(req, row.id));
    },
  );
  app.get(
    `${base}/:id`,
    { config: signedIn('cases.read'), schema: { tags, params: idParams, response: { 200: caseDetail } } },
    (req) => detail(req, req.params.id),
  );
  app.post(
    `${base}/:id/claim`,
    {
      config: signedIn('cases.claim'),
      schema: { tags, params: idParams, body: versionBody, response: { 200: caseDetail } },
    },
    async (req) => {
      await claimStep({ ...depsOf(db, req), mailer }, req.params.id, req.body.version);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/complete`,
    {
      config: signedIn('cases.complete'),
      schema: {
        tags,
        description: `Hoàn thành bước đang xử lý. JSON { version, output?, decision?, doneDate?, nextAssigneeId? } hoặc multipart với cùng các trường và tệp kết quả ở trường "file" (PDF, DOCX, XLSX; tối đa ${UPLOAD_LIMIT_TEXT}).`,
        consumes: ['application/json', 'multipart/form-data'],
        params: idParams,
        response: { 200: caseDetail },
      },
    },
    async (req) => {
      // JSON, or multipart with the same fields and the output file as "file".
      const { body, file: upload } = await readFieldsAndFile(req, completeStepBody);
      await completeStep({ ...depsOf(db, req), mailer }, files, req.params.id, body, upload);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/return`,
    {
      config: signedIn('cases.returnStep'),
      schema: { tags, params: idParams, body: returnStepBody, response: { 200: caseDetail } },
    },
    async (req) => {
      await returnStep({ ...depsOf(db, req), mailer }, req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/reassign`,
    {
      config: signedIn('cases.reassign'),
      schema: {
        tags,
        description:
          'Giao bước đang xử lý cho người khác. Người vừa chuyển giao có thể không còn xem được công việc.',
        params: idParams,
        body: reassignBody,
        response: { 200: okBody },
      },
    },
    async (req) => {
      await reassignStep({ ...depsOf(db, req), mailer }, req.params.id, req.body);
      return { ok: true as const };
    },
  );
  app.post(
    `${base}/:id/cancel`,
    {
      config: signedIn('cases.cancel'),
      schema: { tags, params: idParams, body: cancelCaseBody, response: { 200: caseDetail } },
    },
    async (req) => {
      await cancelCase({ ...depsOf(db, req), mailer }, req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );
  app.get(
    '/api/v1/my-work/case-steps',
    {
      config: signedIn('cases.inbox'),
      schema: {
        tags,
        description: 'Các bước công việc của tôi: quá hạn trước, rồi theo hạn xử lý.',
        querystring: inboxQuery,
        response: { 200: inboxPage },
      },
    },
    (req) => listMyCaseSteps(db, actorOf(req), req.query),
  );
}
