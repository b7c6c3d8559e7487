import { and, eq } from 'drizzle-orm';
import type { Database } from '../server/db/connection.ts';
import { newId } from '../server/db/ids.ts';
import { createAgencyWithAdmin } from '../server/modules/org/agencies.service.ts';
import { agencies, people, roleGrants, units } from '../server/modules/org/org.table.ts';
import { diff, recordAudit } from '../server/platform/audit/audit.service.ts';
import { hashPassword, randomPassword } from '../server/platform/auth/passwords.ts';

/**
 * Adds an agency-wide administrator to an agency (the first one if no code is given);
 * with `operator`, also a platform operator, who creates agencies.
 */
export async function createAdmin(
  database: Database,
  options: {
    username?: string;
    password?: string;
    fullName?: string;
    agencyCode?: string;
    operator?: boolean;
  },
) {
  const username = options.username ?? 'admin';
  const { db } = database;
  const [agency] = options.agencyCode
    ? await db.select().from(agencies).where(eq(agencies.code, options.agencyCode))
    : await db.select().from(agencies).orderBy(agencies.createdAt).limit(1);
  if (!agency && options.agencyCode)
    throw new Error(`Không có cơ quan mã ${options.agencyCode} / no such agency`);
  const password = options.password ?? randomPassword();
  if (!agency) {
    await db.transaction((tx) =>
      createAgencyWithAdmin(
        tx,
        { actor: null, actorName: 'eiso create-admin' },
        {
          code: 'CQ',
          name: 'Cơ quan của tôi',
          admin: { fullName: options.fullName ?? 'Quản trị hệ thống', username, password, isOperator: true },
        },
      ),
    );
  } else {
    await db.transaction(async (tx) => {
      const [clash] = await tx.select().from(people).where(eq(people.username, username));
      if (clash) throw new Error(`Tên đăng nhập ${username} đã có / username taken`);
      const [unit] = await tx
        .select()
        .from(units)
        .where(and(eq(units.agencyId, agency.id), eq(units.status, 'active')))
        .limit(1);
      const person = {
        id: newId(),
        agencyId: agency.id,
        unitId: unit.id,
        fullName: options.fullName ?? 'Quản trị hệ thống',
        username,
        passwordHash: await hashPassword(password),
        mustChangePassword: !options.password,
        isOperator: options.operator ?? false,
      };
      await tx.insert(people).values(person);
      await tx
        .insert(roleGrants)
        .values({ id: newId(), agencyId: agency.id, personId: person.id, role: 'admin', unitId: null });
      await recordAudit(
        tx,
        { actor: null, actorName: 'eiso create-admin' },
        {
          agencyId: agency.id,
          entityType: 'person',
          entityId: person.id,
          entityLabel: person.fullName,
          action: 'create',
          changes: diff(null, { ...person, role: 'admin' }),
        },
      );
    });
  }
  const operator = !agency || options.operator;
  console.log(
    `${operator ? 'Người vận hành và quản trị / operator and administrator' : 'Quản trị viên / administrator'}: ${username}${options.password ? '' : ` / ${password} (đổi khi đăng nhập / change at sign-in)`}`,
  );
}
