import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditNames } from './audit-names.ts';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { casesRoutes } from './modules/cases/cases.routes.ts';
import { caseMeasuresRoutes } from './modules/cases/measures/measures.routes.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { internalAuditsRoutes } from './modules/internal-audits/internal-audits.routes.ts';
import { nonconformitiesRoutes } from './modules/nonconformities/nonconformities.routes.ts';
import { objectivesRoutes } from './modules/objectives/objectives.routes.ts';
import { publicPageRoutes } from './modules/objectives/public/public.routes.ts';
import { contactsOf } from './modules/org/index.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { catalogueRoutes } from './modules/records/catalogue/catalogue.routes.ts';
import { filesRoutes } from './modules/records/files/files.routes.ts';
import { risksRoutes } from './modules/risks/index.ts';
import { publicDeclaration, steeringProviders, steeringRoutes } from './modules/steering/index.ts';
import { steeringReportsRoutes } from './modules/steering/reports/index.ts';
import { auditRoutes } from './platform/audit/audit.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import type { FileStore } from './platform/files/files.ts';
import { UPLOAD_LIMIT_BYTES } from './platform/files/files.ts';
import { fileStoreFor } from './platform/files/open-store.ts';
import { registerCompression } from './platform/http/compression.ts';
import { frameworkErrors, registerErrorHandler } from './platform/http/error-handler.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { BODY_LIMIT_BYTES, registerRequestGuards } from './platform/http/request-guards.ts';
import { registerRequestLog } from './platform/http/request-log.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { createMailer, type Mailer } from './platform/mail/mail.ts';
import { registerMetrics } from './platform/metrics.ts';
import { notificationsRoutes } from './platform/notifications/index.ts';
import { openapiOptions } from './platform/openapi/document.ts';

export type AppOptions = {
  database: Database;
  config: Pick<
    Config,
    'publicUrl' | 'sessionHours' | 'webDir' | 'smtpUrl' | 'mailFrom' | 'loginAttemptsPerMinute' | 'dataDir'
  > &
    Partial<Pick<Config, 'trustProxy' | 'filesUrl'>>;
  logger?: FastifyServerOptions['logger'];
  mailer?: Mailer;
  /** The file store, when the caller opened (and checked) it already. */
  files?: FileStore;
};

export { UPLOAD_LIMIT_BYTES };

/** The whole HTTP application; tests build it in-process and call it with inject(). */
export async function buildApp({ database, config, logger = false, mailer, files }: AppOptions) {
  const app = Fastify({
    logger,
    // One line per request instead of two (platform/http/request-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    // Only the listed proxies may say who the client is (request.ip: sign-in limits, audit trail).
    trustProxy: config.trustProxy ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors,
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
  await registerCompression(app);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1 } });
  await app.register(
    swagger,
    openapiOptions(() => app.routeTable),
  );
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerRequestContext(app, { db: database.db, sessionHours: config.sessionHours });
  registerRequestGuards(app);
  registerMetrics(app);

  const deps = {
    db: database.db,
    mailer: mailer ?? createMailer(config, database.db),
    sessionHours: config.sessionHours,
    loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    secureCookies: config.publicUrl.startsWith('https:'),
    files: files ?? (await fileStoreFor(config)),
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
  auditRoutes(app, { ...deps, names: auditNames });
  calendarRoutes(app, deps);
  homeRoutes(app, deps);
  notificationsRoutes(app, { db: deps.db, contacts: contactsOf });
  documentsRoutes(app, deps);
  catalogueRoutes(app, deps);
  filesRoutes(app, deps);
  casesRoutes(app, deps);
  caseMeasuresRoutes(app, deps);
  nonconformitiesRoutes(app, deps);
  risksRoutes(app, deps);
  objectivesRoutes(app, deps);
  internalAuditsRoutes(app, deps);
  steeringReportsRoutes(app, { ...deps, ...steeringProviders });
  steeringRoutes(app, deps);
  // The public page (no sign-in), with the declaration of conformity the steering module keeps.
  publicPageRoutes(app, { db: deps.db, declaration: publicDeclaration });

  await registerWebApp(app, config.webDir);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
