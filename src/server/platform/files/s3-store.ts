import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { checkFileHash, type FileStore, fileKey, unreachableStore } from './files.ts';

export type S3Options = {
  /** `http(s)://host:port` of the S3-compatible service (MinIO, Ceph, AWS…). */
  endpoint: string;
  region: string;
  bucket: string;
  /** Put before every key (`eiso/` to share a bucket); empty for the bucket's root. */
  prefix: string;
  /** Absent: the AWS SDK's usual sources (AWS_ACCESS_KEY_ID…, a profile, a role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `bucket` in the path (MinIO's default) rather than in the host name. */
  pathStyle: boolean;
};

const LIST_PAGE = 1000;

const isMissing = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

/** Files as objects `<prefix><2 hex>/<sha256>` of one bucket; a PUT is all or nothing. */
export function s3FileStore(options: S3Options): FileStore {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.credentials,
    forcePathStyle: options.pathStyle,
    // Checksums only where S3 requires them: the newer default (CRC32 trailers on every
    // upload) is refused by many S3-compatible servers still running in data centres.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const { bucket, prefix } = options;
  const keyOf = (hash: string) => {
    checkFileHash(hash);
    return `${prefix}${fileKey(hash)}`;
  };
  const keyPattern = /^([0-9a-f]{2})\/(\1[0-9a-f]{62})$/;
  const location = `${options.endpoint}/${bucket}/${prefix}`;
  return {
    location,
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
        throw unreachableStore(location, status === 404 ? new Error(`no bucket ${bucket}`) : error);
      }
    },
    async put(hash, content, size) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(hash),
          Body: content,
          ContentLength: size,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async get(hash) {
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(hash) }));
        if (!Body) throw new Error(`file ${hash}: empty answer from ${options.endpoint}`);
        return Body as Readable;
      } catch (error) {
        if (isMissing(error)) throw new Error(`file ${hash} not found in ${bucket}`, { cause: error });
        throw error;
      }
    },
    async exists(hash) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(hash) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async *list() {
      // ListObjects (v1) paged by the last key: every S3-compatible server has it.
      let marker: string | undefined;
      for (;;) {
        const page = await client.send(
          new ListObjectsCommand({
            Bucket: bucket,
            Prefix: prefix || undefined,
            Marker: marker,
            MaxKeys: LIST_PAGE,
          }),
        );
        const contents = page.Contents ?? [];
        for (const { Key, Size } of contents) {
          const hash = Key?.slice(prefix.length).match(keyPattern)?.[2];
          if (hash) yield { hash, size: Size ?? 0 };
        }
        if (!page.IsTruncated || contents.length === 0) return;
        marker = contents.at(-1)?.Key;
      }
    },
  };
}
