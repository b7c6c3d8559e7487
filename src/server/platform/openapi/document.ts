import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { RouteAccess } from '../http/request-context.ts';
import { describeOperations } from './describe.ts';
import { caseOperations } from './operations.cases.ts';
import { documentOperations } from './operations.documents.ts';
import { internalAuditOperations } from './operations.internal-audits.ts';
import { internalAuditWorkOperations } from './operations.internal-audits-work.ts';
import { nonconformityOperations } from './operations.nonconformities.ts';
import { objectiveOperations } from './operations.objectives.ts';
import { orgOperations } from './operations.org.ts';
import { platformOperations } from './operations.platform.ts';
import { catalogueOperations, fileOperations } from './operations.records.ts';
import { reportOperations } from './operations.reports.ts';
import { riskOperations } from './operations.risks.ts';
import { steeringOperations } from './operations.steering.ts';
import { steeringReportOperations } from './operations.steering-reports.ts';
import { TAGS } from './tags.ts';

/** Every documented operation by "METHOD /path". */
export const operations = {
  ...platformOperations,
  ...orgOperations,
  ...documentOperations,
  ...reportOperations,
  ...catalogueOperations,
  ...fileOperations,
  ...caseOperations,
  ...nonconformityOperations,
  ...riskOperations,
  ...objectiveOperations,
  ...steeringReportOperations,
  ...steeringOperations,
  ...internalAuditOperations,
  ...internalAuditWorkOperations,
};

const description = `API của eiso (ISO điện tử). Xác thực bằng cookie phiên (kèm tiêu đề \`X-CSRF-Token\` khi ghi) hoặc mã truy cập: \`Authorization: Bearer eiso_…\`. Mọi lỗi có dạng \`Error\`: \`{ "error": { "code", "message", "details": [{ "path", "message" }] } }\`, thông báo bằng tiếng Việt hoặc tiếng Anh (\`Accept-Language: en\`); mỗi thao tác liệt kê các mã lỗi của nó. Danh sách: \`page\`, \`pageSize\` (≤ 100), \`sort\` (\`-\` để giảm dần), \`q\`. Sửa bản ghi phải gửi \`version\` đã đọc; bản ghi đã bị người khác sửa thì trả 409 \`record.stale\`.

The eiso API (electronic QMS). Authenticate with the session cookie (plus the \`X-CSRF-Token\` header on writes) or an API token: \`Authorization: Bearer eiso_…\`. Every error has the \`Error\` shape, its message in Vietnamese or English (\`Accept-Language: en\`); each operation lists its error codes. Lists take \`page\`, \`pageSize\` (≤ 100), \`sort\` (\`-\` for descending), \`q\`. Writes send the \`version\` they read; a record changed meanwhile answers 409 \`record.stale\`.`;

/** @fastify/swagger's options: the document's frame, and each operation from the catalogue. */
export const openapiOptions = (
  routes: () => Array<{ method: string; url: string; access?: RouteAccess }>,
): SwaggerOptions => ({
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'eiso API',
      version: '1',
      description,
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    // Relative: the server that serves this description is the one it describes.
    servers: [{ url: '/', description: 'Máy chủ eiso này — this eiso server' }],
    tags: Object.values(TAGS),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'eiso_session' },
      },
    },
    security: [{ bearer: [] }, { cookie: [] }],
  },
  transform: jsonSchemaTransform,
  transformObject: (document) =>
    'openapiObject' in document
      ? describeOperations(document.openapiObject as never, operations, routes())
      : document.swaggerObject,
});
