import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  annualNarrativeKeys,
  type createPackBody,
  type DeclarationList,
  type DeclarationView,
  type NarrativeKey,
  type narrativeBody,
  type PackList,
  type PackView,
  type signDeclarationBody,
} from '../../../../contract/steering-reports.ts';
import type { Db } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { isUniqueViolation } from '../../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden, invalidField, notFound, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { proceduresInForce } from '../../documents/index.ts';
import { agencyName, verifySigner } from '../../org/index.ts';
import { compileInputs, packSections } from './reports.inputs.ts';
import { reportsPolicy } from './reports.policy.ts';
import type { DirectivesStatusProvider } from './reports.providers.ts';
import { steeringDeclarations, steeringReviewPacks } from './reports.table.ts';

/**
 * `now`: the moment of the change, the present unless given — the demo writes its story's
 * papers through these functions on the story's days (then moved with the rest of it).
 */
type Deps = { db: Db; actor: Actor; audit: AuditContext; now?: Date };

/** Not allowed to read: the reports do not exist for this person (404). */
export function assertReader(actor: Actor) {
  if (!reportsPolicy.read(actor)) throw notFound('steering_report');
}
/** Readers who may not prepare: 403 (they see the reports, not the action). */
function assertPreparer(actor: Actor) {
  assertReader(actor);
  if (!reportsPolicy.prepare(actor)) throw forbidden();
}

const packLabel = (p: { title: string }) => p.title;

export async function listPacks(db: Db, actor: Actor): Promise<PackList> {
  assertReader(actor);
  const rows = await db
    .select()
    .from(steeringReviewPacks)
    .where(eq(steeringReviewPacks.agencyId, actor.agencyId))
    .orderBy(desc(steeringReviewPacks.periodTo), desc(steeringReviewPacks.createdAt));
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      from: r.periodFrom,
      to: r.periodTo,
      updatedAt: r.updatedAt.toISOString(),
    })),
    canCreate: reportsPolicy.prepare(actor),
  };
}

/** A pack for a period: one per period; asking again for the same period answers 409. */
export async function createPack(
  { db, actor, audit, now = new Date() }: Deps,
  body: z.infer<typeof createPackBody>,
) {
  assertPreparer(actor);
  const id = newId();
  try {
    await db.transaction(async (tx) => {
      const values = {
        id,
        agencyId: actor.agencyId,
        title: body.title,
        periodFrom: body.from,
        periodTo: body.to,
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
      };
      await tx.insert(steeringReviewPacks).values(values);
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'steering_review_pack',
        entityId: id,
        entityLabel: packLabel(body),
        action: 'create',
        changes: diff(null, { title: body.title, periodFrom: body.from, periodTo: body.to }),
      });
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw invalidField(
        'from',
        {
          vi: 'Đã có báo cáo cho kỳ này; mở báo cáo đó để sửa.',
          en: 'A report for this period exists; open it to edit.',
        },
        409,
        'steering_report.period_taken',
      );
    throw e;
  }
  return id;
}

async function loadPack(db: Db, actor: Actor, id: string) {
  assertReader(actor);
  const [row] = await db
    .select()
    .from(steeringReviewPacks)
    .where(and(eq(steeringReviewPacks.agencyId, actor.agencyId), eq(steeringReviewPacks.id, id)));
  if (!row) throw notFound('steering_report');
  return row;
}

/** The pack with every figure asked again of its module, and the stored narrative. */
export async function getPack(
  db: Db,
  actor: Actor,
  id: string,
  directives: DirectivesStatusProvider,
): Promise<PackView> {
  const row = await loadPack(db, actor, id);
  return packViewOf(db, actor, row, directives);
}

export async function packViewOf(
  db: Db,
  actor: Actor,
  row: typeof steeringReviewPacks.$inferSelect,
  directives: DirectivesStatusProvider,
): Promise<PackView> {
  const [parts, name] = await Promise.all([
    compileInputs(db, actor, { from: row.periodFrom, to: row.periodTo }, directives),
    agencyName(db, actor.agencyId),
  ]);
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    from: row.periodFrom,
    to: row.periodTo,
    agencyName: name,
    sections: packSections(parts, row.narratives),
    annual: Object.fromEntries(
      annualNarrativeKeys.map((k) => [k, row.narratives[k] ?? '']),
    ) as PackView['annual'],
    canEdit: reportsPolicy.prepare(actor),
  };
}

