import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, desc, eq, gt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withDatabase } from '../../testing/global-setup.ts';
import { tempDataDir } from '../../testing/temp-data-dir.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { backup } from '../backup/backup.ts';
import { anchorsPath, readAuditAnchors, writeAuditAnchors } from './audit.anchors.ts';
import { auditEvents, auditHeads } from './audit.table.ts';
import { verifyAuditChains } from './audit.verify.ts';

const ctx = setupTestApp();
const db = () => ctx.database.db;

async function someEvents(n: number) {
  const admin = await ctx.as('x.admin');
  for (let i = 0; i < n; i++) {
    await admin.post('/api/v1/units', {
      code: `N${Date.now() % 100000}${i}`,
      name: `Vụ neo ${i}`,
      kind: 'vu',
    });
  }
}

/** What someone with database access but not the data folder does: deletes the newest events, rolls the head back. */
async function truncateAndRollBack(agencyId: string, count: number) {
  const newest = await db()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.agencyId, agencyId))
    .orderBy(desc(auditEvents.seq))
    .limit(count + 1);
  const keep = newest[count];
  await db()
    .delete(auditEvents)
    .where(and(eq(auditEvents.agencyId, agencyId), gt(auditEvents.seq, keep.seq)));
  await db()
    .update(auditHeads)
    .set({ seq: keep.seq, hash: keep.hash })
    .where(eq(auditHeads.agencyId, agencyId));
}

describe('audit anchors', () => {
  it('are written outside the database and reveal deleted newest events with a rolled-back head', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'eiso-anchors-'));
    try {
      await someEvents(3);
      const logged: object[] = [];
      const log = { info: (details: object) => logged.push(details) };
      const written = await writeAuditAnchors({ database: ctx.database, dataDir, log });
      const x = ctx.fixture.agencyX;
      const [head] = await db().select().from(auditHeads).where(eq(auditHeads.agencyId, x));
      expect(written).toContainEqual({ agencyId: x, seq: head.seq, hash: head.hash, at: expect.any(String) });
      expect(logged).toContainEqual({ auditAnchor: expect.objectContaining({ agencyId: x, seq: head.seq }) });
      // Nothing moved: nothing new is appended.
      expect(await writeAuditAnchors({ database: ctx.database, dataDir, log })).toEqual([]);
      const anchors = await readAuditAnchors(dataDir);
      expect((await verifyAuditChains(db(), anchors)).problems).toEqual([]);

      await truncateAndRollBack(x, 2);
      // Without anchors the chain agrees with its (rolled back) head…
      expect((await verifyAuditChains(db())).problems).toEqual([]);
      // …against the anchor it is found.
      expect((await verifyAuditChains(db(), anchors)).problems).toEqual([
        { agencyId: x, seq: head.seq, problem: 'behind_anchor', anchoredAt: expect.any(String) },
      ]);
      // An anchor written after the rollback does not hide it: the furthest anchor counts.
      await writeAuditAnchors({ database: ctx.database, dataDir });
      expect((await verifyAuditChains(db(), await readAuditAnchors(dataDir))).problems).toHaveLength(1);

      // Every backup anchors the heads first and carries the anchors file.
      const archive = join(dataDir, 'b.tar.gz');
      await backup(ctx.database, { dataDir, file: archive });
      const { list } = await import('tar');
      const names: string[] = [];
      await list({ file: archive, onReadEntry: (e) => names.push(e.path) });
      expect(names).toContain('audit-anchors.jsonl');
      expect(readFileSync(anchorsPath(dataDir), 'utf8').trim().split('\n').length).toBeGreaterThan(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.runIf(process.env.EISO_TEST_DB === 'postgres')(
    '`eiso audit verify` exits 1 on a truncated chain with a rolled-back head',
    async () => {
      const dataDir = tempDataDir('eiso-anchors-cli-');
      try {
        await someEvents(2);
        await writeAuditAnchors({ database: ctx.database, dataDir });
        const [{ name }] = await ctx.database.query<{ name: string }>('select current_database() as name');
        const env = {
          ...process.env,
          DATABASE_URL: withDatabase(process.env.TEST_DATABASE_URL as string, name),
          DATA_DIR: dataDir,
        };
        const run = () =>
          promisify(execFile)(process.execPath, ['src/cli/eiso.ts', 'audit', 'verify'], { env }).then(
            (r) => ({ code: 0, out: r.stdout }),
            (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
          );
        expect((await run()).code).toBe(0);
        await truncateAndRollBack(ctx.fixture.agencyX, 1);
        const after = await run();
        expect(after.code).toBe(1);
        expect(after.out).toContain('head rolled back');
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});
