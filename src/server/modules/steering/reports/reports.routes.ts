import type { Readable } from 'node:stream';
import { z } from 'zod';
import { idParams } from '../../../../contract/common.ts';
import {
  createPackBody,
  declarationList,
  narrativeBody,
  packList,
  packView,
  signDeclarationBody,
  statutoryClock as statutoryClockSchema,
  yearParams,
} from '../../../../contract/steering-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { DOCX } from '../../../platform/http/media-types.ts';
import { actorOf, depsOf, type Reply } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { zipStream } from '../../../platform/zip-writer.ts';
import { agencyName, paperIssuer } from '../../org/index.ts';
import { annualView } from './reports.annual.ts';
import { statutoryClock } from './reports.clock.ts';
import { annualPaper, declarationPaper, packPaper } from './reports.paper.ts';
import { noDirectives, noReviewPapers, noReviews, type ReportProviders } from './reports.providers.ts';
import {
  createPack,
  draftDeclaration,
  getPack,
  listDeclarations,
  listPacks,
  loadDeclaration,
  saveNarratives,
  signDeclaration,
} from './reports.service.ts';

const paperDocx = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperDocx');
const paperPdf = lazy(() => import('../../../platform/papers/official-paper.ts'), 'paperPdf');
const evidencePack = lazy(() => import('./reports.evidence.ts'), 'evidencePack');

const PDF = 'application/pdf';
const ZIP = 'application/zip';
const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const tags = ['Ban chỉ đạo ISO: báo cáo / Steering committee: reports'];
const binary = (description: string) => ({
  200: z.unknown().meta({ type: 'string', format: 'binary', description }),
});
export const reportsBase = '/api/v1/steering/reports';

/**
 * The steering committee's reports: review input packs (figures recomputed, narrative
 * stored), their DOCX/PDF, the annual report, the declaration of conformity, the inspection
 * evidence pack and the statutory clock. The core's directives and reviews come in as
 * providers (default: nothing known).
 */
