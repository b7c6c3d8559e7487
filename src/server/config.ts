import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Everything eiso reads from the environment, in one place (documented in README.md). */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Where uploads live: FILES_URL (s3://… or file://…) or FILES_DIR; unset: DATA_DIR/files. */
  filesUrl: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  adminPassword: string | undefined;
  sessionHours: number;
  /** Sign-in attempts per minute from one address before 429. */
  loginAttemptsPerMinute: number;
  logLevel: string;
  webDir: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    filesUrl: env.FILES_URL || (env.FILES_DIR ? pathToFileURL(resolve(env.FILES_DIR)).href : undefined),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'eiso <no-reply@localhost>',
    adminPassword: env.EISO_ADMIN_PASSWORD || undefined,
    sessionHours: Number(env.SESSION_HOURS ?? 8),
    loginAttemptsPerMinute: Number(env.LOGIN_ATTEMPTS_PER_MINUTE ?? 20),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: resolve(env.WEB_DIR ?? './dist/web'),
  };
}
