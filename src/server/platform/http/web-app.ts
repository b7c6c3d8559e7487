import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from './errors.ts';
import { requestLang } from './i18n.ts';

/** Vite puts every built file whose name carries its content hash under assets/. */
const HASHED_DIR = 'assets';
/** A hashed file never changes: a browser keeps it a year without asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Hashed assets forever; anything else (index.html) checked with the server on every use. */
function cacheControlFor(webDir: string, file: string) {
  return relative(webDir, file).startsWith(HASHED_DIR + sep) ? IMMUTABLE : 'no-cache';
}

/**
 * The built web app (WEB_DIR): its files, with the brotli (.br) and gzip (.gz) copies the
 * build writes beside them sent to browsers that accept them; any other GET outside /api
 * gets index.html (the app routes in the browser), except a missing asset: a page built
 * before the last upgrade asking for its old chunk gets 404, not HTML in place of a script.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  const indexHtml = join(webDir, 'index.html');
  if (existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed copies are reached through their file, not as routes of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply, file) => reply.header('cache-control', cacheControlFor(webDir, file)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const appRoute = !request.url.startsWith('/api') && !request.url.startsWith(`/${HASHED_DIR}/`);
    if (request.method === 'GET' && appRoute && existsSync(indexHtml)) {
      return reply.sendFile('index.html');
    }
    return reply.code(404).send(notFound('route').toBody(requestLang(request)));
  });
}
