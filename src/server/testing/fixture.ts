import type { Role } from '../../contract/roles.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { agencies, people, roleGrants, units } from '../modules/org/org.table.ts';
import { hashPassword } from '../platform/auth/passwords.ts';

export const FIXTURE_PASSWORD = 'Matkhau-2017';
let passwordHash: Promise<string> | undefined;

type UnitRow = typeof units.$inferSelect;
export type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/**
 * Two agencies. X has units X1 (with sub-unit X1A) and X2; Y has Y1. In X1 sits one person
 * per role granted for X1 (`x.<role>`), plus an agency-wide admin (`x.admin`) and agency-
 * wide secretariat (`x.secretariat_all`); X2 and Y have staff and an admin of their own.
 * The permission matrix test reads "own unit / other unit / other agency" off this.
 */
export async function seedFixture(db: Db) {
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const hash = await passwordHash;
  const agency = async (code: string, name: string) => {
    const id = newId();
    await db.insert(agencies).values({ id, agencyId: id, code, name });
    return id;
  };
  const unit = async (agencyId: string, code: string, name: string, parent?: UnitRow) => {
    const id = newId();
    const [row] = await db
      .insert(units)
      .values({
        id,
        agencyId,
        code,
        name,
        kind: parent ? 'phong' : 'vu',
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        validFrom: '2017-01-01',
      })
      .returning();
    return row;
  };
  const person = async (
    agencyId: string,
    unitRow: UnitRow,
    username: string,
    grants: Array<[Role, string | null]>,
  ) => {
    const id = newId();
    await db.insert(people).values({
      id,
      agencyId,
      unitId: unitRow.id,
      fullName: `Người thử ${username}`,
      username,
      email: `${username}@example.test`,
      passwordHash: hash,
    });
    for (const [role, unitId] of grants)
      await db.insert(roleGrants).values({ id: newId(), agencyId, personId: id, role, unitId });
    return id;
  };

  const x = await agency('X', 'Bộ Thử nghiệm X');
  const y = await agency('Y', 'Bộ Thử nghiệm Y');
  const x1 = await unit(x, 'X1', 'Vụ Một');
  const x1a = await unit(x, 'X1A', 'Phòng Một A', x1);
  const x2 = await unit(x, 'X2', 'Vụ Hai');
  const y1 = await unit(y, 'Y1', 'Vụ Y');

  const roleHolders = {} as Record<Role, string>;
  for (const role of [
    'leadership',
    'steering_member',
    'secretariat',
    'unit_head',
    'iso_officer',
    'staff',
    'internal_auditor',
    'clerk',
    'admin',
  ] as Role[]) {
    roleHolders[role] = await person(x, x1, `x.unit_${role}`, [[role, x1.id]]);
  }
  const ids = {
    agencyX: x,
    agencyY: y,
    units: { x1, x1a, x2, y1 },
    roleHolders,
    xAdmin: await person(x, x1, 'x.admin', [['admin', null]]),
    xSecretariat: await person(x, x1, 'x.secretariat_all', [['secretariat', null]]),
    xLeadership: await person(x, x1, 'x.leadership_all', [['leadership', null]]),
    x1aStaff: await person(x, x1a, 'x1a.staff', [['staff', x1a.id]]),
    x2Staff: await person(x, x2, 'x2.staff', [['staff', x2.id]]),
    x2Admin: await person(x, x2, 'x2.admin', [['admin', x2.id]]),
    yAdmin: await person(y, y1, 'y.admin', [['admin', null]]),
    yStaff: await person(y, y1, 'y.staff', [['staff', y1.id]]),
    /** People nobody signs in as: the permission matrix edits and resets them freely. */
    targets: {
      own: await person(x, x1, 'x1.target', []),
      other: await person(x, x2, 'x2.target', []),
      foreign: await person(y, y1, 'y1.target', []),
    },
  };
  return ids;
}