export function steeringReportsRoutes(
  app: Api,
  {
    db,
    directives = noDirectives,
    reviews = noReviews,
    reviewPapers = noReviewPapers,
  }: { db: Db } & Partial<ReportProviders>,
) {
  const providers: ReportProviders = { directives, reviews, reviewPapers };
  const base = reportsBase;
  const send = (reply: Reply, type: string, name: string, body: Buffer | Readable) =>
    reply
      .type(type)
      .header('content-disposition', contentDisposition(name))
      .header('cache-control', 'private, no-store')
      .send(body);

  app.get(
    `${base}/packs`,
    { config: signedIn('steeringReports.read'), schema: { tags, response: { 200: packList } } },
    (req) => listPacks(db, actorOf(req)),
  );
  app.post(
    `${base}/packs`,
    {
      config: signedIn('steeringReports.prepare'),
      schema: { tags, body: createPackBody, response: { 201: packView } },
    },
    async (req, reply) => {
      const id = await createPack(depsOf(db, req), req.body);
      return reply.code(201).send(await getPack(db, actorOf(req), id, directives));
    },
  );
  app.get(
    `${base}/packs/:id`,
    {
      config: signedIn('steeringReports.read'),
      schema: { tags, params: idParams, response: { 200: packView } },
    },
    (req) => getPack(db, actorOf(req), req.params.id, directives),
  );
  app.put(
    `${base}/packs/:id/narratives`,
    {
      config: signedIn('steeringReports.prepare'),
      schema: { tags, params: idParams, body: narrativeBody, response: { 200: packView } },
    },
    async (req) => {
      await saveNarratives(depsOf(db, req), req.params.id, req.body);
      return getPack(db, actorOf(req), req.params.id, directives);
    },
  );
  for (const [extension, type] of [
    ['docx', DOCX],
    ['pdf', PDF],
  ] as const) {
    app.get(
      `${base}/packs/:id.${extension}`,
      {
        config: signedIn('steeringReports.read'),
        schema: {
          tags,
          description: `Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL (${extension.toUpperCase()}), theo thể thức Nghị định 30/2020.`,
          params: idParams,
          produces: [type],
          response: binary(extension.toUpperCase()),
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const pack = await getPack(db, actor, req.params.id, directives);
        const issuer = await paperIssuer(db, actor.agencyId, actor.unitId);
        const paper = packPaper(pack, issuer, todayInVietnam());
        const body = await (extension === 'docx' ? paperDocx(paper) : paperPdf(paper));
        return send(reply, type, `bao-cao-htqlcl-${pack.from}-${pack.to}.${extension}`, body);
      },
    );
  }
  app.get(
    `${base}/annual/:year.docx`,
    {
      config: signedIn('steeringReports.read'),
      schema: {
        tags,
        description: 'Báo cáo năm (Phụ lục II Quyết định 19/2014/QĐ-TTg), DOCX.',
        params: yearParams,
        produces: [DOCX],
        response: binary('DOCX'),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { year } = req.params;
      const view = await annualView(db, actor, year, directives);
      const paper = annualPaper(view, year, { agencyName: view.agencyName, today: todayInVietnam() });
      return send(reply, DOCX, `bao-cao-nam-${year}.docx`, await paperDocx(paper));
    },
  );
  app.get(
    `${base}/declarations`,
    { config: signedIn('steeringReports.read'), schema: { tags, response: { 200: declarationList } } },
    (req) => listDeclarations(db, actorOf(req)),
  );
  app.post(
    `${base}/declarations`,
    { config: signedIn('steeringReports.prepare'), schema: { tags, response: { 201: declarationList } } },
    async (req, reply) => {
      await draftDeclaration(depsOf(db, req));
      return reply.code(201).send(await listDeclarations(db, actorOf(req)));
    },
  );
  app.post(
    `${base}/declarations/:id/sign`,
    {
      config: signedIn('steeringReports.sign'),
      schema: { tags, params: idParams, body: signDeclarationBody, response: { 200: declarationList } },
    },
    async (req) => {
      await signDeclaration(depsOf(db, req), req.params.id, req.body);
      return listDeclarations(db, actorOf(req));
    },
  );
  app.get(
    `${base}/declarations/:id.docx`,
    {
      config: signedIn('steeringReports.read'),
      schema: {
        tags,
        description: 'Công bố HTQLCL phù hợp TCVN ISO 9001 (Phụ lục I Quyết định 19/2014/QĐ-TTg), DOCX.',
        params: idParams,
        produces: [DOCX],
        response: binary('DOCX'),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const declaration = await loadDeclaration(db, actor, req.params.id);
      const paper = declarationPaper(declaration, {
        agencyName: await agencyName(db, actor.agencyId),
        today: todayInVietnam(),
      });
      return send(reply, DOCX, 'cong-bo-htqlcl.docx', await paperDocx(paper));
    },
  );
  app.get(
    `${base}/evidence/:year.zip`,
    {
      config: signedIn('steeringReports.read'),
      schema: {
        tags,
        description:
          'Hồ sơ phục vụ kiểm tra (Điều 36 Thông tư 26/2014/TT-BKHCN): một tệp ZIP có mục lục (MUC-LUC.txt, .docx, .pdf) và, theo từng nội dung kiểm tra, các văn bản do từng phân hệ in (danh mục tài liệu, quy trình, danh mục hồ sơ, chương trình và báo cáo đánh giá nội bộ, thông báo kết luận, sổ theo dõi sự không phù hợp, công bố, tài liệu sửa đổi và căn cứ pháp lý).',
        params: yearParams,
        produces: [ZIP],
        response: binary('ZIP'),
      },
    },
    async (req, reply) => {
      const { entries } = await evidencePack(db, actorOf(req), req.params.year, providers);
      // Streamed: each paper is made when the ZIP reaches it, not all held at once.
      return send(reply, ZIP, `ho-so-kiem-tra-${req.params.year}.zip`, zipStream(entries));
    },
  );
  app.get(
    `${base}/clock`,
    { config: signedIn('steeringReports.clock'), schema: { tags, response: { 200: statutoryClockSchema } } },
    (req) => statutoryClock(db, actorOf(req), providers),
  );
}
