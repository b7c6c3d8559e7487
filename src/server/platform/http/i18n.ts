import type { FastifyRequest } from 'fastify';

export type Lang = 'vi' | 'en';

/** Vietnamese unless the client asks for English first. */
export function requestLang(request: Pick<FastifyRequest, 'headers'>): Lang {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'vi';
}
