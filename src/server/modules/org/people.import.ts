import { and, eq } from 'drizzle-orm';
import { describeIssue } from '../../../contract/messages.ts';
import { createPersonBody, importColumns } from '../../../contract/org.ts';
import { type Role, roleNames, roles } from '../../../contract/roles.ts';
import type { Db } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { hashPassword, randomPassword } from '../../platform/auth/passwords.ts';
import { AppError, type BilingualText, forbidden } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { readFirstSheet } from '../../platform/xlsx/read-sheet.ts';
import { orgPolicy } from './org.policy.ts';
import { people, positions, roleGrants, units } from './org.table.ts';
import { insertPerson } from './people.service.ts';

type RowError = { path: string; text: BilingualText };
const MAX_ROWS = 5000;

function parseRoles(text: string): Role[] | null {
  if (!text) return [];
  const found: Role[] = [];
  for (const part of text
    .split(/[,;]/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    const match = roles.find((r) => r === part || roleNames[r].vi.toLowerCase() === part);
    if (!match) return null;
    found.push(match);
  }
  return found;
}

/** Validates every row first; creates all people in one transaction, or none. */
export async function importPeople(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  file: Buffer | null,
) {
  if (!orgPolicy.restructure(actor)) throw forbidden();
  const fail = (details: RowError[]) =>
    new AppError(
      400,
      'import.invalid_rows',
      {
        vi: `Tệp có ${details.length} lỗi; chưa nhập người nào. Sửa các dòng được nêu rồi nhập lại.`,
        en: `The file has ${details.length} errors; nobody was imported. Fix the rows listed and import again.`,
      },
      details,
    );
  if (!file)
    throw fail([{ path: 'file', text: { vi: 'Chưa chọn tệp XLSX.', en: 'No XLSX file was sent.' } }]);
  const sheet = await readFirstSheet(file, importColumns.length);
  if (!sheet)
    throw fail([
      {
        path: 'file',
        text: {
          vi: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.',
          en: 'The file is not a valid Excel (.xlsx) file.',
        },
      },
    ]);
  const errors: RowError[] = [];
  const unitRows = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, actor.agencyId), eq(units.status, 'active')));
  const unitByCode = new Map(unitRows.map((u) => [u.code.toLowerCase(), u]));
  const positionRows = await db.select().from(positions).where(eq(positions.agencyId, actor.agencyId));
  const positionByName = new Map(positionRows.map((p) => [p.name.toLowerCase(), p.id]));
  const seen = new Map<string, number>();
  const parsed: Array<{
    row: number;
    body: ReturnType<typeof createPersonBody.parse>;
    positionName: string;
    roles: Role[];
  }> = [];

  const rowCount = sheet.rowCount;
  if (rowCount < 2)
    throw fail([
      { path: 'file', text: { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' } },
    ]);
  if (rowCount > MAX_ROWS + 1)
    throw fail([
      {
        path: 'file',
        text: { vi: `Tối đa ${MAX_ROWS} dòng mỗi lần nhập.`, en: `At most ${MAX_ROWS} rows per import.` },
      },
    ]);

  for (const { number: rowNumber, cells } of sheet.rows) {
    if (rowNumber === 1) continue;
    if (cells.every((c) => c === '')) continue;
    const [fullName, username, email, phone, unitCode, positionName, roleText] = cells;
    const at = (column: number, text: BilingualText) =>
      errors.push({
        path: `row ${rowNumber}, ${importColumns[column]}`,
        text: {
          vi: `Dòng ${rowNumber}, cột "${importColumns[column]}": ${text.vi}`,
          en: `Row ${rowNumber}, column "${importColumns[column]}": ${text.en}`,
        },
      });
    const unit = unitByCode.get(unitCode.toLowerCase());
    if (!unit) at(4, { vi: `không có đơn vị mã "${unitCode}".`, en: `no unit has code "${unitCode}".` });
    else if (!orgPolicy.managePerson(actor, { agencyId: unit.agencyId, unitPath: unit.path })) {
      at(4, { vi: 'bạn không quản trị đơn vị này.', en: 'you do not administer this unit.' });
    }
    const candidate = createPersonBody.safeParse({
      fullName,
      username,
      email: email || null,
      phone: phone || null,
      unitId: unit?.id ?? newId(),
    });
    if (!candidate.success) {
      for (const issue of candidate.error.issues) {
        const column = ['fullName', 'username', 'email', 'phone'].indexOf(String(issue.path[0]));
        at(Math.max(column, 0), describeIssue(issue as never));
      }
    }
    const key = username.toLowerCase();
    if (seen.has(key))
      at(1, { vi: `trùng với dòng ${seen.get(key)}.`, en: `duplicates row ${seen.get(key)}.` });
    seen.set(key, rowNumber);
    const roleList = parseRoles(roleText);
    if (!roleList)
      at(6, { vi: `vai trò "${roleText}" không hợp lệ.`, en: `role "${roleText}" is not valid.` });
    if (candidate.success && unit && roleList)
      parsed.push({ row: rowNumber, body: candidate.data, positionName, roles: roleList });
  }
  if (errors.length) throw fail(errors);

  const existing = await db.select({ username: people.username }).from(people);
  const taken = new Set(existing.map((p) => p.username.toLowerCase()));
  for (const p of parsed) {
    if (taken.has(p.body.username.toLowerCase())) {
      errors.push({
        path: `row ${p.row}, ${importColumns[1]}`,
        text: {
          vi: `Dòng ${p.row}: tên đăng nhập "${p.body.username}" đã có người dùng.`,
          en: `Row ${p.row}: username "${p.body.username}" is already taken.`,
        },
      });
    }
  }
  if (errors.length) throw fail(errors);

  const secrets: Array<{ oneTimePassword: string; passwordHash: string }> = [];
  for (let i = 0; i < parsed.length; i += 4) {
    const batch = parsed.slice(i, i + 4).map(async () => {
      const oneTimePassword = randomPassword();
      return { oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
    });
    secrets.push(...(await Promise.all(batch)));
  }

  return db.transaction(async (tx) => {
    const created: Array<{ username: string; oneTimePassword: string }> = [];
    for (const [index, p] of parsed.entries()) {
      let positionId: string | null = null;
      if (p.positionName) {
        positionId = positionByName.get(p.positionName.toLowerCase()) ?? null;
        if (!positionId) {
          const [position] = await tx
            .insert(positions)
            .values({ id: newId(), agencyId: actor.agencyId, name: p.positionName })
            .returning();
          await recordAudit(tx, audit, {
            agencyId: actor.agencyId,
            entityType: 'position',
            entityId: position.id,
            entityLabel: position.name,
            action: 'create',
            changes: diff(null, position),
          });
          positionByName.set(p.positionName.toLowerCase(), position.id);
          positionId = position.id;
        }
      }
      const { person, oneTimePassword } = await insertPerson(
        tx,
        actor,
        audit,
        { ...p.body, positionId },
        secrets[index],
      );
      for (const role of p.roles) {
        const grant = {
          id: newId(),
          agencyId: actor.agencyId,
          personId: person.id,
          role,
          unitId: person.unitId,
          grantedBy: actor.personId,
        };
        await tx.insert(roleGrants).values(grant);
        await recordAudit(tx, audit, {
          agencyId: actor.agencyId,
          entityType: 'role_grant',
          entityId: grant.id,
          entityLabel: role,
          action: 'create',
          changes: diff(null, grant),
        });
      }
      created.push({ username: person.username, oneTimePassword: oneTimePassword ?? '' });
    }
    return { created: created.length, people: created };
  });
}
