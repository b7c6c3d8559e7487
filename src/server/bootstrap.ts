import { and, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from './db/connection.ts';
import { createAgencyWithAdmin } from './modules/org/agencies.service.ts';
import { agencies, people } from './modules/org/org.table.ts';

const OPERATOR_USERNAME = 'admin';

/**
 * The deployment always has an operator (the one who creates agencies). When no active
 * operator exists — a fresh installation, or a data folder where `npm run demo` ran before
 * the first start — this creates the agency "Cơ quan của tôi" and its administrator
 * `admin`, who is the operator, with EISO_ADMIN_PASSWORD or a random password returned
 * to be printed once. Otherwise it does nothing and returns null.
 */
export async function bootstrapFirstAdmin(database: Database, adminPassword?: string) {
  return database.db.transaction(async (tx) => {
    // Two instances starting together: the second waits, then finds the operator.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('eiso:bootstrap-operator'))`);
    const [operator] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.isOperator, true), eq(people.active, true)))
      .limit(1);
    if (operator) return null;
    const [taken] = await tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.username, OPERATOR_USERNAME));
    if (taken) {
      console.warn(
        `Chưa có người vận hành nhưng tên "${OPERATOR_USERNAME}" đã dùng: chạy \`eiso create-admin --operator --username <tên>\`.\n` +
          `No operator, and the username "${OPERATOR_USERNAME}" is taken: run \`eiso create-admin --operator --username <name>\`.`,
      );
      return null;
    }
    return createAgencyWithAdmin(
      tx,
      { actor: null, actorName: 'Cài đặt ban đầu' },
      {
        code: await freeAgencyCode(tx),
        name: 'Cơ quan của tôi',
        admin: {
          fullName: 'Quản trị hệ thống',
          username: OPERATOR_USERNAME,
          password: adminPassword,
          isOperator: true,
        },
      },
    );
  });
}

/** "CQ", or "CQ-2", "CQ-3"… when an agency already has it. */
async function freeAgencyCode(tx: Tx) {
  const codes = new Set((await tx.select({ code: agencies.code }).from(agencies)).map((a) => a.code));
  let code = 'CQ';
  for (let n = 2; codes.has(code); n++) code = `CQ-${n}`;
  return code;
}
