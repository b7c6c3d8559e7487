import { z } from 'zod';
import { idParams } from '../../../../contract/common.ts';
import type { Db } from '../../../db/connection.ts';
import { contentDisposition } from '../../../platform/http/content-disposition.ts';
import { DOCX } from '../../../platform/http/media-types.ts';
import { actorOf } from '../../../platform/http/request-context.ts';
import type { Api } from '../../../platform/http/typed.ts';
import { lazy } from '../../../platform/lazy.ts';
import { loadExportModel } from './export.service.ts';
import { flowchartSvg } from './flowchart.ts';

const renderDocx = lazy(() => import('./docx.ts'), 'renderDocx');
const renderPdf = lazy(() => import('./pdf.ts'), 'renderPdf');

/** Whoever may read the version may have its flowchart and exports (else 404). */
const readVersion = { access: 'signed-in' as const, policy: 'documents.readVersion' };
/** A file in the body, not JSON (documented as binary in OpenAPI). */
const file = (description: string) => z.unknown().meta({ type: 'string', format: 'binary', description });

export function exportRoutes(app: Api, { db }: { db: Db }) {
  const tags = ['Tài liệu / Documents'];
  app.get(
    '/api/v1/document-versions/:id/flowchart.svg',
    {
      config: readVersion,
      schema: {
        tags,
        description: 'Lưu đồ quy trình vẽ từ các bước (SVG).',
        params: idParams,
        produces: ['image/svg+xml'],
        response: { 200: file('SVG') },
      },
    },
    async (req, reply) => {
      const model = await loadExportModel(db, actorOf(req), req.params.id);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('content-disposition', contentDisposition(`${model.fileBase}_luu-do.svg`, 'inline'))
        .send(flowchartSvg(model.content.steps));
    },
  );
  for (const [extension, type, render] of [
    ['docx', DOCX, renderDocx],
    ['pdf', 'application/pdf', renderPdf],
  ] as const) {
    app.get(
      `/api/v1/document-versions/:id/export.${extension}`,
      {
        config: readVersion,
        schema: {
          tags,
          description: `Xuất tài liệu ra ${extension.toUpperCase()} theo thể thức thông dụng: tiêu đề (mã hiệu, lần ban hành, ngày ban hành, trang), mục 1–7, lưu đồ, mục lục sửa đổi, khối Soạn thảo / Xem xét / Phê duyệt (xác nhận, phê duyệt điện tử bằng mật khẩu).`,
          params: idParams,
          produces: [type],
          response: { 200: file(extension.toUpperCase()) },
        },
      },
      async (req, reply) => {
        const model = await loadExportModel(db, actorOf(req), req.params.id);
        const body = await render(model);
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(`${model.fileBase}.${extension}`))
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
  }
}
