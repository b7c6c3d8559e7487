import { z } from 'zod';
import { statusReport, statusReportQuery } from '../../../../contract/document-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import { documentsStatusReport } from './report.service.ts';

const statusReportDocx = lazy(() => import('./report.docx.ts'), 'statusReportDocx');
const statusReportXlsx = lazy(() => import('./report.xlsx.ts'), 'statusReportXlsx');

const config = { access: 'signed-in' as const, policy: 'reports.documentsStatus' };
const tags = ['Báo cáo / Reports'];
/** A file in the body, not JSON (documented as binary in OpenAPI). */
const file = (description: string) => z.unknown().meta({ type: 'string', format: 'binary', description });

const formats = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: statusReportXlsx,
  },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: statusReportDocx,
  },
};

export function reportRoutes(app: Api, { db }: { db: Db }) {
  app.get(
    '/api/v1/reports/documents-status',
    {
      config,
      schema: {
        tags,
        description:
          'Tình hình xây dựng, cải tiến tài liệu trong kỳ, theo đơn vị chủ trì: cải tiến, xây dựng mới, chờ phê duyệt, đã ban hành, thu hồi.',
        querystring: statusReportQuery,
        response: { 200: statusReport },
      },
    },
    (req) => documentsStatusReport(db, actorOf(req), req.query),
  );
  for (const [extension, format] of Object.entries(formats)) {
    app.get(
      `/api/v1/reports/documents-status.${extension}`,
      {
        config,
        schema: {
          tags,
          description: `Báo cáo tình hình xây dựng, cải tiến tài liệu (${extension.toUpperCase()}).`,
          querystring: statusReportQuery,
          response: { 200: file(`Tệp ${extension.toUpperCase()}`) },
        },
      },
      async (req, reply) => {
        const report = await documentsStatusReport(db, actorOf(req), req.query);
        const name = `bao-cao-tai-lieu-${req.query.from}-${req.query.to}.${extension}`;
        return reply
          .header('content-type', format.type)
          .header('content-disposition', contentDisposition(name))
          .send(await format.render(report));
      },
    );
  }
}
