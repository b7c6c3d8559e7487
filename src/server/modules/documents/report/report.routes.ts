import { z } from 'zod';
import {
  statusReport,
  statusReportPaperQuery,
  statusReportQuery,
} from '../../../../contract/document-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { DOCX, XLSX } from '../../../platform/http/media-types.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import { reportFrame } from '../../../platform/papers/report-frame.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { paperIssuer } from '../../org/index.ts';
import { documentsStatusReport } from './report.service.ts';

const statusReportDocx = lazy(() => import('./report.docx.ts'), 'statusReportDocx');
const statusReportPdf = lazy(() => import('./report.docx.ts'), 'statusReportPdf');
const statusReportXlsx = lazy(() => import('./report.xlsx.ts'), 'statusReportXlsx');

const config = { access: 'signed-in' as const, policy: 'reports.documentsStatus' };
const tags = ['Báo cáo / Reports'];
/** A file in the body, not JSON (documented as binary in OpenAPI). */
const file = (description: string) => z.unknown().meta({ type: 'string', format: 'binary', description });

type Frame = ReturnType<typeof reportFrame>;
type Render = (report: Awaited<ReturnType<typeof documentsStatusReport>>, frame: Frame) => Promise<Buffer>;
/** XLSX is the table to work on; DOCX and PDF are the báo cáo (Nghị định 30/2020) to sign. */
const formats: Record<string, { type: string; render: Render; what: string }> = {
  xlsx: {
    type: XLSX,
    render: (report) => statusReportXlsx(report),
    what: 'bảng số liệu',
  },
  docx: {
    type: DOCX,
    render: statusReportDocx,
    what: 'báo cáo theo thể thức Nghị định 30/2020',
  },
  pdf: { type: 'application/pdf', render: statusReportPdf, what: 'báo cáo theo thể thức Nghị định 30/2020' },
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
          description: `Báo cáo tình hình xây dựng, cải tiến tài liệu (${extension.toUpperCase()}: ${format.what}). place: địa danh in trước ngày tháng (mặc định Hà Nội).`,
          querystring: statusReportPaperQuery,
          response: { 200: file(`Tệp ${extension.toUpperCase()}`) },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const { place, ...period } = req.query;
        const [report, issuer] = await Promise.all([
          documentsStatusReport(db, actor, period),
          paperIssuer(db, actor.agencyId, actor.unitId),
        ]);
        const frame = reportFrame(issuer, { place, date: todayInVietnam() });
        const name = `bao-cao-tai-lieu-${report.from}-${report.to}.${extension}`;
        return reply
          .header('content-type', format.type)
          .header('content-disposition', contentDisposition(name))
          .send(await format.render(report, frame));
      },
    );
  }
}
