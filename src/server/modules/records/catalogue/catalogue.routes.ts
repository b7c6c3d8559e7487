import { z } from 'zod';
import { idParams, okBody } from '../../../../contract/common.ts';
import {
  catalogueList,
  catalogueListQuery,
  catalogueTransitionBody,
  catalogueView,
  catalogueWork,
  createCatalogueBody,
  entryBody,
  entryUpdateBody,
  generateBody,
  generateResult,
  headingBody,
  headingUpdateBody,
  importHelp,
  importResult,
  itemParams,
  moveBody,
} from '../../../../contract/records-catalogue.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { DOCX, XLSX } from '../../../platform/http/media-types.ts';
import { readUpload } from '../../../platform/http/multipart.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import type { Mailer } from '../../../platform/mail/mail.ts';
import { addEntry, moveEntry, removeEntry, updateEntry } from './catalogue.entries.ts';
import { catalogueExport } from './catalogue.export.ts';
import { generateFromProcedures } from './catalogue.generate.ts';
import { addHeading, moveHeading, removeHeading, updateHeading } from './catalogue.headings.ts';
import { copyForward, createCatalogue, transitionCatalogue } from './catalogue.service.ts';
import { catalogueWorkOf, getCatalogueView, listCatalogues } from './catalogue.view.ts';

const catalogueDocx = lazy(() => import('./catalogue.docx.ts'), 'catalogueDocx');
const importCatalogue = lazy(() => import('./catalogue.import.ts'), 'importCatalogue');
const cataloguePdf = lazy(() => import('./catalogue.pdf.ts'), 'cataloguePdf');
const catalogueWorkbook = lazy(() => import('./catalogue.xlsx.ts'), 'catalogueWorkbook');

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const file = (description: string) => z.unknown().meta({ type: 'string', format: 'binary', description });
const formats = [
  ['docx', DOCX, catalogueDocx],
  ['pdf', 'application/pdf', cataloguePdf],
  ['xlsx', XLSX, catalogueWorkbook],
] as const;

