import { buildApp } from './app.ts';
import { bootstrapFirstAdmin } from './bootstrap.ts';
import { type Config, loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import { writeAuditAnchors } from './platform/audit/audit.anchors.ts';
import { fileStoreFor } from './platform/files/open-store.ts';
import type { JobRunner } from './platform/jobs/jobs.ts';
import { createMailer, createTransport } from './platform/mail/mail.ts';

/** config → database → migrations → first administrator → app → listen → jobs. */
export async function startServer(config: Config = loadConfig()) {
  const startedAt = performance.now();
  const say = (message: string) => console.log(`  ${message}`);
  const database = await openDatabase(config, { role: 'server', log: say });
  const { applied } = await migrate(database);
  // A file store that cannot be used stops the start, not the first upload hours later.
  const files = await fileStoreFor(config);
  await files.check();
  const app = await buildApp({ database, config, files, logger: { level: config.logLevel } });
  if (applied) app.log.info({ applied }, 'migrations applied');
  const first = await bootstrapFirstAdmin(database, config.adminPassword);
  if (first?.password) {
    console.log(
      `\n  Tài khoản quản trị đầu tiên / first administrator:  admin  /  ${first.password}\n  (chỉ hiện một lần / shown once; bạn sẽ phải đổi mật khẩu khi đăng nhập)\n`,
    );
  }
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { url: config.publicUrl, database: database.kind, ms: Math.round(performance.now() - startedAt) },
    'eiso ready',
  );
  let runner: JobRunner | undefined;
  const stop = async () => {
    await runner?.stop();
    await app.close();
    // The chain heads as they are at shutdown, outside the database (audit.anchors.ts).
    await writeAuditAnchors({ database, dataDir: config.dataDir, log: app.log }).catch((err) =>
      app.log.error({ err }, 'audit anchors not written'),
    );
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Scheduled work starts after the first answer can be given: it does not delay start-up.
  const [{ startJobRunner }, { jobs }] = await Promise.all([
    import('./platform/jobs/jobs.ts'),
    import('./jobs.ts'),
  ]);
  runner = await startJobRunner({
    connectionString: database.url,
    jobs,
    context: {
      db: database.db,
      mailer: createMailer(config, database.db),
      transport: createTransport(config),
      dataDir: config.dataDir,
      now: () => new Date(),
      publicUrl: config.publicUrl,
    },
    log: app.log,
  });
  return { app, database, runner };
}
