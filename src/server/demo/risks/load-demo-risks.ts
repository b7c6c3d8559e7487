// Writes the demo's register of risks and opportunities (demo-risks.ts) through the risks
// module's own functions, each step on its story day (the service's `today`), each by the
// person who took it: the unit's ISO officer records and plans, the staff member who owns the
// treatment reports it done, the unit head reviews it at closing. Moved with the rest.
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection.ts';
import { documents } from '../../modules/documents/documents.table.ts';
import { createRisk, planTreatment, type RiskDeps, transitionRisk } from '../../modules/risks/index.ts';
import { risks } from '../../modules/risks/risks.table.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { addDays } from '../../platform/time.ts';
import { unitScopedRoles } from '../demo-org.ts';
import { DEMO_AUTHOR } from '../records/bulk-audit.ts';
import { type DemoUnit, loadDemoPeople, type Member } from '../records/demo-people.ts';
import { demoRisks } from './demo-risks.ts';

export async function loadDemoRisks(tx: Tx, agencyId: string) {
  const { unit } = await loadDemoPeople(tx, agencyId);
  const procedures = new Map(
    (
      await tx
        .select({ id: documents.id, title: documents.title })
        .from(documents)
        .where(eq(documents.agencyId, agencyId))
    ).map((d) => [d.title, d.id]),
  );
  /** The person as signed in, with their grants (unit roles for their own unit). */
  const actorOf = (m: Member, u: DemoUnit): Actor => ({
    personId: m.id,
    agencyId,
    fullName: m.fullName,
    username: m.username,
    unitId: m.unitId,
    unitPath: u.path,
    isOperator: false,
    grants: m.account.roles.map((role) =>
      unitScopedRoles.includes(role)
        ? { role, unitId: u.id, unitPath: u.path }
        : { role, unitId: null, unitPath: null },
    ),
    via: 'session',
  });
  const as = (m: Member, u: DemoUnit, today: string): RiskDeps => ({
    db: tx as unknown as Db,
    actor: actorOf(m, u),
    audit: { actor: null, actorName: DEMO_AUTHOR },
    today,
  });
  const versionOf = async (id: string) =>
    (
      await tx
        .select({ version: risks.version })
        .from(risks)
        .where(and(eq(risks.agencyId, agencyId), eq(risks.id, id)))
    )[0].version;

  for (const spec of demoRisks) {
    const u = unit(spec.unit);
    const owner = u.handlers.find((h) => h.id !== u.officer.id) ?? u.handlers[0];
    const row = await createRisk(as(u.officer, u, spec.identified), {
      kind: spec.kind ?? 'risk',
      unitId: u.id,
      identifiedOn: spec.identified,
      process: spec.process,
      documentId: procedures.get(spec.process) ?? null,
      description: spec.description,
      cause: spec.cause,
      consequence: spec.consequence,
      likelihood: spec.likelihood,
      impact: spec.impact,
      // The register is looked at again half a year on.
      reviewOn: addDays(spec.identified, 182),
    });
    const t = spec.treatment;
    if (!t) continue;
    await planTreatment(as(u.officer, u, t.on), row.id, {
      version: await versionOf(row.id),
      treatment: t.text,
      ownerPersonId: owner.id,
      dueInWorkingDays: t.days,
    });
    if (!t.done) continue;
    await transitionRisk(as(owner, u, t.done.on), row.id, {
      action: 'complete_treatment',
      version: await versionOf(row.id),
      result: t.done.result,
    });
    if (t.closed)
      await transitionRisk(as(u.head, u, t.closed.on), row.id, {
        action: 'close',
        version: await versionOf(row.id),
        effective: t.closed.effective,
        note: t.closed.note,
      });
  }
}
