import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type {
  CatalogueAction,
  CatalogueList,
  CatalogueState,
  CatalogueView,
  CatalogueWork,
} from '../../../../contract/records-catalogue.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { agencyRows, personRows, unitColumns, unitRows } from '../../org/index.ts';
import { catalogueEntries, catalogueEvents, recordFiles, recordsCatalogues } from '../records.table.ts';
import { nextCode } from './catalogue.numbers.ts';
import { approvalConflict, cataloguePolicy } from './catalogue.policy.ts';
import {
  catalogueHash,
  entriesOf,
  headingsOf,
  loadCatalogue,
  ordered,
  unitScope,
  unitsById,
} from './catalogue.repository.ts';

const agencies = agencyRows();
const people = personRows();
const units = unitRows();

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The catalogues the actor may read, newest year first, then by unit. */
export async function listCatalogues(
  db: Db,
  actor: Actor,
  query: { unitId?: string; year?: number },
): Promise<CatalogueList> {
  const rows = await db
    .select({
      catalogue: recordsCatalogues,
      unit: unitColumns(units),
      entryCount: sql<number>`(select count(*)::int from ${catalogueEntries} e where e.agency_id = ${recordsCatalogues.agencyId} and e.catalogue_id = ${recordsCatalogues.id})`,
    })
    .from(recordsCatalogues)
    .innerJoin(units, eq(units.id, recordsCatalogues.unitId))
    .where(
      and(
        eq(recordsCatalogues.agencyId, actor.agencyId),
        query.unitId ? eq(recordsCatalogues.unitId, query.unitId) : undefined,
        query.year ? eq(recordsCatalogues.year, query.year) : undefined,
      ),
    )
    .orderBy(desc(recordsCatalogues.year), asc(units.sortOrder), asc(units.name));
  const items = rows
    .filter((r) => cataloguePolicy.read(actor, unitScope(r.unit), r.catalogue.state as CatalogueState))
    .map(({ catalogue: c, unit, entryCount }) => ({
      id: c.id,
      unitId: c.unitId,
      unitName: unit.name,
      year: c.year,
      state: c.state as CatalogueState,
      entryCount,
      issuedAt: iso(c.issuedAt),
      version: c.version,
    }));
  return { items, canCreate: cataloguePolicy.createSomewhere(actor) };
}

