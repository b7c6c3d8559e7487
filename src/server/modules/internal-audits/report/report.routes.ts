import { z } from 'zod';
import { idParams } from '../../../../contract/common.ts';
import { reportBody, reportTransitionBody, reportView } from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { DOCX, XLSX } from '../../../platform/http/media-types.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { base, signedIn, tags } from '../programme/programme.routes.ts';
import { renderAuditReport } from './report.render.ts';
import { getReport, saveReport, transitionReport } from './report.service.ts';

const files = [
  ['docx', DOCX],
  ['pdf', 'application/pdf'],
  ['xlsx', XLSX],
] as const;

/** Báo cáo kết quả đánh giá nội bộ of a round: drafted, submitted, approved; DOCX, PDF, XLSX. */
export function reportRoutes(app: Api, { db }: { db: Db }) {
  const url = `${base}/rounds/:id/report`;
  app.get(
    url,
    {
      config: signedIn('internalAudits.readRound'),
      schema: { tags, params: idParams, response: { 200: reportView } },
    },
    (req) => getReport(db, actorOf(req), req.params.id),
  );
  app.put(
    url,
    {
      config: signedIn('internalAudits.runRound'),
      schema: { tags, params: idParams, body: reportBody, response: { 200: reportView } },
    },
    async (req) => {
      await saveReport(depsOf(db, req), req.params.id, req.body);
      return getReport(db, actorOf(req), req.params.id);
    },
  );
  app.post(
    `${url}/transitions`,
    {
      config: signedIn('internalAudits.approveReport'),
      schema: { tags, params: idParams, body: reportTransitionBody, response: { 200: reportView } },
    },
    async (req) => {
      await transitionReport(depsOf(db, req), req.params.id, req.body);
      return getReport(db, actorOf(req), req.params.id);
    },
  );
  for (const [extension, type] of files) {
    app.get(
      `${url}.${extension}`,
      {
        config: signedIn('internalAudits.readRound'),
        schema: {
          tags,
          description:
            extension === 'xlsx'
              ? 'Danh sách phát hiện của đợt đánh giá (XLSX).'
              : `Báo cáo kết quả đánh giá nội bộ (${extension.toUpperCase()}), theo thể thức Nghị định 30/2020.`,
          params: idParams,
          produces: [type],
          response: {
            200: z.unknown().meta({ type: 'string', format: 'binary', description: extension.toUpperCase() }),
          },
        },
      },
      async (req, reply) => {
        const { fileName, body } = await renderAuditReport(db, actorOf(req), req.params.id, extension);
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(fileName))
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
  }
}
