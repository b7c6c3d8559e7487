import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { documentVersions } from './documents.table.ts';
import { notifyVersionsWaiting } from './index.ts';

const ctx = setupTestApp();

describe('versions written without the transitions (the demo, an import)', () => {
  it('notify who must act on those waiting, once, as the transitions would', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const waiting = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x2.id,
      personId: f.xSecretariat,
      state: 'draft',
    });
    await db
      .update(documentVersions)
      .set({ state: 'submitted' })
      .where(eq(documentVersions.id, waiting.versionId));
    const aDraft = await seedDocument(db, {
      agencyId: f.agencyX,
      unitId: f.units.x2.id,
      personId: f.xSecretariat,
      state: 'draft',
    });
    const about = (versionId: string) =>
      db.select().from(notifications).where(eq(notifications.subjectId, versionId));
    expect(await about(waiting.versionId)).toEqual([]);

    const created = await db.transaction((tx) => notifyVersionsWaiting(tx, f.agencyX));
    expect(created).toBeGreaterThan(0);
    // The approver (leadership) sees it in the bell, titled as the transitions title it.
    const leader = await ctx.as('x.leadership_all');
    const bell = (await leader.get('/api/v1/notifications?pageSize=100')).body.items as Array<{
      kind: string;
      subjectId: string;
      title: string;
    }>;
    expect(bell.find((n) => n.subjectId === waiting.versionId)).toMatchObject({
      kind: 'documents.to_act',
      title: expect.stringMatching(/^Chờ phê duyệt: /),
    });
    // A draft waits for nobody; raising again adds nothing; another agency is untouched.
    expect(await about(aDraft.versionId)).toEqual([]);
    const rows = (await about(waiting.versionId)).length;
    expect(await db.transaction((tx) => notifyVersionsWaiting(tx, f.agencyX))).toBe(0);
    expect(await about(waiting.versionId)).toHaveLength(rows);
    expect(await db.transaction((tx) => notifyVersionsWaiting(tx, f.agencyY))).toBe(0);
  });
});
