// The demo agency's units and who works in each, as the records and cases demo needs them.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { people, units } from '../../modules/org/org.table.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { type DemoAccount, demoAccounts, demoUnits } from '../demo-org.ts';

export type Member = { id: string; username: string; fullName: string; account: DemoAccount; unitId: string };

export type DemoUnit = {
  id: string;
  code: string;
  name: string;
  path: string;
  head: Member;
  /** The ISO officer (đầu mối), who drafts the catalogue. */
  officer: Member;
  /** Who handles the work: staff and the ISO officer, never the head. */
  handlers: Member[];
};

export async function loadDemoPeople(tx: Tx, agencyId: string) {
  const unitRows = await tx.select().from(units).where(eq(units.agencyId, agencyId));
  const personRows = await tx
    .select({ id: people.id, username: people.username, unitId: people.unitId })
    .from(people)
    .where(eq(people.agencyId, agencyId));
  const byUsername = new Map(personRows.map((p) => [p.username.toLowerCase(), p]));
  const member = (account: DemoAccount): Member => {
    const row = byUsername.get(account.username);
    if (!row) throw new Error(`demo: no person ${account.username}`);
    return {
      id: row.id,
      username: account.username,
      fullName: account.fullName,
      account,
      unitId: row.unitId,
    };
  };
  const everyone = demoAccounts.map(member);
  const unitList: DemoUnit[] = demoUnits.map((spec) => {
    const row = unitRows.find((u) => u.code === spec.code);
    if (!row) throw new Error(`demo: no unit ${spec.code}`);
    const inUnit = everyone.filter((m) => m.account.unit === spec.code);
    const withRole = (role: string) => inUnit.filter((m) => m.account.roles.includes(role as never));
    const head = withRole('unit_head')[0];
    const officer = withRole('iso_officer')[0];
    const staff = withRole('staff');
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      path: row.path,
      head,
      officer,
      handlers: [...staff, ...(officer.id === head.id ? [] : [officer])],
    };
  });
  const leaders = everyone.filter((m) => m.account.roles.includes('leadership'));
  const byCode = new Map(unitList.map((u) => [u.code, u]));
  const unit = (code: string) => {
    const u = byCode.get(code);
    if (!u) throw new Error(`demo: no unit ${code}`);
    return u;
  };
  /** An actor for the shared record writers (openFile): the person as signed in. */
  const actorOf = (m: Member): Actor => {
    const u = unitList.find((x) => x.id === m.unitId)!;
    return {
      personId: m.id,
      agencyId,
      fullName: m.fullName,
      username: m.username,
      unitId: m.unitId,
      unitPath: u.path,
      isOperator: false,
      grants: [],
      via: 'session',
    };
  };
  return { units: unitList, unit, leaders, everyone, actorOf };
}

export type DemoPeople = Awaited<ReturnType<typeof loadDemoPeople>>;
