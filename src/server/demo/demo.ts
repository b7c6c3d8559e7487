// `eiso demo`: loads the demo agency (Bộ TT&TT, its story of 2017 – March 2018) in one
// transaction, moved so that the story's last day is the as-of day (default: today; as-of.ts).
import { and, eq, inArray } from 'drizzle-orm';
import { type Role, roleNames } from '../../contract/roles.ts';
import type { Database, Tx } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { ensureYears } from '../modules/calendar/calendar.service.ts';
import { calendarDays } from '../modules/calendar/calendar.table.ts';
import { notifyVersionsWaiting } from '../modules/documents/index.ts';
import { agencies, people, positions, roleGrants, units } from '../modules/org/org.table.ts';
import { type AuditContext, diff, recordAudit } from '../platform/audit/audit.service.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { todayInVietnam } from '../platform/time.ts';
import { moveDemoStory, movesStory, parseAsOf, STORY_END } from './as-of.ts';
import {
  DEMO_PASSWORD,
  DEMO_VALID_FROM,
  demoAccounts,
  demoAgency,
  demoCalendarEdits,
  demoPositions,
  demoUnits,
  unitScopedRoles,
} from './demo-org.ts';
import { loadDemoDocuments } from './documents/load-demo-documents.ts';
import { demoAuditLinks } from './internal-audits/audit-story.ts';
import { loadDemoInternalAudits } from './internal-audits/load-demo-internal-audits.ts';
import { loadDemoNonconformities } from './nonconformities/load-demo-nonconformities.ts';
import { loadDemoObjectives } from './objectives/load-demo-objectives.ts';
import { loadDemoRecords } from './records/load-demo-records.ts';
import { loadDemoRisks } from './risks/load-demo-risks.ts';
import { loadDemoSteering } from './steering/load-demo-steering.ts';

export { DEMO_PASSWORD, demoAccounts } from './demo-org.ts';

const author: AuditContext = { actor: null, actorName: 'Dữ liệu mẫu' };
const ALREADY_LOADED = 'Cơ quan mẫu đã có sẵn / the demo agency is already loaded.';
/** The accounts the success message suggests signing in with. */
const showcase = [
  'quantri',
  'thutruong.phantam',
  'khcn.thuky',
  'cntt.vutruong',
  'cntt.daumoi',
  'cntt.chuyenvien',
  'tccb.daumoi',
];

const agencyExists = async (tx: Tx) =>
  (await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, demoAgency.code))).length > 0;

export type DemoOptions = {
  /** The day the demo is seen from (YYYY-MM-DD): its story ends that day. A day up to 2018-03-30 loads the story as it was. */
  asOf?: string;
};

export async function loadDemo(
  database: Database,
  options: DemoOptions = {},
): Promise<{ message: string; created: boolean }> {
  const asOf = parseAsOf(options.asOf ?? todayInVietnam());
  if (await agencyExists(database.db)) return { created: false, message: ALREADY_LOADED };
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 is slow by design
  const created = await database.db.transaction(async (tx) => {
    if (await agencyExists(tx)) return false;
    const taken = await tx
      .select({ username: people.username })
      .from(people)
      .where(
        inArray(
          people.username,
          demoAccounts.map((a) => a.username),
        ),
      );
    if (taken.length) {
      throw new Error(
        `Tên đăng nhập đã có người dùng / usernames already taken: ${taken.map((t) => t.username).join(', ')}. ` +
          'Không nạp gì / nothing was loaded.',
      );
    }
    await insertDemo(tx, passwordHash, asOf);
    return true;
  });
  return created ? { created, message: successMessage(asOf) } : { created, message: ALREADY_LOADED };
}

