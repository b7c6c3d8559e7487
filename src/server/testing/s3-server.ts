import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';

/** s3rver's one built-in key pair. */
const KEY = 'S3RVER';
const SECRET = 'S3RVER';

/**
 * An S3-compatible server in this process (s3rver, objects in a temporary folder), with
 * `buckets` created: `urlOf` gives the FILES_URL of one. Signatures are checked loosely:
 * s3rver computes a bucket-level request's signature without the trailing slash the AWS
 * SDK v3 signs (path style), so a listing would otherwise be refused.
 */
export async function startS3Server(buckets: string[]) {
  const directory = await mkdtemp(join(tmpdir(), 'eiso-test-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    allowMismatchedSignatures: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return {
    urlOf: (bucket: string, prefix = '') =>
      `s3://${KEY}:${SECRET}@127.0.0.1:${port}/${bucket}${prefix ? `/${prefix}` : ''}?region=us-east-1&tls=false`,
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
