import { sql } from 'drizzle-orm';
import type { Database } from './db/connection.ts';
import { createAgencyWithAdmin } from './modules/org/agencies.service.ts';
import { people } from './modules/org/org.table.ts';

/**
 * A fresh installation gets one agency and its administrator `admin` (also the
 * deployment's operator), with EISO_ADMIN_PASSWORD or a random password printed once.
 * Nothing happens when anybody exists already (for instance after `npm run demo`).
 */
export async function bootstrapFirstAdmin(database: Database, adminPassword?: string) {
  const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(people);
  if (n > 0) return null;
  return database.db.transaction((tx) =>
    createAgencyWithAdmin(
      tx,
      { actor: null, actorName: 'Cài đặt ban đầu' },
      {
        code: 'CQ',
        name: 'Cơ quan của tôi',
        admin: {
          fullName: 'Quản trị hệ thống',
          username: 'admin',
          password: adminPassword,
          isOperator: true,
        },
      },
    ),
  );
}