async function insertDemo(tx: Tx, passwordHash: string, asOf: string) {
  const agencyId = newId();
  const audit = (entityType: string, row: { id: string }, entityLabel: string) =>
    recordAudit(tx, author, {
      agencyId,
      entityType,
      entityId: row.id,
      entityLabel,
      action: 'create',
      changes: diff(null, row),
    });

  const [agency] = await tx
    .insert(agencies)
    .values({ id: agencyId, agencyId, ...demoAgency })
    .returning();
  await audit('agency', agency, agency.name);

  const unitIds = new Map<string, string>();
  for (const [i, spec] of demoUnits.entries()) {
    const id = newId();
    const [unit] = await tx
      .insert(units)
      .values({ id, agencyId, ...spec, path: `/${id}/`, validFrom: DEMO_VALID_FROM, sortOrder: (i + 1) * 10 })
      .returning();
    unitIds.set(spec.code, id);
    await audit('unit', unit, unit.name);
  }

  const positionIds = new Map<string, string>();
  for (const spec of demoPositions) {
    const [position] = await tx
      .insert(positions)
      .values({ id: newId(), agencyId, ...spec })
      .returning();
    positionIds.set(spec.name, position.id);
    await audit('position', position, position.name);
  }

  for (const account of demoAccounts) {
    const unitId = unitIds.get(account.unit)!;
    const [person] = await tx
      .insert(people)
      .values({
        id: newId(),
        agencyId,
        unitId,
        positionId: positionIds.get(account.position)!,
        fullName: account.fullName,
        username: account.username,
        email: `${account.username}@mic.demo`,
        passwordHash,
        mustChangePassword: false,
      })
      .returning();
    await audit('person', person, person.fullName);
    for (const role of account.roles) {
      const scoped = unitScopedRoles.includes(role);
      const [grant] = await tx
        .insert(roleGrants)
        .values({ id: newId(), agencyId, personId: person.id, role, unitId: scoped ? unitId : null })
        .returning();
      await audit('role_grant', grant, `${person.fullName}: ${role}${scoped ? ` (${account.unit})` : ''}`);
    }
  }

  await ensureYears(tx, agencyId, [2017, 2018]);
  await tx
    .delete(calendarDays)
    .where(and(eq(calendarDays.agencyId, agencyId), inArray(calendarDays.date, demoCalendarEdits.remove)));
  await tx
    .insert(calendarDays)
    .values(demoCalendarEdits.add.map((edit) => ({ id: newId(), agencyId, ...edit })));
  for (const day of await tx.select().from(calendarDays).where(eq(calendarDays.agencyId, agencyId))) {
    await audit('calendar_day', day, `${day.date} ${day.nameVi}`);
  }
  // Built as the story happened, its "today" its last day; then moved to the as-of day.
  await loadDemoDocuments(tx, agencyId, audit, STORY_END);
  await loadDemoRecords(tx, agencyId);
  // Round 2/2017's findings and their nonconformities name each other: their ids come first.
  const auditLinks = demoAuditLinks();
  await loadDemoNonconformities(tx, agencyId, auditLinks.findings);
  await loadDemoInternalAudits(tx, agencyId, auditLinks);
  await loadDemoSteering(tx, agencyId);
  await loadDemoObjectives(tx, agencyId);
  await loadDemoRisks(tx, agencyId);
  await moveDemoStory(tx, agencyId, asOf);
  // The loader writes versions straight into the tables: their "to act" notices are raised here.
  await notifyVersionsWaiting(tx, agencyId);
}

const ddmmyyyy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const asOfText = (asOf: string, lang: 'vi' | 'en') =>
  movesStory(asOf)
    ? lang === 'vi'
      ? `câu chuyện 2017–2018 dời đến ngày ${ddmmyyyy(asOf)}`
      : `the 2017–2018 story moved to end on ${asOf}`
    : lang === 'vi'
      ? 'câu chuyện gốc 01/2017 – 30/03/2018'
      : 'the story as it was, January 2017 – 30 March 2018';

const rolesText = (roles: Role[], lang: 'vi' | 'en') => roles.map((r) => roleNames[r][lang]).join(', ');

function successMessage(asOf: string) {
  const rows = showcase.map((username) => {
    const a = demoAccounts.find((x) => x.username === username)!;
    return `  ${username.padEnd(20)} ${a.fullName} (${a.unit}): ${rolesText(a.roles, 'vi')} / ${rolesText(a.roles, 'en')}`;
  });
  return [
    `Đã nạp cơ quan mẫu ${demoAgency.name}: ${demoUnits.length} đơn vị, ${demoAccounts.length} người dùng, ${asOfText(asOf, 'vi')}.`,
    `Demo agency loaded: ${demoUnits.length} units, ${demoAccounts.length} accounts, ${asOfText(asOf, 'en')}.`,
    'Đăng nhập thử / sign in as, for example:',
    ...rows,
    `Mật khẩu chung / shared password: ${DEMO_PASSWORD} — chỉ dùng để trình diễn / demo only.`,
  ].join('\n');
}
