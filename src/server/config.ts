import { isIP } from 'node:net';
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
  /** Failed sign-ins per minute from one address (or for one username) before 429. */
  loginAttemptsPerMinute: number;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); false: none. */
  trustProxy: string[] | false;
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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: resolve(env.WEB_DIR ?? './dist/web'),
  };
}

/** Names proxy-addr (Fastify's trustProxy) accepts besides addresses and CIDRs. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: a comma-separated list of the proxies in front of eiso ("10.0.0.5,
 * 10.1.0.0/16", or loopback / linklocal / uniquelocal). Off when unset: X-Forwarded-For
 * from anyone else would let a client choose the address that sign-in limits and the
 * audit trail see.
 */
export function parseTrustProxy(value: string | undefined): string[] | false {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return false;
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGE_NAMES.has(entry) && (!family || !validBits || extra !== undefined)) {
      throw new Error(
        `TRUST_PROXY: "${entry}" không phải địa chỉ IP hay dải CIDR / is not an IP address or CIDR range`,
      );
    }
  }
  return entries;
}