/** Danh mục hồ sơ (Nghị định 30/2020): a unit's catalogue per year, its lifecycle, exports and import. */
export function catalogueRoutes(app: Api, { db }: { db: Db; mailer: Mailer }) {
  const tags = ['Hồ sơ / Records'];
  const base = '/api/v1/records-catalogues';
  const view = (req: Parameters<typeof actorOf>[0], id: string) => getCatalogueView(db, actorOf(req), id);

  app.get(
    '/api/v1/my-work/records-catalogues',
    {
      config: signedIn('records.catalogue.myWork'),
      schema: { tags, response: { 200: catalogueWork } },
    },
    (req) => catalogueWorkOf(db, actorOf(req)),
  );
  app.get(
    base,
    {
      config: signedIn('records.catalogue.read'),
      schema: { tags, querystring: catalogueListQuery, response: { 200: catalogueList } },
    },
    (req) => listCatalogues(db, actorOf(req), req.query),
  );
  app.post(
    base,
    {
      config: signedIn('records.catalogue.edit'),
      schema: {
        tags,
        description: 'Lập dự thảo danh mục hồ sơ của một đơn vị cho một năm.',
        body: createCatalogueBody,
        response: { 201: catalogueView },
      },
    },
    async (req, reply) => {
      const row = await createCatalogue(depsOf(db, req), req.body);
      return reply.code(201).send(await view(req, row.id));
    },
  );
  app.get(
    `${base}/:id`,
    {
      config: signedIn('records.catalogue.read'),
      schema: { tags, params: idParams, response: { 200: catalogueView } },
    },
    (req) => view(req, req.params.id),
  );
  app.post(
    `${base}/:id/transitions`,
    {
      config: signedIn('records.catalogue.transition'),
      schema: {
        tags,
        description:
          'submit: người giữ danh mục trình lãnh đạo đơn vị; approve: lãnh đạo đơn vị phê duyệt (nhập lại mật khẩu — phê duyệt điện tử, không phải ký số; người lập/trình không tự duyệt); return: lãnh đạo đơn vị trả về dự thảo kèm ý kiến; issue: lãnh đạo đơn vị hoặc cán bộ đầu mối ISO ban hành bản đã phê duyệt.',
        params: idParams,
        body: catalogueTransitionBody,
        response: { 200: catalogueView },
      },
    },
    async (req) => {
      await transitionCatalogue(depsOf(db, req), req.params.id, req.body);
      return view(req, req.params.id);
    },
  );
  app.post(
    `${base}/:id/copy-forward`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: {
        tags,
        description: 'Lập dự thảo danh mục năm sau từ danh mục này (đề mục và hồ sơ).',
        params: idParams,
        response: { 201: catalogueView },
      },
    },
    async (req, reply) => {
      const row = await copyForward(depsOf(db, req), req.params.id);
      return reply.code(201).send(await view(req, row.id));
    },
  );
  app.post(
    `${base}/:id/generate`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: {
        tags,
        description:
          'Thêm vào dự thảo các hồ sơ cần lưu của những quy trình đang hiệu lực do đơn vị chủ trì (mỗi hồ sơ một mục, bỏ qua mục đã có).',
        params: idParams,
        body: generateBody,
        response: { 200: generateResult },
      },
    },
    (req) => generateFromProcedures(depsOf(db, req), req.params.id, req.body),
  );
  app.post(
    `${base}/:id/import`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: {
        tags,
        description: importHelp.vi,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 200: importResult },
      },
    },
    async (req) => {
      const upload = await readUpload(req);
      return importCatalogue(depsOf(db, req), req.params.id, upload?.content ?? null);
    },
  );
  for (const [extension, type, render] of formats) {
    app.get(
      `${base}/:id/export.${extension}`,
      {
        config: signedIn('records.catalogue.read'),
        schema: {
          tags,
          description: `Danh mục hồ sơ theo mẫu 5 cột của Nghị định 30/2020 (${extension.toUpperCase()}), có dòng tổng kết số hồ sơ.`,
          params: idParams,
          produces: [type],
          response: { 200: file(extension.toUpperCase()) },
        },
      },
      async (req, reply) => {
        const model = await catalogueExport(db, actorOf(req), req.params.id);
        const body = await render(model);
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(`${model.fileBase}.${extension}`))
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
  }

  const headings = `${base}/:id/headings`;
  app.post(
    headings,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: idParams, body: headingBody, response: { 201: catalogueView } },
    },
    async (req, reply) => {
      await addHeading(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await view(req, req.params.id));
    },
  );
  app.patch(
    `${headings}/:itemId`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: itemParams, body: headingUpdateBody, response: { 200: catalogueView } },
    },
    async (req) => {
      await updateHeading(depsOf(db, req), req.params.id, req.params.itemId, req.body);
      return view(req, req.params.id);
    },
  );
  app.delete(
    `${headings}/:itemId`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: itemParams, response: { 200: okBody } },
    },
    async (req) => {
      await removeHeading(depsOf(db, req), req.params.id, req.params.itemId);
      return { ok: true as const };
    },
  );
  app.post(
    `${headings}/:itemId/move`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: itemParams, body: moveBody, response: { 200: catalogueView } },
    },
    async (req) => {
      await moveHeading(depsOf(db, req), req.params.id, req.params.itemId, req.body);
      return view(req, req.params.id);
    },
  );

  const entries = `${base}/:id/entries`;
  app.post(
    entries,
    {
      config: signedIn('records.catalogue.edit'),
      schema: {
        tags,
        description: 'Thêm hồ sơ vào dự thảo; bỏ trống số và ký hiệu thì hệ thống đề xuất số tiếp theo.',
        params: idParams,
        body: entryBody,
        response: { 201: catalogueView },
      },
    },
    async (req, reply) => {
      await addEntry(depsOf(db, req), req.params.id, req.body);
      return reply.code(201).send(await view(req, req.params.id));
    },
  );
  app.patch(
    `${entries}/:itemId`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: itemParams, body: entryUpdateBody, response: { 200: catalogueView } },
    },
    async (req) => {
      await updateEntry(depsOf(db, req), req.params.id, req.params.itemId, req.body);
      return view(req, req.params.id);
    },
  );
  app.delete(
    `${entries}/:itemId`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: itemParams, response: { 200: okBody } },
    },
    async (req) => {
      await removeEntry(depsOf(db, req), req.params.id, req.params.itemId);
      return { ok: true as const };
    },
  );
  app.post(
    `${entries}/:itemId/move`,
    {
      config: signedIn('records.catalogue.edit'),
      schema: { tags, params: itemParams, body: moveBody, response: { 200: catalogueView } },
    },
    async (req) => {
      await moveEntry(depsOf(db, req), req.params.id, req.params.itemId, req.body);
      return view(req, req.params.id);
    },
  );
}
