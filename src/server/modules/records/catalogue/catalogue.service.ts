import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  CatalogueAction,
  CatalogueState,
  createCatalogueBody,
} from '../../../../contract/records-catalogue.ts';
import type { Tx } from '../../../db/connection.ts';
import { newId } from '../../../db/ids.ts';
import { isUniqueViolation, updateVersioned } from '../../../db/versioned.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, notFound, staleVersion } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { unitRows, verifySigner } from '../../org/index.ts';
import { catalogueEntries, catalogueEvents, catalogueHeadings, recordsCatalogues } from '../records.table.ts';
import { notifyCatalogueDecided, notifyCatalogueSubmitted } from './catalogue.notify.ts';
import { assertNotPreparer, cataloguePolicy } from './catalogue.policy.ts';
import {
  type CatalogueRow,
  catalogueHash,
  type Deps,
  entriesOf,
  headingsOf,
  loadCatalogue,
  unitScope,
} from './catalogue.repository.ts';

const units = unitRows();

const label = (c: Pick<CatalogueRow, 'year'>, unitName: string) =>
  `Danh mục hồ sơ năm ${c.year} – ${unitName}`;

const alreadyExists = (year: number) =>
  invalidField(
    'year',
    {
      vi: `Đơn vị đã có danh mục hồ sơ năm ${year}.`,
      en: `The unit already has a records catalogue for ${year}.`,
    },
    409,
    'catalogue.exists',
  );

async function insertCatalogue(
  tx: Tx,
  deps: Pick<Deps, 'actor' | 'audit'>,
  values: { unitId: string; year: number; copiedFromId?: string | null },
  unitName: string,
) {
  const [existing] = await tx
    .select({ id: recordsCatalogues.id })
    .from(recordsCatalogues)
    .where(
      and(
        eq(recordsCatalogues.agencyId, deps.actor.agencyId),
        eq(recordsCatalogues.unitId, values.unitId),
        eq(recordsCatalogues.year, values.year),
      ),
    );
  if (existing) throw alreadyExists(values.year);
  const [row] = await tx
    .insert(recordsCatalogues)
    .values({
      id: newId(),
      agencyId: deps.actor.agencyId,
      unitId: values.unitId,
      year: values.year,
      copiedFromId: values.copiedFromId ?? null,
      createdBy: deps.actor.personId,
    })
    .returning();
  await recordAudit(tx, deps.audit, {
    agencyId: deps.actor.agencyId,
    entityType: 'records_catalogue',
    entityId: row.id,
    entityLabel: label(row, unitName),
    action: 'create',
    changes: diff(null, row),
  });
  return row;
}

