import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PASSWORD_CHANGE_REQUIRED } from '../../../contract/auth.ts';
import type { Db } from '../../db/connection.ts';
import type { AuditContext } from '../audit/audit.service.ts';
import { registerActorCacheInvalidation } from '../auth/actor-cache.ts';
import { actorFromApiToken, actorFromSession } from '../auth/actor-loader.ts';
import type { Actor } from '../permissions/actor.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';
import { type Lang, requestLang } from './i18n.ts';

export const SESSION_COOKIE = 'eiso_session';

/**
 * Who may reach a route at all; what they may do with a record is decided in the
 * handler by the resource's policy. `policy` names that policy so the permission matrix
 * test can require one for every route.
 */
export type RouteAccess = 'public' | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    policy?: string;
  }
  interface FastifyRequest {
    actor: Actor | null;
    lang: Lang;
  }
  interface FastifyInstance {
    /** Every route with its access and policy: the permission matrix test walks it. */
    routeTable: Array<{ method: string; url: string; access?: RouteAccess; policy?: string }>;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The only routes open to someone who still holds a one-time password (see auth.routes.ts). */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set([
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
]);

export const passwordChangeRequired = () =>
  new AppError(403, PASSWORD_CHANGE_REQUIRED, {
    vi: 'Bạn cần đổi mật khẩu dùng một lần trước khi tiếp tục.',
    en: 'Change your one-time password before you continue.',
  });

const openBeforePasswordChange = (request: FastifyRequest) =>
  OPEN_BEFORE_PASSWORD_CHANGE.has(
    `${request.method === 'HEAD' ? 'GET' : request.method} ${request.routeOptions.url}`,
  );

/**
 * Resolves the actor, enforces sign-in, token scope, CSRF and the forced password change
 * before any handler runs.
 */
export function registerRequestContext(app: FastifyInstance, deps: { db: Db; sessionHours: number }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('lang', 'vi');
  registerActorCacheInvalidation(app);

  const routeTable: FastifyInstance['routeTable'] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({
          method,
          url: route.url,
          access: route.config?.access,
          policy: route.config?.policy,
        });
    }
    if (!route.url.startsWith('/api/v1')) return;
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access/policy (config.access)`);
    }
  });

  // preValidation, not preHandler: an anonymous caller learns nothing, not even which fields are wrong.
  app.addHook('preValidation', async (request, _reply) => {
    request.lang = requestLang(request);
    const config = request.routeOptions.config;
    if (!config?.access) return;
    request.actor = await resolveActor(request, deps);
    if (config.access === 'public') return;
    const actor = request.actor;
    if (!actor) throw unauthenticated();
    const write = !SAFE_METHODS.has(request.method);
    if (actor.via === 'token' && write && actor.tokenScope !== 'write') throw forbidden();
    if (actor.via === 'session' && write && request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError(403, 'auth.csrf', {
        vi: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.',
        en: 'Missing or wrong anti-forgery token. Reload the page.',
      });
    }
    // Cookie sessions and API tokens alike: nothing is done with a password others may know.
    if (actor.mustChangePassword && !openBeforePasswordChange(request)) throw passwordChangeRequired();
  });
}

async function resolveActor(request: FastifyRequest, deps: { db: Db; sessionHours: number }) {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const actor = await actorFromApiToken(deps.db, authorization.slice(7).trim());
    if (!actor) throw unauthenticated();
    return actor;
  }
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? actorFromSession(deps.db, cookie, deps.sessionHours) : null;
}

/** The signed-in actor (routes with access 'signed-in' always have one). */
export const actorOf = (request: FastifyRequest): Actor => {
  if (!request.actor) throw unauthenticated();
  return request.actor;
};

export const auditContextOf = (request: FastifyRequest): AuditContext => ({
  actor: request.actor,
  ip: request.ip,
  userAgent: request.headers['user-agent'],
});

export type Reply = FastifyReply;

/** What every service call takes: the database, who asks, and how to record it. */
export const depsOf = (db: Db, request: FastifyRequest) => ({
  db,
  actor: actorOf(request),
  audit: auditContextOf(request),
});
