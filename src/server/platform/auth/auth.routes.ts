import { z } from 'zod';
import {
  activeUnitBody,
  changePasswordBody,
  createdToken,
  createTokenBody,
  loginBody,
  meBody,
  tokenView,
} from '../../../contract/auth.ts';
import { idParams, okBody } from '../../../contract/common.ts';
import type { Db } from '../../db/connection.ts';
import { actorOf, auditContextOf, depsOf, SESSION_COOKIE } from '../http/request-context.ts';
import type { Api } from '../http/typed.ts';
import { actorFromSession } from './actor-loader.ts';
import {
  changePassword,
  createToken,
  describeMe,
  listTokens,
  login,
  logout,
  revokeToken,
  setActiveUnit,
} from './auth.service.ts';

export function authRoutes(
  app: Api,
  deps: { db: Db; sessionHours: number; secureCookies: boolean; loginAttemptsPerMinute: number },
) {
  const { db, sessionHours, secureCookies } = deps;
  const tags = ['Đăng nhập / Sign-in'];
  const own = (policy: string) => ({ access: 'signed-in' as const, policy });

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', policy: 'public' },
      schema: { tags, body: loginBody, response: { 200: meBody } },
    },
    async (req, reply) => {
      const { token } = await login(
        { db, audit: auditContextOf(req), sessionHours, attemptsPerMinute: deps.loginAttemptsPerMinute },
        req.body,
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: sessionHours * 3600,
      });
      const actor = await actorFromSession(db, token, sessionHours);
      return describeMe(db, actor!);
    },
  );
  app.post(
    '/api/v1/auth/logout',
    { config: own('self'), schema: { tags, response: { 200: okBody } } },
    async (req, reply) => {
      await logout(db, actorOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
  app.get('/api/v1/auth/me', { config: own('self'), schema: { tags, response: { 200: meBody } } }, (req) =>
    describeMe(db, actorOf(req)),
  );
  app.put(
    '/api/v1/auth/active-unit',
    { config: own('self'), schema: { tags, body: activeUnitBody, response: { 200: meBody } } },
    async (req) => {
      await setActiveUnit(db, actorOf(req), req.body.unitId);
      return describeMe(db, actorOf(req));
    },
  );
  app.post(
    '/api/v1/auth/password',
    { config: own('self'), schema: { tags, body: changePasswordBody, response: { 200: okBody } } },
    async (req) => {
      await changePassword(depsOf(db, req), req.body);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/v1/auth/tokens',
    { config: own('self'), schema: { tags, response: { 200: z.array(tokenView) } } },
    (req) => listTokens(db, actorOf(req)),
  );
  app.post(
    '/api/v1/auth/tokens',
    { config: own('self'), schema: { tags, body: createTokenBody, response: { 201: createdToken } } },
    async (req, reply) => reply.code(201).send(await createToken(depsOf(db, req), req.body)),
  );
  app.delete(
    '/api/v1/auth/tokens/:id',
    { config: own('self'), schema: { tags, params: idParams, response: { 200: tokenView } } },
    (req) => revokeToken(depsOf(db, req), req.params.id),
  );
}
