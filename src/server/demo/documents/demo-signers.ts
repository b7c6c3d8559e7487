// Who did what in the demo's document history: the owner unit's ISO officer drafts, its
// head reviews, the secretariat checks, a deputy minister approves.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { people, units } from '../../modules/org/org.table.ts';
import { demoAccounts } from '../demo-org.ts';
import { hashOf, type Role } from './timeline.ts';

export type DemoPerson = { id: string; username: string; fullName: string; unit: string; position: string };

export async function loadSigners(tx: Tx, agencyId: string) {
  const unitRows = await tx.select().from(units).where(eq(units.agencyId, agencyId));
  const personRows = await tx
    .select({ id: people.id, username: people.username })
    .from(people)
    .where(eq(people.agencyId, agencyId));
  const unitByCode = new Map(unitRows.map((u) => [u.code, u]));
  const idOf = new Map(personRows.map((p) => [p.username.toLowerCase(), p.id]));
  const everyone: DemoPerson[] = demoAccounts.map((a) => {
    const unit = unitByCode.get(a.unit)!;
    return {
      id: idOf.get(a.username)!,
      username: a.username,
      fullName: a.fullName,
      unit: a.unit,
      position: `${a.position}, ${unit.name}`,
    };
  });
  const byUsername = new Map(everyone.map((p) => [p.username, p]));
  const withRole = (unit: string | null, role: string) =>
    demoAccounts
      .filter((a) => (unit === null || a.unit === unit) && a.roles.includes(role as never))
      .map((a) => byUsername.get(a.username)!);

  const unit = (code: string) => {
    const row = unitByCode.get(code);
    if (!row) throw new Error(`demo: no unit ${code}`);
    return row;
  };
  const secretaries = withRole(null, 'secretariat');
  const leaders = withRole(null, 'leadership');

  /** The person acting in `role` on a document of unit `owner`; `key` spreads the work. */
  const actor = (role: Role, owner: string, key: string, systemDocument: boolean): DemoPerson => {
    switch (role) {
      case 'officer':
        return withRole(owner, 'iso_officer')[0];
      case 'head':
        return withRole(owner, 'unit_head')[0];
      case 'secretariat': {
        // The secretariat does not check its own officer's drafts.
        const others = secretaries.filter((s) => withRole(owner, 'iso_officer')[0].id !== s.id);
        return others[hashOf(key) % others.length];
      }
      case 'leader':
        // Thứ trưởng Phan Tâm chairs the steering committee and signs the system documents.
        return systemDocument ? leaders[0] : leaders[hashOf(key) % leaders.length];
    }
  };
  const membersOf = (unitIds: Set<string>) => everyone.filter((p) => unitIds.has(unit(p.unit).id));

  const allUnitCodes = unitRows.filter((u) => u.status === 'active').map((u) => u.code);
  const unitName = (id: string) => unitRows.find((u) => u.id === id)?.name ?? id;

  return { unit, unitName, allUnitCodes, actor, membersOf };
}

export type Signers = Awaited<ReturnType<typeof loadSigners>>;