/** The pack of a calendar year (the annual report's), when the secretariat made one. */
export async function packOfYear(db: Db, actor: Actor, year: number) {
  assertReader(actor);
  const [row] = await db
    .select()
    .from(steeringReviewPacks)
    .where(
      and(
        eq(steeringReviewPacks.agencyId, actor.agencyId),
        eq(steeringReviewPacks.periodFrom, `${year}-01-01`),
        eq(steeringReviewPacks.periodTo, `${year}-12-31`),
      ),
    );
  return row ?? null;
}

/** Saves narratives (the keys sent; an empty text clears one) with the version read. */
export async function saveNarratives(
  { db, actor, audit, now = new Date() }: Deps,
  id: string,
  body: z.infer<typeof narrativeBody>,
) {
  await loadPack(db, actor, id);
  assertPreparer(actor);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(steeringReviewPacks)
      .where(and(eq(steeringReviewPacks.agencyId, actor.agencyId), eq(steeringReviewPacks.id, id)))
      .for('update');
    if (!before) throw notFound('steering_report');
    if (before.version !== body.version) throw staleVersion();
    const next: Partial<Record<NarrativeKey, string>> = { ...before.narratives };
    for (const [k, v] of Object.entries(body.narratives) as Array<[NarrativeKey, string]>) {
      if (v) next[k] = v;
      else delete next[k];
    }
    await tx
      .update(steeringReviewPacks)
      .set({ narratives: next, version: sql`${steeringReviewPacks.version} + 1`, updatedAt: now })
      .where(and(eq(steeringReviewPacks.agencyId, actor.agencyId), eq(steeringReviewPacks.id, id)));
    const keys = Object.keys(body.narratives) as NarrativeKey[];
    const changes = diff(
      { narratives: Object.fromEntries(keys.map((k) => [k, before.narratives[k] ?? ''])) },
      { narratives: Object.fromEntries(keys.map((k) => [k, next[k] ?? ''])) },
    );
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'steering_review_pack',
      entityId: id,
      entityLabel: packLabel(before),
      action: 'update',
      changes,
    });
  });
}

// ——— Declaration of conformity ———

type DeclarationRow = typeof steeringDeclarations.$inferSelect;
const declarationView = (r: DeclarationRow): DeclarationView => ({
  id: r.id,
  version: r.version,
  state: r.state as DeclarationView['state'],
  declaredOn: r.declaredOn,
  scope: r.scope,
  signer: r.signerName ? { name: r.signerName, position: r.signerPosition ?? '' } : null,
  createdAt: r.createdAt.toISOString(),
});

/**
 * The declaration in force: the latest signed one, with how its scope differs from the
 * procedures in force today (added, removed) — stale when they differ. Public: the public
 * page shows it.
 */
export async function currentDeclaration(db: Db, agencyId: string) {
  const [row] = await db
    .select()
    .from(steeringDeclarations)
    .where(and(eq(steeringDeclarations.agencyId, agencyId), eq(steeringDeclarations.state, 'signed')))
    .orderBy(desc(steeringDeclarations.declaredOn), desc(steeringDeclarations.signedAt))
    .limit(1);
  const inForce = (await proceduresInForce(db, agencyId)).map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
  }));
  const declared = new Set(row?.scope.map((s) => s.id) ?? []);
  const now = new Set(inForce.map((p) => p.id));
  const added = inForce.filter((p) => !declared.has(p.id));
  const removed = (row?.scope ?? []).filter((s) => !now.has(s.id));
  return {
    declaration: row ? declarationView(row) : null,
    added,
    removed,
    stale: !row || added.length > 0 || removed.length > 0,
    inForce,
  };
}

export async function listDeclarations(db: Db, actor: Actor): Promise<DeclarationList> {
  assertReader(actor);
  const rows = await db
    .select()
    .from(steeringDeclarations)
    .where(eq(steeringDeclarations.agencyId, actor.agencyId))
    .orderBy(desc(steeringDeclarations.createdAt));
  const current = await currentDeclaration(db, actor.agencyId);
  return {
    items: rows.map(declarationView),
    current: current.declaration,
    added: current.added,
    removed: current.removed,
    stale: current.stale,
    canDraft: reportsPolicy.prepare(actor),
    canSign: reportsPolicy.sign(actor),
  };
}

