import type { FastifyInstance } from 'fastify';

/** Health checks come every few seconds from load balancers and monitors: not worth a line. */
const QUIET = new Set(['/api/health']);
const LOGS_INFO = new Set(['trace', 'debug', 'info']);

/**
 * One line per request at info (Fastify's own logging writes two: "incoming request" and
 * "request completed"); none for the health check. Errors are still logged by the error
 * handler with their stack.
 */
export function registerRequestLog(app: FastifyInstance) {
  if (!LOGS_INFO.has(app.log.level)) return;
  app.addHook('onResponse', async (request, reply) => {
    if (QUIET.has(request.routeOptions.url ?? '')) return;
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
