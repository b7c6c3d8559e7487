// The commands of `eiso` (src/cli/eiso.ts loads this file once the compile cache is on).
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connection.ts';
import { migrate } from '../server/db/migrate.ts';

const [command, ...args] = process.argv.slice(2);
const config = loadConfig();
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};

const say = (message: string) => console.error(`  ${message}`);

const usage = `eiso — ISO điện tử

  serve                       chạy máy chủ / run the server (PORT, DATA_DIR, DATABASE_URL…)
  migrate                     áp dụng migration / apply database migrations
  demo [--as-of YYYY-MM-DD]   nạp cơ quan mẫu, sống đến hôm nay (hoặc ngày --as-of; 2017-12-26: câu chuyện
                              gốc 2017) / load the demo agency, current as of today (or --as-of;
                              2017-12-26: the 2017 story as it was)
  create-admin --username U [--password P] [--full-name N] [--agency CODE] [--operator]
                              tạo quản trị viên / create an administrator
                              (--operator: cũng là người vận hành, tạo được cơ quan /
                              also an operator, who creates agencies)
  reminders                   gửi nhắc hạn bước công việc / mail reminders for case steps due next working day
  audit verify                kiểm tra chuỗi nhật ký (và mốc neo trong DATA_DIR) / verify the audit trail's hash chains (and the anchors in DATA_DIR)
  backup [FILE]               sao lưu CSDL và tệp / back up database and files (.tar.gz)
  restore FILE                khôi phục vào dữ liệu trống / restore into an empty data folder or database
`;

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase(config, { log: say });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

switch (command) {
  case 'serve': {
    const { startServer } = await import('../server/main.ts');
    await startServer(config);
    break;
  }
  case 'migrate': {
    const database = await openDatabase(config, { log: say });
    const { applied } = await migrate(database);
    await database.close();
    console.log(`Đã áp dụng ${applied} migration / ${applied} migrations applied.`);
    break;
  }
  case 'demo': {
    const { loadDemo } = await import('../server/demo/demo.ts');
    const { AsOfError, parseAsOf } = await import('../server/demo/as-of.ts');
    const asOf = option('as-of');
    try {
      if (asOf) parseAsOf(asOf);
    } catch (error) {
      if (!(error instanceof AsOfError)) throw error;
      console.error(error.message);
      process.exit(2);
    }
    await withDatabase(async (database) => {
      const result = await loadDemo(database, asOf ? { asOf } : {});
      console.log(result.message);
    });
    break;
  }
  case 'create-admin': {
    const { createAdmin } = await import('./create-admin.ts');
    await withDatabase((database) =>
      createAdmin(database, {
        username: option('username'),
        password: option('password') ?? config.adminPassword,
        fullName: option('full-name'),
        agencyCode: option('agency'),
        operator: args.includes('--operator'),
      }),
    );
    break;
  }
  case 'reminders': {
    const { sendDueReminders } = await import('../server/modules/cases/notify/reminders.ts');
    const { createMailer, createTransport } = await import('../server/platform/mail/mail.ts');
    const { flushOutbox } = await import('../server/platform/mail/outbox.ts');
    const { todayInVietnam } = await import('../server/platform/time.ts');
    const { sent } = await withDatabase(async (database) => {
      const result = await sendDueReminders(database.db, createMailer(config, database.db), todayInVietnam());
      const transport = createTransport(config);
      if (transport) await flushOutbox(database.db, transport);
      return result;
    });
    console.log(`Đã gửi nhắc hạn cho ${sent} bước / reminders sent for ${sent} steps.`);
    break;
  }
  case 'audit': {
    if (args[0] !== 'verify') {
      console.error(usage);
      process.exit(2);
    }
    const { verifyAuditChains, describeProblem } = await import('../server/platform/audit/audit.verify.ts');
    const { readAuditAnchors, anchorsPath } = await import('../server/platform/audit/audit.anchors.ts');
    // The anchors live outside the database (DATA_DIR): the chain must reach the latest one.
    const anchors = await readAuditAnchors(config.dataDir);
    const result = await withDatabase((database) => verifyAuditChains(database.db, anchors));
    for (const p of result.problems)
      console.log(`  agency ${p.agencyId}  seq ${p.seq}: ${describeProblem(p)}`);
    console.log(
      anchors.length
        ? `Đối chiếu mốc neo / checked against anchors: ${anchorsPath(config.dataDir)}`
        : `Chưa có mốc neo / no anchors yet: ${anchorsPath(config.dataDir)}`,
    );
    console.log(
      result.problems.length === 0
        ? `Toàn vẹn / intact: ${result.events} sự kiện / events, ${result.agencies} cơ quan / agencies.`
        : `PHÁT HIỆN SAI LỆCH / TAMPERING DETECTED: ${result.problems.length} vấn đề / problems.`,
    );
    process.exit(result.problems.length === 0 ? 0 : 1);
    break;
  }
  case 'backup': {
    const { backup } = await import('../server/platform/backup/backup.ts');
    const { fileStoreFor } = await import('../server/platform/files/open-store.ts');
    const file = args[0] ?? `eiso-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`;
    const files = await fileStoreFor(config);
    await withDatabase((database) => backup(database, { dataDir: config.dataDir, files, file }));
    console.log(`Đã sao lưu / backed up to ${file}`);
    break;
  }
  case 'restore': {
    if (!args[0]) {
      console.error(usage);
      process.exit(2);
    }
    const { restore } = await import('../server/platform/backup/restore.ts');
    const { BackupError } = await import('../server/platform/backup/archive.ts');
    const { fileStoreFor } = await import('../server/platform/files/open-store.ts');
    const files = await fileStoreFor(config);
    const database = await openDatabase(config, { log: say });
    try {
      await restore(database, { dataDir: config.dataDir, files, file: args[0] });
      console.log('Đã khôi phục / restored.');
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    } finally {
      await database.close();
    }
    break;
  }
  default:
    console.log(usage);
    process.exit(command && command !== 'help' && command !== '--help' ? 2 : 0);
}
