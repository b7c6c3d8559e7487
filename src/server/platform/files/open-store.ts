import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileStore } from './files.ts';
import { localFileStore } from './local-store.ts';
import type { S3Options } from './s3-store.ts';

const badUrl = (why: string) =>
  new Error(
    `FILES_URL không hợp lệ / invalid FILES_URL (${why}): dùng / use file:///folder or s3://ACCESS:SECRET@host:port/bucket?region=…&tls=false`,
  );

/**
 * The file store a FILES_URL names:
 * - `file:///mnt/eiso-files` — a folder (local disk, or NFS shared by every instance);
 * - `s3://ACCESS:SECRET@host:port/bucket[/prefix]?region=us-east-1&tls=false&pathStyle=true`
 *   — an S3-compatible bucket (MinIO…); without ACCESS:SECRET the AWS SDK's own sources
 *   (AWS_ACCESS_KEY_ID, a profile) are used. Key and secret are percent-encoded.
 */
export async function openFileStore(url: string): Promise<FileStore> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl('not a URL');
  }
  if (parsed.protocol === 'file:') return localFileStore(fileURLToPath(parsed));
  if (parsed.protocol !== 's3:') throw badUrl(`${parsed.protocol} is neither file: nor s3:`);
  const options = s3Options(parsed);
  // The AWS SDK loads only where S3 is used.
  const { s3FileStore } = await import('./s3-store.ts');
  return s3FileStore(options);
}

function s3Options(url: URL): S3Options {
  const [bucket, ...rest] = url.pathname.replace(/^\/+/, '').split('/');
  if (!url.hostname) throw badUrl('no host');
  if (!bucket) throw badUrl('no bucket');
  const query = url.searchParams;
  const tls = query.get('tls') !== 'false';
  const path = rest.filter(Boolean).join('/');
  const user = decodeURIComponent(url.username);
  const secret = decodeURIComponent(url.password);
  if (Boolean(user) !== Boolean(secret)) throw badUrl('give both ACCESS and SECRET, or neither');
  return {
    endpoint: `${tls ? 'https' : 'http'}://${url.host}`,
    region: query.get('region') ?? 'us-east-1',
    bucket,
    prefix: path ? `${path}/` : '',
    credentials: user ? { accessKeyId: user, secretAccessKey: secret } : undefined,
    pathStyle: query.get('pathStyle') !== 'false',
  };
}

/** The store of a configuration: FILES_URL when set, else the data folder's files/. */
export const fileStoreFor = (config: { dataDir: string; filesUrl?: string }): Promise<FileStore> =>
  config.filesUrl
    ? openFileStore(config.filesUrl)
    : Promise.resolve(localFileStore(join(config.dataDir, 'files')));
