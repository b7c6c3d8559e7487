import type { FastifyInstance } from 'fastify';
import type { Actor } from '../permissions/actor.ts';

/**
 * How long another instance may go on serving an actor after a change it did not see
 * (a revoked grant, a deactivated person, a sign-out). Writes in this process invalidate
 * at once; see ARCHITECTURE.md, "The actor is cached per session".
 */
export const ACTOR_TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;

type Entry = { actor: Actor; validUntil: number };
const entries = new Map<string, Entry>();
/** Bumped by every invalidation: a load that began before one is not kept (it may be stale). */
let generation = 0;

/** Read before loading an actor; hand it to rememberActor. */
export const actorGeneration = () => generation;

/** The actor of a credential (session or token hash) loaded less than ACTOR_TTL_MS ago. */
export function cachedActor(key: string, now: number): Actor | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  if (entry.validUntil > now) return entry.actor;
  entries.delete(key);
  return undefined;
}

/** Keeps the actor until the TTL runs out or the credential expires, whichever is first. */
export function rememberActor(
  key: string,
  actor: Actor,
  loaded: { now: number; generation: number; credentialExpiresAt?: Date | null },
) {
  if (loaded.generation !== generation) return;
  const { now, credentialExpiresAt } = loaded;
  const validUntil = Math.min(now + ACTOR_TTL_MS, credentialExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(key, { actor: Object.freeze(actor), validUntil });
}

/** Forgets every actor of the agency (all of them when `agencyId` is undefined). */
export function forgetActors(agencyId?: string) {
  generation++;
  if (agencyId === undefined) return entries.clear();
  for (const [key, entry] of entries) if (entry.actor.agencyId === agencyId) entries.delete(key);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Any write by a signed-in person may change who can do what in their agency (grants,
 * people, units, sessions, passwords): the agency's cached actors are dropped before the
 * answer leaves, so the next request of anyone in it, here, sees the change. An operator's
 * write (agencies, first administrators) drops them all. Deliberately coarse: a write path
 * that forgets to invalidate cannot exist, and a reload is one prepared statement.
 */
export function registerActorCacheInvalidation(app: FastifyInstance) {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (SAFE_METHODS.has(request.method) || !request.actor) return payload;
    forgetActors(request.actor.isOperator ? undefined : request.actor.agencyId);
    return payload;
  });
}