/** The secretariat drafts a declaration whose scope is the procedures in force today. */
export async function draftDeclaration({ db, actor, audit, now = new Date() }: Deps) {
  assertPreparer(actor);
  const id = newId();
  await db.transaction(async (tx) => {
    const scope = (await proceduresInForce(tx, actor.agencyId)).map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
    }));
    await tx.insert(steeringDeclarations).values({
      id,
      agencyId: actor.agencyId,
      scope,
      createdBy: actor.personId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'steering_declaration',
      entityId: id,
      entityLabel: 'Công bố HTQLCL phù hợp TCVN ISO 9001:2015',
      action: 'create',
      changes: diff(null, { state: 'draft', scope: scope.map((s) => s.code).join(', ') }),
    });
  });
  return id;
}

/** Leadership signs a draft (password again); the row is locked so it is signed once. */
export async function signDeclaration(
  { db, actor, audit, now = new Date() }: Deps,
  id: string,
  body: z.infer<typeof signDeclarationBody>,
) {
  assertReader(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(steeringDeclarations)
      .where(and(eq(steeringDeclarations.agencyId, actor.agencyId), eq(steeringDeclarations.id, id)))
      .for('update');
    if (!row) throw notFound('steering_declaration');
    if (!reportsPolicy.sign(actor)) throw forbidden();
    if (row.version !== body.version) throw staleVersion();
    if (row.state !== 'draft')
      throw invalidField(
        'version',
        { vi: 'Bản công bố này đã được ký.', en: 'This declaration is already signed.' },
        409,
        'steering_declaration.signed',
      );
    const position = await verifySigner(tx, actor, body.password);
    const today = todayInVietnam(now);
    await tx
      .update(steeringDeclarations)
      .set({
        state: 'signed',
        declaredOn: today,
        signedBy: actor.personId,
        signedAt: now,
        signerName: actor.fullName,
        signerPosition: position,
        version: sql`${steeringDeclarations.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(steeringDeclarations.agencyId, actor.agencyId), eq(steeringDeclarations.id, id)));
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'steering_declaration',
      entityId: id,
      entityLabel: 'Công bố HTQLCL phù hợp TCVN ISO 9001:2015',
      action: 'sign',
      changes: diff(
        { state: 'draft', declaredOn: null, signerName: null, signerPosition: null },
        { state: 'signed', declaredOn: today, signerName: actor.fullName, signerPosition: position },
      ),
    });
  });
}

export async function loadDeclaration(db: Db, actor: Actor, id: string) {
  assertReader(actor);
  const [row] = await db
    .select()
    .from(steeringDeclarations)
    .where(and(eq(steeringDeclarations.agencyId, actor.agencyId), eq(steeringDeclarations.id, id)));
  if (!row) throw notFound('steering_declaration');
  return declarationView(row);
}

/**
 * The pack of a period (one per agency and period), for a meeting under review: its id, or
 * null when none is compiled yet or the reader may not read the reports.
 */
export async function packOfPeriod(
  db: Db,
  actor: Actor,
  period: { from: string; to: string },
): Promise<string | null> {
  if (!reportsPolicy.read(actor)) return null;
  const [row] = await db
    .select({ id: steeringReviewPacks.id })
    .from(steeringReviewPacks)
    .where(
      and(
        eq(steeringReviewPacks.agencyId, actor.agencyId),
        eq(steeringReviewPacks.periodFrom, period.from),
        eq(steeringReviewPacks.periodTo, period.to),
      ),
    );
  return row?.id ?? null;
}

/**
 * The pack of a period, compiled when none exists (the secretariat only): the id of the one
 * pack of that period, whoever made it first — asked twice at once, both get the same pack.
 */
export async function ensurePackOfPeriod(deps: Deps, body: z.infer<typeof createPackBody>): Promise<string> {
  assertPreparer(deps.actor);
  const existing = await packOfPeriod(deps.db, deps.actor, body);
  if (existing) return existing;
  try {
    return await createPack(deps, body);
  } catch (e) {
    const again = await packOfPeriod(deps.db, deps.actor, body);
    if (again) return again;
    throw e;
  }
}
