import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { casesRoutes } from './modules/cases/cases.routes.ts';
import { caseMeasuresRoutes } from './modules/cases/measures/measures.routes.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { catalogueRoutes } from './modules/records/catalogue/catalogue.routes.ts';
import { filesRoutes } from './modules/records/files/files.routes.ts';
import { auditRoutes } from './platform/audit/audit.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { UPLOAD_LIMIT_BYTES } from './platform/files.ts';
import { registerErrorHandler } from './platform/http/error-handler.ts';
import { notFound } from './platform/http/errors.ts';
import { requestLang } from './platform/http/i18n.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { registerRequestLog } from './platform/http/request-log.ts';
import { createMailer, type Mailer } from './platform/mail/mail.ts';
import { registerMetrics } from './platform/metrics.ts';

export type AppOptions = {
  database: Database;
  config: Pick<
    Config,
    'publicUrl' | 'sessionHours' | 'webDir' | 'smtpUrl' | 'mailFrom' | 'loginAttemptsPerMinute' | 'dataDir'
  >;
  logger?: FastifyServerOptions['logger'];
  mailer?: Mailer;
};

export { UPLOAD_LIMIT_BYTES };

/** The whole HTTP application; tests build it in-process and call it with inject(). */
export async function buildApp({ database, config, logger = false, mailer }: AppOptions) {
  const app = Fastify({
    logger,
    // One line per request instead of two (platform/http/request-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerRequestLog(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'eiso API',
        version: '1',
        description:
          'API của eiso (ISO điện tử). Xác thực bằng cookie phiên (kèm tiêu đề X-CSRF-Token khi ghi) hoặc mã truy cập: `Authorization: Bearer eiso_…`. Lỗi luôn có dạng `{ "error": { "code", "message", "details": [{ "path", "message" }] } }`. Danh sách: `page`, `pageSize` (≤ 100), `sort` (`-` để giảm dần), `q`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'eiso_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerRequestContext(app, { db: database.db, sessionHours: config.sessionHours });
  registerMetrics(app);

  const deps = {
    db: database.db,
    mailer: mailer ?? createMailer(config, database.db),
    sessionHours: config.sessionHours,
    loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    secureCookies: config.publicUrl.startsWith('https:'),
    dataDir: config.dataDir,
  };
  app.get('/api/health', { config: { access: 'public', policy: 'public' } }, async (_req, reply) => {
    try {
      await database.query('SELECT 1');
      return { status: 'ok', database: database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: database.kind });
    }
  });
  app.get(
    '/api/v1/openapi.json',
    { config: { access: 'public', policy: 'public' }, schema: { hide: true } },
    () => app.swagger(),
  );
  authRoutes(app, deps);
  orgRoutes(app, deps);
  auditRoutes(app, deps);
  calendarRoutes(app, deps);
  homeRoutes(app, deps);
  documentsRoutes(app, deps);
  catalogueRoutes(app, deps);
  filesRoutes(app, deps);
  casesRoutes(app, deps);
  caseMeasuresRoutes(app, deps);

  const indexHtml = join(config.webDir, 'index.html');
  if (existsSync(indexHtml)) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api') && existsSync(indexHtml)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(notFound('route').toBody(requestLang(request)));
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
