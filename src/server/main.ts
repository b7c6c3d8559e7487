import { buildApp } from './app.ts';
import { bootstrapFirstAdmin } from './bootstrap.ts';
import { type Config, loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import { sendDueReminders } from './modules/cases/notify/reminders.ts';
import { writeAuditAnchors } from './platform/audit/audit.anchors.ts';
import { createMailer } from './platform/mail.ts';
import { todayInVietnam } from './platform/time.ts';

/** config → database → migrations → first administrator → app → listen. */
export async function startServer(config: Config = loadConfig()) {
  const startedAt = performance.now();
  const database = await openDatabase(config);
  const { applied } = await migrate(database);
  const app = await buildApp({ database, config, logger: { level: config.logLevel } });
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
  // Reminders one working day before a case step is due: hourly, idempotent (a plain interval, not pg-boss).
  const mailer = createMailer(config, app.log);
  const remind = () =>
    sendDueReminders(database.db, mailer, todayInVietnam()).then(
      ({ sent }) => sent && app.log.info({ sent }, 'case step reminders sent'),
      (err) => app.log.error({ err }, 'case step reminders failed'),
    );
  const reminders = setInterval(remind, 60 * 60 * 1000);
  reminders.unref();
  void remind();
  const stop = async () => {
    clearInterval(reminders);
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
  return { app, database };
}
