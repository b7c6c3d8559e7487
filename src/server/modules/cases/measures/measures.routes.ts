import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  caseMeasures,
  caseMeasuresPaperQuery,
  caseMeasuresQuery,
} from '../../../../contract/case-measures.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { DOCX, XLSX } from '../../../platform/http/media-types.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { reportFrame } from '../../../platform/papers/report-frame.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { documentRows } from '../../documents/index.ts';
import { agencyRows, paperIssuer, unitRows } from '../../org/index.ts';
import { caseMeasures as measure } from './measures.service.ts';

const caseMeasuresXlsx = lazy(() => import('./measures.xlsx.ts'), 'caseMeasuresXlsx');
const caseMeasuresDocx = lazy(() => import('./measures.paper.ts'), 'caseMeasuresDocx');
const caseMeasuresPdf = lazy(() => import('./measures.paper.ts'), 'caseMeasuresPdf');

const documents = documentRows();

const agencies = agencyRows();
const units = unitRows();

const config = { access: 'signed-in' as const, policy: 'reports.caseMeasures' };
const tags = ['Báo cáo / Reports'];
type Input = Parameters<typeof caseMeasuresXlsx>[0];
type Frame = ReturnType<typeof reportFrame>;
/** XLSX: the figures to work on; DOCX and PDF: the báo cáo to leadership (Nghị định 30/2020). */
const formats: Record<
  string,
  { type: string; what: string; render: (m: Input, frame: Frame) => Promise<Buffer> }
> = {
  xlsx: {
    type: XLSX,
    what: 'tổng hợp, theo đơn vị, theo quy trình, theo tháng',
    render: (m) => caseMeasuresXlsx(m),
  },
  docx: {
    type: DOCX,
    what: 'báo cáo theo thể thức Nghị định 30/2020',
    render: caseMeasuresDocx,
  },
  pdf: { type: 'application/pdf', what: 'báo cáo theo thể thức Nghị định 30/2020', render: caseMeasuresPdf },
};

export function caseMeasuresRoutes(app: Api, { db }: { db: Db; mailer: Mailer }) {
  app.get(
    '/api/v1/reports/case-measures',
    {
      config,
      schema: {
        tags,
        description:
          'Đo lường xử lý công việc theo đơn vị, quy trình và kỳ: công việc bắt đầu, hoàn thành, tỷ lệ đúng hạn, đang quá hạn, số ngày làm việc bình quân mỗi bước, tỷ lệ lập hồ sơ ngay khi bắt đầu, hồ sơ chưa đóng sau khi xong việc.',
        querystring: caseMeasuresQuery,
        response: { 200: caseMeasures },
      },
    },
    (req) => measure(db, actorOf(req), req.query),
  );
  for (const [extension, format] of Object.entries(formats)) {
    app.get(
      `/api/v1/reports/case-measures.${extension}`,
      {
        config,
        schema: {
          tags,
          description: `Đo lường xử lý công việc (${extension.toUpperCase()}: ${format.what}). place: địa danh in trước ngày tháng của báo cáo (mặc định Hà Nội).`,
          querystring: caseMeasuresPaperQuery,
          response: {
            200: z
              .unknown()
              .meta({ type: 'string', format: 'binary', description: `Tệp ${extension.toUpperCase()}` }),
          },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const { place, ...query } = req.query;
        const [m, issuer] = await Promise.all([
          measure(db, actor, query),
          paperIssuer(db, actor.agencyId, actor.unitId),
        ]);
        const [[agency], [unit], [procedure]] = await Promise.all([
          db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
          m.unitId ? db.select({ name: units.name }).from(units).where(eq(units.id, m.unitId)) : [],
          m.procedureId
            ? db.select({ code: documents.code }).from(documents).where(eq(documents.id, m.procedureId))
            : [],
        ]);
        const scopeText = [unit?.name, procedure?.code].filter(Boolean).join(' — ') || 'Các đơn vị được xem';
        const frame = reportFrame(issuer, { place, date: todayInVietnam() });
        return reply
          .type(format.type)
          .header(
            'content-disposition',
            contentDisposition(`do-luong-cong-viec-${m.from}-${m.to}.${extension}`),
          )
          .send(await format.render({ ...m, agencyName: agency.name, scopeText }, frame));
      },
    );
  }
}
