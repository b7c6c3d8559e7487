import { PgBoss } from 'pg-boss';
import type { Db } from '../../db/connection.ts';
import type { Mailer, Transport } from '../mail/mail.ts';

/** What a job's work receives: the database, mail, the data folder and the clock. */
export type JobContext = {
  db: Db;
  mailer: Mailer;
  /** The SMTP connection, when SMTP_URL is set. */
  transport?: Transport;
  dataDir: string;
  now: () => Date;
  /** The address people open eiso at (links in mails). */
  publicUrl?: string;
};

/**
 * A scheduled piece of work. Its `run` must be safe to repeat and to run twice at once
 * (another instance, a retry): it takes row locks or checks before it writes.
 */
export type JobDefinition = {
  name: string;
  /** When it runs, as cron in Asia/Ho_Chi_Minh. */
  cron: string;
  /** Also once right after start (e.g. publishing what came due while eiso was stopped). */
  atStart?: boolean;
  run: (context: JobContext) => Promise<Record<string, number> | undefined>;
};

export type JobRunner = {
  /** Queues one run of a job now (the CLI and tests); resolves when it is queued. */
  runNow: (name: string) => Promise<void>;
  /** Waits for every job queued so far to finish (tests). */
  idle: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Log = { info: (o: object, m: string) => void; error: (o: object, m: string) => void };

/**
 * Scheduled work on pg-boss: each job's schedule lives in PostgreSQL, so however many
 * instances of eiso run, one of them takes each occurrence; a queue runs one job at a
 * time (`stately`) and a failed run is retried.
 */
export async function startJobRunner(options: {
  connectionString: string;
  jobs: JobDefinition[];
  context: JobContext;
  log: Log;
  /** How often an idle worker looks for queued jobs (the cron pass queues them). */
  pollSeconds?: number;
}): Promise<JobRunner> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    max: 2,
    application_name: 'eiso-jobs',
  });
  boss.on('error', (err) => options.log.error({ err }, 'job runner'));
  await boss.start();
  for (const job of options.jobs) {
    await boss.createQueue(job.name, {
      policy: 'stately',
      retryLimit: 3,
      retryDelay: 60,
      retryBackoff: true,
    });
    await boss.schedule(job.name, job.cron, null, { tz: 'Asia/Ho_Chi_Minh' });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollSeconds ?? 15 }, async () => {
      const result = await job.run(options.context);
      if (result && Object.values(result).some((n) => n > 0))
        options.log.info({ job: job.name, ...result }, 'job done');
    });
    if (job.atStart) await boss.send(job.name, null, { singletonKey: 'start', singletonSeconds: 60 });
  }
  return {
    runNow: async (name) => {
      await boss.send(name, null);
    },
    idle: async (name) => {
      for (;;) {
        const open = await boss.findJobs(name, {});
        if (open.every((j) => j.state === 'completed' || j.state === 'failed' || j.state === 'cancelled'))
          return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
