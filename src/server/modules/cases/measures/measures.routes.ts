import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { caseMeasures, caseMeasuresQuery } from '../../../../contract/case-measures.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { documentRows } from '../../documents/index.ts';
import { agencyRows, unitRows } from '../../org/index.ts';
import { caseMeasures as measure } from './measures.service.ts';

const caseMeasuresXlsx = lazy(() => import('./measures.xlsx.ts'), 'caseMeasuresXlsx');

const documents = documentRows();

const agencies = agencyRows();
const units = unitRows();

const config = { access: 'signed-in' as const, policy: 'reports.caseMeasures' };
const tags = ['Báo cáo / Reports'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function caseMeasuresRoutes(app: Api, { db }: { db: Db; mailer: Mailer }) {
  app.get(
    '/api/v1/reports/case-measures',
    {
      config,
      schema: {
        tags,
        description:
          'Đo lường xử lý công việc theo đơn vị, quy trình và kỳ: hồ sơ bắt đầu, hoàn thành, tỷ lệ đúng hạn, đang quá hạn, số ngày làm việc bình quân mỗi bước, tỷ lệ lập hồ sơ ngay khi bắt đầu, hồ sơ chưa đóng sau khi xong việc.',
        querystring: caseMeasuresQuery,
        response: { 200: caseMeasures },
      },
    },
    (req) => measure(db, actorOf(req), req.query),
  );
  app.get(
    '/api/v1/reports/case-measures.xlsx',
    {
      config,
      schema: {
        tags,
        description: 'Đo lường xử lý công việc (XLSX): tổng hợp, theo đơn vị, theo quy trình, theo tháng.',
        querystring: caseMeasuresQuery,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary', description: 'Tệp XLSX' }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const m = await measure(db, actor, req.query);
      const [[agency], [unit], [procedure]] = await Promise.all([
        db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
        m.unitId ? db.select({ name: units.name }).from(units).where(eq(units.id, m.unitId)) : [],
        m.procedureId
          ? db.select({ code: documents.code }).from(documents).where(eq(documents.id, m.procedureId))
          : [],
      ]);
      const scopeText = [unit?.name, procedure?.code].filter(Boolean).join(' — ') || 'Các đơn vị được xem';
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', contentDisposition(`do-luong-cong-viec-${m.from}-${m.to}.xlsx`))
        .send(await caseMeasuresXlsx({ ...m, agencyName: agency.name, scopeText }));
    },
  );
}
