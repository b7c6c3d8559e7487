import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Smaller answers gain little from compression and cost a compressor's set-up. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * JSON, text, XML and SVG: what shrinks. Not octet-stream (@fastify/compress's default list has
 * it), nor PDF, DOCX or XLSX, which are compressed files already.
 */
const compressible = /^text\/(?!event-stream)|[+/]json(?:;|$)|[+/]xml(?:;|$)|^application\/javascript/u;

/**
 * Answers above the threshold go out in brotli or gzip, as the client's Accept-Encoding allows
 * (brotli at quality 4: most of the gain at a small CPU cost). Files the web app's build
 * compressed already (web-app.ts) are sent as they are. Request bodies are not decompressed.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    customTypes: compressible,
    globalDecompression: false,
  });
}
