import { z } from 'zod';
import { idParams } from '../../../../contract/common.ts';
import {
  transferBody,
  transferExportParams,
  transfersPage,
  transfersQuery,
  transferView,
} from '../../../../contract/record-files.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { DOCX, XLSX } from '../../../platform/http/media-types.ts';
import { actorOf, depsOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import { listPaper, minutesPaper } from './archive.papers.ts';
import { createTransfer, getTransfer, listTransfers } from './archive.service.ts';

const paperDocx = lazy(() => import('./archive.render.ts'), 'paperDocx');
const paperPdf = lazy(() => import('./archive.render.ts'), 'paperPdf');
const transferListWorkbook = lazy(() => import('./archive.xlsx.ts'), 'transferListWorkbook');

const signedIn = (policy: string) => ({ access: 'signed-in' as const, policy });
const tags = ['Hồ sơ / Records files'];
const types = {
  xlsx: XLSX,
  docx: DOCX,
  pdf: 'application/pdf',
};

export function archiveRoutes(app: Api, { db }: { db: Db }) {
  const base = '/api/v1/archive-transfers';
  app.get(
    base,
    {
      config: signedIn('recordFiles.readTransfers'),
      schema: {
        tags,
        description: 'Các lần nộp lưu hồ sơ vào Lưu trữ cơ quan.',
        querystring: transfersQuery,
        response: { 200: transfersPage },
      },
    },
    async (req) => listTransfers(db, actorOf(req), req.query),
  );
  app.post(
    base,
    {
      config: signedIn('recordFiles.transfer'),
      schema: {
        tags,
        description: 'Nộp lưu các hồ sơ đã đóng của đơn vị.',
        body: transferBody,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const row = await createTransfer(depsOf(db, req), req.body);
      return reply.code(201).send({ id: row.id });
    },
  );
  app.get(
    `${base}/:id`,
    {
      config: signedIn('recordFiles.readTransfers'),
      schema: { tags, params: idParams, response: { 200: transferView } },
    },
    async (req) => {
      const { agencyName: _a, agencyCode: _c, ...view } = await getTransfer(db, actorOf(req), req.params.id);
      return view;
    },
  );
  app.get(
    `${base}/:id/:document.:format`,
    {
      config: signedIn('recordFiles.readTransfers'),
      schema: {
        tags,
        description:
          'Mục lục hồ sơ, tài liệu nộp lưu (list: xlsx, docx, pdf) và Biên bản giao nhận tài liệu (minutes: docx, pdf).',
        params: transferExportParams,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (req, reply) => {
      const { document, format } = req.params;
      const transfer = await getTransfer(db, actorOf(req), req.params.id);
      if (document === 'minutes' && format === 'xlsx') throw notFound('archive_transfer_export');
      const paper = document === 'list' ? listPaper(transfer) : minutesPaper(transfer);
      const content =
        format === 'xlsx'
          ? await transferListWorkbook(transfer)
          : format === 'docx'
            ? await paperDocx(paper)
            : await paperPdf(paper);
      const name = `${document === 'list' ? 'muc-luc-nop-luu' : 'bien-ban-giao-nhan'}-${transfer.transferDate}.${format}`;
      return reply
        .type(types[format])
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
}
