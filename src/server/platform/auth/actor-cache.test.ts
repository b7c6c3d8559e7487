import { describe, expect, it } from 'vitest';
import type { Actor } from '../permissions/actor.ts';
import { ACTOR_TTL_MS, actorGeneration, cachedActor, forgetActors, rememberActor } from './actor-cache.ts';

const actor = (agencyId: string) => ({ personId: 'p', agencyId, grants: [] }) as unknown as Actor;

describe('actor cache', () => {
  it('serves an actor until its TTL or its credential runs out, whichever is first', () => {
    const now = 1_000_000;
    rememberActor('a', actor('X'), { now, generation: actorGeneration() });
    rememberActor('b', actor('X'), {
      now,
      generation: actorGeneration(),
      credentialExpiresAt: new Date(now + 1_000),
    });
    expect(cachedActor('a', now + ACTOR_TTL_MS - 1)?.agencyId).toBe('X');
    expect(cachedActor('a', now + ACTOR_TTL_MS)).toBeUndefined();
    expect(cachedActor('b', now + 1_000)).toBeUndefined();
  });

  it("forgets one agency's actors, or all of them", () => {
    const now = 2_000_000;
    rememberActor('x', actor('X'), { now, generation: actorGeneration() });
    rememberActor('y', actor('Y'), { now, generation: actorGeneration() });
    forgetActors('X');
    expect(cachedActor('x', now)).toBeUndefined();
    expect(cachedActor('y', now)?.agencyId).toBe('Y');
    forgetActors();
    expect(cachedActor('y', now)).toBeUndefined();
  });

  it('does not keep an actor loaded while a write invalidated the cache (it may be stale)', () => {
    const now = 3_000_000;
    const before = actorGeneration();
    forgetActors('X');
    rememberActor('late', actor('X'), { now, generation: before });
    expect(cachedActor('late', now)).toBeUndefined();
  });
});