/** The catalogue with its headings, entries, the files opened against them and the actor's abilities. */
export async function getCatalogueView(db: Db, actor: Actor, id: string): Promise<CatalogueView> {
  const { catalogue: c, unit } = await loadCatalogue(db, actor, id);
  const [headings, entries, [agency]] = await Promise.all([
    headingsOf(db, actor.agencyId, id),
    entriesOf(db, actor.agencyId, id),
    db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
  ]);
  const entryIds = entries.map((e) => e.id);
  const files = entryIds.length
    ? await db
        .select()
        .from(recordFiles)
        .where(and(eq(recordFiles.agencyId, actor.agencyId), inArray(recordFiles.catalogueEntryId, entryIds)))
        .orderBy(asc(recordFiles.fileCode))
    : [];
  const personIds = [...entries.map((e) => e.ownerPersonId), c.approvedBy, c.issuedBy, c.submittedBy].filter(
    (x): x is string => Boolean(x),
  );
  const names = personIds.length
    ? new Map(
        (
          await db
            .select({ id: people.id, fullName: people.fullName })
            .from(people)
            .where(and(eq(people.agencyId, actor.agencyId), inArray(people.id, personIds)))
        ).map((p) => [p.id, p.fullName]),
      )
    : new Map<string, string>();
  const owners = await unitsById(
    db,
    actor.agencyId,
    entries.map((e) => e.ownerUnitId),
  );
  const [next] = await db
    .select({ id: recordsCatalogues.id })
    .from(recordsCatalogues)
    .where(
      and(
        eq(recordsCatalogues.agencyId, actor.agencyId),
        eq(recordsCatalogues.unitId, c.unitId),
        eq(recordsCatalogues.year, c.year + 1),
      ),
    );
  const [events, currentHash] = await Promise.all([
    db
      .select()
      .from(catalogueEvents)
      .where(and(eq(catalogueEvents.agencyId, actor.agencyId), eq(catalogueEvents.catalogueId, id)))
      .orderBy(asc(catalogueEvents.at)),
    c.approvalHash ? catalogueHash(db, c) : Promise.resolve(null),
  ]);
  const lines = ordered(headings, entries);
  const scope = unitScope(unit);
  const state = c.state as CatalogueState;
  const permanent = entries.filter((e) => e.retentionYears === null).length;
  return {
    id: c.id,
    unitId: c.unitId,
    unitName: unit.name,
    unitCode: unit.code,
    agencyName: agency.name,
    year: c.year,
    state,
    entryCount: entries.length,
    issuedAt: iso(c.issuedAt),
    version: c.version,
    copiedFromId: c.copiedFromId,
    submittedByName: c.submittedBy ? (names.get(c.submittedBy) ?? null) : null,
    submittedAt: iso(c.submittedAt),
    approvedByName: c.approvedBy ? (names.get(c.approvedBy) ?? null) : null,
    approvedAt: iso(c.approvedAt),
    approverPosition: c.approverPosition,
    approvalValid: c.approvalHash ? c.approvalHash === currentHash : null,
    events: events.map((e) => ({
      action: e.action as CatalogueAction,
      fromState: e.fromState as CatalogueState,
      toState: e.toState as CatalogueState,
      actorName: e.actorName,
      comment: e.comment,
      at: e.at.toISOString(),
    })),
    issuedByName: c.issuedBy ? (names.get(c.issuedBy) ?? null) : null,
    headings: lines.flatMap((l) =>
      l.kind === 'heading'
        ? [
            {
              id: l.heading.id,
              parentId: l.heading.parentId,
              position: l.heading.position,
              number: l.number,
              title: l.heading.title,
              version: l.heading.version,
            },
          ]
        : [],
    ),
    entries: lines.flatMap((l) =>
      l.kind === 'entry'
        ? [
            {
              id: l.entry.id,
              headingId: l.entry.headingId,
              position: l.entry.position,
              code: l.entry.code,
              title: l.entry.title,
              retentionYears: l.entry.retentionYears,
              ownerUnitId: l.entry.ownerUnitId,
              ownerUnitName: owners.get(l.entry.ownerUnitId)?.name ?? '',
              ownerPersonId: l.entry.ownerPersonId,
              ownerPersonName: l.entry.ownerPersonId ? (names.get(l.entry.ownerPersonId) ?? null) : null,
              notes: l.entry.notes,
              sourceDocumentId: l.entry.sourceDocumentId,
              sourceRecordName: l.entry.sourceRecordName,
              version: l.entry.version,
              files: files
                .filter((f) => f.catalogueEntryId === l.entry.id)
                .map((f) => ({ id: f.id, fileCode: f.fileCode, title: f.title, state: f.state })),
            },
          ]
        : [],
    ),
    nextCode: nextCode(
      entries.map((e) => e.code),
      unit.code,
    ),
    counts: { total: entries.length, permanent, limited: entries.length - permanent },
    abilities: {
      edit: state === 'draft' && cataloguePolicy.edit(actor, scope),
      submit: state === 'draft' && cataloguePolicy.submit(actor, scope),
      approve: state === 'submitted' && cataloguePolicy.approve(actor, scope) && !approvalConflict(actor, c),
      issue: state === 'approved' && cataloguePolicy.issue(actor, scope),
      returnToDraft:
        (state === 'submitted' || state === 'approved') && cataloguePolicy.returnToDraft(actor, scope),
      copyForward: !next && cataloguePolicy.edit(actor, scope),
      approveBlocked:
        state === 'submitted' && cataloguePolicy.approve(actor, scope) ? approvalConflict(actor, c) : null,
    },
  };
}

/**
 * Việc của tôi, catalogues: those submitted to a unit head this person may approve — not
 * the ones they prepared or submitted themselves (segregation of duties makes those
 * another head's work).
 */
export async function catalogueWorkOf(db: Db, actor: Actor): Promise<CatalogueWork> {
  if (!actor.grants.some((g) => g.role === 'unit_head')) return { items: [] };
  const rows = await db
    .select({
      catalogue: recordsCatalogues,
      unitName: units.name,
      unitPath: units.path,
      submittedByName: people.fullName,
      entryCount: sql<number>`(select count(*)::int from ${catalogueEntries} e where e.agency_id = ${recordsCatalogues.agencyId} and e.catalogue_id = ${recordsCatalogues.id})`,
    })
    .from(recordsCatalogues)
    .innerJoin(
      units,
      and(eq(units.agencyId, recordsCatalogues.agencyId), eq(units.id, recordsCatalogues.unitId)),
    )
    .leftJoin(
      people,
      and(eq(people.agencyId, recordsCatalogues.agencyId), eq(people.id, recordsCatalogues.submittedBy)),
    )
    .where(and(eq(recordsCatalogues.agencyId, actor.agencyId), eq(recordsCatalogues.state, 'submitted')))
    .orderBy(asc(recordsCatalogues.submittedAt));
  return {
    items: rows
      .filter(
        (r) =>
          cataloguePolicy.approve(actor, { agencyId: actor.agencyId, unitPath: r.unitPath }) &&
          !approvalConflict(actor, r.catalogue),
      )
      .map((r) => ({
        id: r.catalogue.id,
        unitName: r.unitName,
        year: r.catalogue.year,
        entryCount: r.entryCount,
        submittedByName: r.submittedByName,
        submittedAt: (r.catalogue.submittedAt ?? r.catalogue.updatedAt).toISOString(),
      })),
  };
}