/** A unit's empty draft catalogue for a year. */
export async function createCatalogue({ db, actor, audit }: Deps, body: z.infer<typeof createCatalogueBody>) {
  try {
    return await db.transaction(async (tx) => {
      const [unit] = await tx
        .select()
        .from(units)
        .where(and(eq(units.id, body.unitId), eq(units.agencyId, actor.agencyId)));
      if (!unit) throw notFound('unit');
      if (!cataloguePolicy.edit(actor, unitScope(unit))) throw forbidden();
      return insertCatalogue(tx, { actor, audit }, body, unit.name);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists(body.year);
    throw e;
  }
}

type Rule = {
  from: CatalogueState[];
  to: CatalogueState;
  may: (a: Actor, s: ReturnType<typeof unitScope>) => boolean;
  /** Approval: the unit head re-enters their password (the shared e-approval). */
  signs?: boolean;
  /** A return says what to change. */
  needsComment?: boolean;
};

/** The catalogue's lifecycle; anything else is 409 catalogue.transition_forbidden. */
export const catalogueTransitions: Record<CatalogueAction, Rule> = {
  submit: { from: ['draft'], to: 'submitted', may: cataloguePolicy.submit },
  approve: { from: ['submitted'], to: 'approved', may: cataloguePolicy.approve, signs: true },
  return: {
    from: ['submitted', 'approved'],
    to: 'draft',
    may: cataloguePolicy.returnToDraft,
    needsComment: true,
  },
  issue: { from: ['approved'], to: 'issued', may: cataloguePolicy.issue },
};

/**
 * Draft → submitted to the unit head (by its ISO officer or the secretariat, never the head
 * who approves it; the heads are notified) → approved by the unit head, password
 * re-entered, never by who prepared or submitted it → issued (unit head or ISO officer).
 * The head returns a submitted or approved (not yet issued) catalogue to draft with a
 * comment. The row is locked for the transaction and its version checked in the update.
 */
export async function transitionCatalogue(
  { db, actor, audit }: Deps,
  id: string,
  body: { action: CatalogueAction; version: number; password?: string; comment?: string },
) {
  await db.transaction(async (tx) => {
    const { catalogue, unit } = await loadCatalogue(tx, actor, id, true);
    const rule = catalogueTransitions[body.action];
    if (!rule.may(actor, unitScope(unit))) throw forbidden();
    if (body.action === 'approve') assertNotPreparer(actor, catalogue);
    const state = catalogue.state as CatalogueState;
    if (!rule.from.includes(state)) {
      throw new AppError(409, 'catalogue.transition_forbidden', {
        vi: `Không thể thực hiện thao tác này khi danh mục đang ở trạng thái "${stateVi[state]}".`,
        en: `This action is not possible while the catalogue is ${state}.`,
      });
    }
    if (body.version !== catalogue.version) throw staleVersion();
    const missing = [
      ...(rule.signs && !body.password ? ['password'] : []),
      ...(rule.needsComment && !body.comment ? ['comment'] : []),
    ];
    if (missing.length) {
      throw new AppError(
        400,
        'validation.failed',
        { vi: 'Thiếu thông tin bắt buộc.', en: 'Required details are missing.' },
        missing.map((path) => ({
          path,
          text: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
        })),
      );
    }
    const now = new Date();
    let patch: Partial<CatalogueRow> = { state: rule.to };
    if (body.action === 'submit') patch = { ...patch, submittedBy: actor.personId, submittedAt: now };
    if (body.action === 'approve') {
      const position = await verifySigner(tx, actor, body.password!);
      patch = {
        ...patch,
        approvedBy: actor.personId,
        approvedAt: now,
        approverPosition: position,
        approvalHash: await catalogueHash(tx, catalogue),
      };
    }
    if (body.action === 'return') {
      patch = { ...patch, approvedBy: null, approvedAt: null, approverPosition: null, approvalHash: null };
    }
    if (body.action === 'issue') patch = { ...patch, issuedBy: actor.personId, issuedAt: now };
    const updated = await updateVersioned(
      tx,
      recordsCatalogues,
      { id, agencyId: actor.agencyId, version: body.version },
      patch,
    );
    if (body.action === 'submit')
      await notifyCatalogueSubmitted(tx, { catalogue: updated, unitName: unit.name });
    if (body.action === 'approve' || body.action === 'return') {
      await notifyCatalogueDecided(tx, {
        catalogue: updated,
        unitName: unit.name,
        action: body.action,
        comment: body.comment,
      });
    }
    await tx.insert(catalogueEvents).values({
      id: newId(),
      agencyId: actor.agencyId,
      catalogueId: id,
      action: body.action,
      fromState: state,
      toState: rule.to,
      actorId: actor.personId,
      actorName: actor.fullName,
      comment: body.comment ?? null,
    });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'records_catalogue',
      entityId: id,
      entityLabel: label(catalogue, unit.name),
      action: body.action,
      changes: { ...diff(catalogue, updated), ...(body.comment ? { comment: { to: body.comment } } : {}) },
    });
  });
}

const stateVi: Record<CatalogueState, string> = {
  draft: 'dự thảo',
  submitted: 'chờ lãnh đạo đơn vị phê duyệt',
  approved: 'đã phê duyệt',
  issued: 'đã ban hành',
};

/** Next year's draft from this one: the same headings and entries under new ids. */
export async function copyForward({ db, actor, audit }: Deps, id: string) {
  let year = 0;
  try {
    return await db.transaction(async (tx) => {
      const { catalogue, unit } = await loadCatalogue(tx, actor, id);
      if (!cataloguePolicy.edit(actor, unitScope(unit))) throw forbidden();
      year = catalogue.year + 1;
      const copy = await insertCatalogue(
        tx,
        { actor, audit },
        { unitId: catalogue.unitId, year: catalogue.year + 1, copiedFromId: catalogue.id },
        unit.name,
      );
      const headings = await headingsOf(tx, actor.agencyId, id);
      const newIds = new Map(headings.map((h) => [h.id, newId()]));
      if (headings.length) {
        await tx.insert(catalogueHeadings).values(
          headings.map((h) => ({
            id: newIds.get(h.id)!,
            agencyId: actor.agencyId,
            catalogueId: copy.id,
            parentId: h.parentId ? (newIds.get(h.parentId) ?? null) : null,
            position: h.position,
            title: h.title,
          })),
        );
      }
      const entries = await entriesOf(tx, actor.agencyId, id);
      if (entries.length) {
        await tx.insert(catalogueEntries).values(
          entries.map((e) => ({
            id: newId(),
            agencyId: actor.agencyId,
            catalogueId: copy.id,
            headingId: e.headingId ? (newIds.get(e.headingId) ?? null) : null,
            position: e.position,
            code: e.code,
            title: e.title,
            retentionYears: e.retentionYears,
            ownerUnitId: e.ownerUnitId,
            ownerPersonId: e.ownerPersonId,
            notes: e.notes,
            sourceDocumentId: e.sourceDocumentId,
            sourceRecordName: e.sourceRecordName,
          })),
        );
      }
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'records_catalogue',
        entityId: copy.id,
        entityLabel: label(copy, unit.name),
        action: 'copy_forward',
        changes: {
          copiedFromId: { to: id },
          headings: { to: headings.length },
          entries: { to: entries.length },
        },
      });
      return copy;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists(year);
    throw e;
  }
}
