// The moved demo's year labels and year texts (as-of.ts moves its days first). Every row
// is labelled by the calendar year of its own moved days: a file and its code by the year
// it opens, a case by the year it starts, a nonconformity by the year it is found, a
// document's "năm 2017" by the year its version took effect (or, not issued yet, is meant
// to: about a month after its last step) — each year in a text moving by as many years as
// the row's own day did. Files that now open in another
// year than their catalogue's are re-homed into their unit's catalogue of that year (the
// entry for the same procedure, copied there if that catalogue lacks it), or, when that
// year's catalogue is not approved, opened outside the catalogue, as eiso does.
import { sql } from 'drizzle-orm';
import type { DocumentContent } from '../../contract/documents.ts';
import type { Tx } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { contentHash, searchableText } from '../modules/documents/documents.repository.ts';
import { diff } from '../platform/audit/audit.service.ts';
import { addDays } from './documents/days.ts';
import { appendAuditEvents } from './records/bulk-audit.ts';

/** The story's own years (2016 – 2019): laws, standards and programmes of 2015 and before keep theirs. */
const storyYear = (y: number) => y >= 2016 && y <= 2019;

/**
 * "năm 2017", "đợt 1/2017", "quý I/2017", "MT-2017" → the same words `years` later; a
 * plan period "giai đoạn 2016 – 2020" moves by whole five-year periods. Law numbers
 * ("91/2017/NĐ-CP"), standards ("9001:2015"), "năm ngân sách 2017" and years up to 2015
 * ("Luật … năm 2015") are real-world and kept.
 */
export function moveYearsInText(text: string, years: number): string {
  if (!years || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i.test(text)) return text;
  const period = 5 * Math.round(years / 5);
  return text
    .replace(
      /(giai đoạn )(20\d\d)( ?[–-] ?)(20\d\d)/g,
      (_, before: string, a: string, dash: string, b: string) =>
        period ? `${before}${Number(a) + period}${dash}${Number(b) + period}` : `${before}${a}${dash}${b}`,
    )
    .replace(/(năm |Năm |NĂM |[/-])(20\d\d)(?![\d/])/g, (whole, before: string, year: string) =>
      storyYear(Number(year)) ? `${before}${Number(year) + years}` : whole,
    );
}

/**
 * `moveYearsInText`, except that a story round's name ("đợt 2/2017", "Đợt 1/2018") becomes
 * that round's name after the relabelling (`rounds`: "1/2018" → "3/2026"), whatever the
 * text's own years move by: a round re-homed into another year's programme is renumbered.
 */
export function moveYearsAndRounds(text: string, years: number, rounds: Map<string, string>): string {
  if (!rounds.size) return moveYearsInText(text, years);
  const found: string[] = [];
  const marked = text.replace(/([đĐ]ợt )(\d+\/20\d\d)(?![\d/])/g, (whole, before: string, ref: string) => {
    const to = rounds.get(ref);
    if (!to) return whole;
    found.push(`${before}${to}`);
    return `\uE000${found.length - 1}\uE000`;
  });
  return moveYearsInText(marked, years).replace(/\uE000(\d+)\uE000/g, (_, i: string) => found[Number(i)]);
}

/** The same inside a JSON value (a version's content, a nonconformity's whys, an origin). */
export function moveYearsDeep(value: unknown, years: number): unknown {
  if (!years) return value;
  if (typeof value === 'string') return moveYearsInText(value, years);
  if (Array.isArray(value)) return value.map((v) => moveYearsDeep(v, years));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveYearsDeep(v, years)]));
  return value;
}

const yearOf = (day: string) => Number(day.slice(0, 4));
const vietnamDay = (instant: Date | string) =>
  new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** What the trail must say after the relabelling, by entity id. */
export type Relabelled = {
  /** Years each entity's texts moved by. */
  shift: Map<string, number>;
  /** Field values that changed (codes, years, entries), old → new, by entity id. */
  fields: Map<string, Record<string, [unknown, unknown]>>;
  /** Old codes → new, for the labels (case steps and file items start with their case's code). */
  codes: Map<string, string>;
  /** Content hashes of versions whose texts moved, old → new. */
  hashes: Map<string, string>;
  /** Internal audit rounds' story names ("1/2018") → their names after the relabelling ("3/2026"). */
  rounds: Map<string, string>;
};

type Rows<T> = { rows: T[] };
const rows = async <T>(tx: Tx, query: ReturnType<typeof sql>) =>
  ((await tx.execute(query)) as unknown as Rows<T>).rows;

/** Each version's day in the story (in force from, else issued, else drafted), read before the days move. */
export async function storyAnchors(tx: Tx, agencyId: string) {
  const versions = await rows<{ id: string; day: string }>(
    tx,
    sql`select id, coalesce(effective_date::text, issue_date::text, (created_at at time zone 'Asia/Ho_Chi_Minh')::date::text) as day
      from document_versions where agency_id = ${agencyId}`,
  );
  const transfers = await rows<{ id: string; day: string }>(
    tx,
    sql`select id, transfer_date::text as day from archive_transfers where agency_id = ${agencyId}`,
  );
  return new Map([...versions, ...transfers].map((r) => [r.id, r.day]));
}

/** Updates rows by id from (id, value) pairs, in chunks. */
async function setById(tx: Tx, table: string, column: string, cast: string, values: [string, unknown][]) {
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values
      .slice(i, i + 500)
      .map(([id, v]) => sql`(${id}::uuid, ${typeof v === 'object' && v !== null ? JSON.stringify(v) : v})`);
    await tx.execute(sql`update ${sql.identifier(table)} t set ${sql.identifier(column)} = v.value::${sql.raw(cast)}
      from (values ${sql.join(chunk, sql`, `)}) as v(id, value) where t.id = v.id`);
  }
}

/**
 * Relabels the moved story: `catalogueYears` is the whole-year move of the catalogues (the
 * story's 2018 catalogue becomes the as-of year's), `moved` the day map, `anchors` each
 * version's and transfer's story day. Runs after every date column has moved.
 */
export async function relabelYears(
  tx: Tx,
  agencyId: string,
  catalogueYears: number,
  moved: (day: string) => string,
  anchors: Map<string, string>,
): Promise<Relabelled> {
  const out: Relabelled = {
    shift: new Map(),
    fields: new Map(),
    codes: new Map(),
    hashes: new Map(),
    rounds: new Map(),
  };
  const field = (id: string, key: string, from: unknown, to: unknown) => {
    if (from === to) return;
    out.fields.set(id, { ...out.fields.get(id), [key]: [from, to] });
  };
  const [agency] = await rows<{ code: string }>(tx, sql`select code from agencies where id = ${agencyId}`);

  // Catalogues: whole years; their headings and entries' texts with them.
  await tx.execute(
    sql`update records_catalogues set year = year + ${catalogueYears} where agency_id = ${agencyId}`,
  );
  const catalogues = await rows<{ id: string; unit_id: string; year: number; state: string }>(
    tx,
    sql`select id, unit_id, year, state from records_catalogues where agency_id = ${agencyId}`,
  );
  for (const c of catalogues) {
    out.shift.set(c.id, catalogueYears);
    field(c.id, 'year', c.year - catalogueYears, c.year);
  }
  const entries = await rows<{
    id: string;
    catalogue_id: string;
    heading_id: string | null;
    code: string;
    title: string;
    source_document_id: string | null;
    source_record_name: string | null;
    notes: string | null;
    retention_years: number | null;
    owner_unit_id: string;
    owner_person_id: string | null;
    position: number;
  }>(tx, sql`select * from catalogue_entries where agency_id = ${agencyId}`);
  const headings = await rows<{ id: string; catalogue_id: string; title: string }>(
    tx,
    sql`select id, catalogue_id, title from catalogue_headings where agency_id = ${agencyId}`,
  );
  for (const e of entries) {
    out.shift.set(e.id, catalogueYears);
    e.title = moveYearsInText(e.title, catalogueYears);
    if (e.source_record_name) e.source_record_name = moveYearsInText(e.source_record_name, catalogueYears);
    if (e.notes) e.notes = moveYearsInText(e.notes, catalogueYears);
  }
  for (const h of headings) {
    out.shift.set(h.id, catalogueYears);
    h.title = moveYearsInText(h.title, catalogueYears);
  }
  await setById(
    tx,
    'catalogue_headings',
    'title',
    'text',
    headings.map((h) => [h.id, h.title]),
  );
  await setById(
    tx,
    'catalogue_entries',
    'title',
    'text',
    entries.map((e) => [e.id, e.title]),
  );
  await setById(
    tx,
    'catalogue_entries',
    'notes',
    'text',
    entries.filter((e) => e.notes).map((e) => [e.id, e.notes]),
  );
  await setById(
    tx,
    'catalogue_entries',
    'source_record_name',
    'text',
    entries.filter((e) => e.source_record_name).map((e) => [e.id, e.source_record_name]),
  );

  // Files: labelled by the year they open, re-homed into that year's catalogue.
  const files = await rows<{
    id: string;
    unit_id: string;
    unit_code: string;
    year: number;
    start_date: string;
    file_code: string;
    catalogue_entry_id: string | null;
    title: string;
    notes: string | null;
  }>(
    tx,
    sql`select f.id, f.unit_id, u.code as unit_code, f.year, f.start_date::text as start_date,
        f.file_code::text as file_code, f.catalogue_entry_id, f.title, f.notes
      from record_files f join units u on u.id = f.unit_id where f.agency_id = ${agencyId}
      order by f.start_date, f.file_code`,
  );
  const catalogueOf = new Map(catalogues.map((c) => [c.id, c]));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const sameRecord = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    a.source_document_id
      ? a.source_document_id === b.source_document_id
      : !b.source_document_id && a.title.replace(/20\d\d/g, '') === b.title.replace(/20\d\d/g, '');
  const copies: typeof entries = [];
  const entryIn = (catalogue: (typeof catalogues)[number], from: (typeof entries)[number]) => {
    const all = [...entries, ...copies].filter((e) => e.catalogue_id === catalogue.id);
    const found = all.find((e) => sameRecord(from, e));
    if (found) return found;
    // The catalogue lacks the record (a procedure issued later): added at its end.
    const number = Math.max(0, ...all.map((e) => Number.parseInt(e.code, 10) || 0)) + 1;
    const heading = headings.find(
      (h) =>
        h.catalogue_id === catalogue.id && h.title === headings.find((x) => x.id === from.heading_id)?.title,
    );
    const copy = {
      ...from,
      id: newId(),
      catalogue_id: catalogue.id,
      heading_id: heading?.id ?? null,
      code: from.code.replace(/^\d+/, String(number).padStart(2, '0')),
      position: Math.max(0, ...all.map((e) => e.position)) + 1,
    };
    copies.push(copy);
    return copy;
  };
  const taken = new Set<string>();
  const psCount = new Map<string, number>();
  const fileUpdates: {
    id: string;
    year: number;
    code: string;
    entry: string | null;
    title: string;
    notes: string | null;
  }[] = [];
  for (const f of files) {
    const year = yearOf(f.start_date);
    const k = year - f.year;
    out.shift.set(f.id, k);
    let entry = f.catalogue_entry_id ? entryById.get(f.catalogue_entry_id)! : null;
    if (entry && catalogueOf.get(entry.catalogue_id)!.year !== year) {
      const target = catalogues.find((c) => c.unit_id === f.unit_id && c.year === year);
      entry = target && ['approved', 'issued'].includes(target.state) ? entryIn(target, entry) : null;
    } else if (!entry) {
      // A file of the year before the story's catalogues ("… năm 2016") now opens in a year
      // that has one: it goes under that catalogue's entry of the same name.
      const target = catalogues.find(
        (c) => c.unit_id === f.unit_id && c.year === year && ['approved', 'issued'].includes(c.state),
      );
      const bare = (t: string) => t.replace(/20\d\d/g, '');
      entry =
        (target &&
          entries.find(
            (e) => e.catalogue_id === target.id && !e.source_document_id && bare(e.title) === bare(f.title),
          )) ??
        null;
    }
    let code: string;
    if (entry) {
      const base = `${agency.code}.${year}.${entry.code}`;
      code = base;
      for (let n = 2; taken.has(code.toUpperCase()); n++) code = `${base}-${n}`;
    } else {
      const base = `${agency.code}.${year}.${f.unit_code}.PS`;
      const n = (psCount.get(base) ?? 0) + 1;
      psCount.set(base, n);
      code = `${base}${String(n).padStart(2, '0')}`;
    }
    taken.add(code.toUpperCase());
    out.codes.set(f.file_code, code);
    field(f.id, 'year', f.year, year);
    field(f.id, 'fileCode', f.file_code, code);
    field(f.id, 'catalogueEntryId', f.catalogue_entry_id, entry?.id ?? null);
    fileUpdates.push({
      id: f.id,
      year,
      code,
      entry: entry?.id ?? null,
      title: moveYearsInText(f.title, k),
      notes: f.notes && moveYearsInText(f.notes, k),
    });
  }
  if (copies.length) {
    await tx.execute(sql`insert into catalogue_entries (id, agency_id, catalogue_id, heading_id, position, code, title,
        retention_years, owner_unit_id, owner_person_id, notes, source_document_id, source_record_name, created_at, updated_at)
      values ${sql.join(
        copies.map(
          (
            e,
          ) => sql`(${e.id}, ${agencyId}, ${e.catalogue_id}, ${e.heading_id}, ${e.position}, ${e.code}, ${e.title},
            ${e.retention_years}, ${e.owner_unit_id}, ${e.owner_person_id}, ${e.notes}, ${e.source_document_id},
            ${e.source_record_name}, now(), now())`,
        ),
        sql`, `,
      )}`);
    const inserted = await rows<Record<string, unknown> & { id: string; code: string; title: string }>(
      tx,
      sql`select * from catalogue_entries where id in (${sql.join(
        copies.map((c) => sql`${c.id}::uuid`),
        sql`, `,
      )})`,
    );
    await appendAuditEvents(
      tx,
      agencyId,
      inserted.map((e) => ({
        entityType: 'catalogue_entry',
        entityId: e.id,
        label: `${e.code}: ${e.title}`,
        action: 'create',
        changes: diff(null, e),
      })),
    );
  }
  // Codes are unique: clear them first, then set the new ones.
  await tx.execute(
    sql`update record_files set file_code = 'moving-' || id::text where agency_id = ${agencyId}`,
  );
  await setById(
    tx,
    'record_files',
    'year',
    'int',
    fileUpdates.map((u) => [u.id, u.year]),
  );
  await setById(
    tx,
    'record_files',
    'file_code',
    'citext',
    fileUpdates.map((u) => [u.id, u.code]),
  );
  await setById(
    tx,
    'record_files',
    'catalogue_entry_id',
    'uuid',
    fileUpdates.map((u) => [u.id, u.entry]),
  );
  await setById(
    tx,
    'record_files',
    'title',
    'text',
    fileUpdates.map((u) => [u.id, u.title]),
  );
  await setById(
    tx,
    'record_files',
    'notes',
    'text',
    fileUpdates.map((u) => [u.id, u.notes]),
  );
  const items = await rows<{ id: string; file_id: string; title: string }>(
    tx,
    sql`select id, file_id, title from record_file_items where agency_id = ${agencyId}`,
  );
  for (const i of items) out.shift.set(i.id, out.shift.get(i.file_id) ?? 0);
  await setById(
    tx,
    'record_file_items',
    'title',
    'text',
    items.map((i) => [i.id, moveYearsInText(i.title, out.shift.get(i.id)!)]),
  );

  // Cases: numbered per year of their start, in the order they started.
  const cases = await rows<{ id: string; code: string; start_date: string; title: string }>(
    tx,
    sql`select id, code, start_date::text as start_date, title from work_cases where agency_id = ${agencyId}
      and code ~ '^[0-9]{4}-[0-9]+$' order by start_date, code`,
  );
  const counters = new Map<number, number>();
  const caseUpdates = cases.map((c) => {
    const year = yearOf(c.start_date);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    const code = `${year}-${String(n).padStart(6, '0')}`;
    const k = year - Number(c.code.slice(0, 4));
    out.shift.set(c.id, k);
    out.codes.set(c.code, code);
    field(c.id, 'code', c.code, code);
    return { id: c.id, code, title: moveYearsInText(c.title, k) };
  });
  await tx.execute(sql`update work_cases set code = 'moving-' || id::text where agency_id = ${agencyId}
    and code ~ '^[0-9]{4}-[0-9]+$'`);
  await setById(
    tx,
    'work_cases',
    'code',
    'citext',
    caseUpdates.map((u) => [u.id, u.code]),
  );
  await setById(
    tx,
    'work_cases',
    'title',
    'text',
    caseUpdates.map((u) => [u.id, u.title]),
  );
  const steps = await rows<{ id: string; case_id: string }>(
    tx,
    sql`select id, case_id from case_steps where agency_id = ${agencyId}`,
  );
  for (const s of steps) out.shift.set(s.id, out.shift.get(s.case_id) ?? 0);

  // Nonconformities: numbered per year they were found, in that order.
  const ncs = await rows<{
    id: string;
    code: string;
    year: number;
    seq: number;
    detected_on: string;
    origin: unknown;
    title: string;
    description: string | null;
    requirement: string | null;
    whys: unknown;
    extent: string | null;
    decision: string | null;
    verification_note: string | null;
    cancel_reason: string | null;
  }>(
    tx,
    sql`select id, code, year, seq, detected_on::text as detected_on, origin, title, description, requirement, whys,
        extent, decision, verification_note, cancel_reason
      from nonconformities where agency_id = ${agencyId} order by detected_on, year, seq`,
  );
  const ncCounters = new Map<number, number>();
  await tx.execute(
    sql`update nonconformities set code = 'moving-' || id::text, seq = -seq where agency_id = ${agencyId}`,
  );
  for (const n of ncs) {
    const year = yearOf(n.detected_on);
    const seq = (ncCounters.get(year) ?? 0) + 1;
    ncCounters.set(year, seq);
    const code = `KPH-${year}-${String(seq).padStart(3, '0')}`;
    const k = year - n.year;
    out.shift.set(n.id, k);
    out.codes.set(n.code, code);
    field(n.id, 'code', n.code, code);
    field(n.id, 'year', n.year, year);
    field(n.id, 'seq', n.seq, seq);
    const text = (t: string | null) => (t === null ? null : moveYearsInText(t, k));
    await tx.execute(sql`update nonconformities set year = ${year}, seq = ${seq}, code = ${code},
      origin = ${n.origin == null ? null : JSON.stringify(moveYearsDeep(n.origin, k))}::jsonb,
      whys = ${n.whys == null ? null : JSON.stringify(moveYearsDeep(n.whys, k))}::jsonb,
      title = ${text(n.title)}, description = ${text(n.description)}, requirement = ${text(n.requirement)},
      extent = ${text(n.extent)}, decision = ${text(n.decision)}, verification_note = ${text(n.verification_note)},
      cancel_reason = ${text(n.cancel_reason)}
      where id = ${n.id}`);
  }
  const actions = await rows<{
    id: string;
    nonconformity_id: string;
    description: string;
    evidence: string | null;
  }>(
    tx,
    sql`select id, nonconformity_id, description, evidence from nonconformity_actions where agency_id = ${agencyId}`,
  );
  for (const a of actions) {
    const k = out.shift.get(a.nonconformity_id) ?? 0;
    out.shift.set(a.id, k);
    if (!k) continue;
    await tx.execute(sql`update nonconformity_actions set description = ${moveYearsInText(a.description, k)},
      evidence = ${a.evidence && moveYearsInText(a.evidence, k)} where id = ${a.id}`);
  }

  // Quality objectives: a calendar year's, like catalogues (whole years); their indicators'
  // periods with them (kept by the day move), and the years in their texts and evidence.
  const objectiveRows = await rows<{ id: string; year: number; title: string; description: string }>(
    tx,
    sql`select id, year, title, description from objectives where agency_id = ${agencyId}`,
  );
  for (const o of objectiveRows) {
    const year = o.year + catalogueYears;
    out.shift.set(o.id, catalogueYears);
    field(o.id, 'year', o.year, year);
    await tx.execute(sql`update objectives set year = ${year}, title = ${moveYearsInText(o.title, catalogueYears)},
      description = ${moveYearsInText(o.description, catalogueYears)} where id = ${o.id}`);
  }
  if (objectiveRows.length && catalogueYears) {
    const shift = sql`make_interval(years => ${catalogueYears})`;
    await tx.execute(sql`update indicator_values
      set period_start = (period_start + ${shift})::date,
        period_end = (date_trunc('month', period_end + ${shift}) + interval '1 month' - interval '1 day')::date
      where agency_id = ${agencyId}`);
    const notes = await rows<{ id: string; evidence_note: string }>(
      tx,
      sql`select id, evidence_note from indicator_values where agency_id = ${agencyId}`,
    );
    for (const v of notes)
      await tx.execute(
        sql`update indicator_values set evidence_note = ${moveYearsInText(v.evidence_note, catalogueYears)} where id = ${v.id}`,
      );
  }

  // Transfers to the archive: their notes name the years of the files they hand over.
  const transfers = await rows<{ id: string; notes: string | null }>(
    tx,
    sql`select id, notes from archive_transfers where agency_id = ${agencyId}`,
  );
  for (const t of transfers) {
    const day = anchors.get(t.id)!;
    const k = yearOf(moved(day)) - yearOf(day);
    out.shift.set(t.id, k);
    if (t.notes)
      await tx.execute(
        sql`update archive_transfers set notes = ${moveYearsInText(t.notes, k)} where id = ${t.id}`,
      );
  }

  // Documents: each version's texts by its own day; its signatures follow the new hash.
  // Laws, decisions and standards registered as external documents are of the real world:
  // their titles and texts keep their years, as their numbers and dates do.
  const versions = await rows<{
    id: string;
    document_id: string;
    code: string;
    title: string;
    content: DocumentContent;
    content_hash: string;
    change_reason: string;
    change_summary: string | null;
    current: boolean;
    issue_no: number;
  }>(
    tx,
    sql`select v.id, v.document_id, d.code::text as code, v.title, v.content, v.content_hash, v.change_reason,
        v.change_summary, d.current_version_id = v.id as current, v.issue_no
      from document_versions v join documents d on d.id = v.document_id where v.agency_id = ${agencyId}
        and d.type <> 'external'
      order by v.issue_no`,
  );
  // A version not yet issued names the year it is meant to take effect: about a month
  // after its last step (approval and issue take weeks) — a quality objectives draft
  // checked in December is next year's.
  const pending = new Map(
    (
      await rows<{ id: string; last: string }>(
        tx,
        sql`select v.id, max((e.at at time zone 'Asia/Ho_Chi_Minh')::date)::text as last
          from document_versions v join document_events e on e.version_id = v.id
          where v.agency_id = ${agencyId} and v.effective_date is null and v.issue_date is null
            and v.state not in ('cancelled', 'withdrawn')
          group by v.id`,
      )
    ).map((r) => [r.id, addDays(r.last, 30)]),
  );
  const documentShift = new Map<string, number>();
  for (const v of versions) {
    const day = anchors.get(v.id)!;
    const k = yearOf(pending.get(v.id) ?? moved(day)) - yearOf(day);
    out.shift.set(v.id, k);
    // The document's code and title follow its version in force, else its latest.
    if (
      v.current ||
      !documentShift.has(v.document_id) ||
      !versions.some((x) => x.document_id === v.document_id && x.current)
    )
      documentShift.set(v.document_id, k);
  }
  const documentRows = await rows<{ id: string; code: string; title: string }>(
    tx,
    sql`select id, code::text as code, title from documents where agency_id = ${agencyId} and type <> 'external'`,
  );
  const newCode = new Map<string, string>();
  for (const d of documentRows) {
    const k = documentShift.get(d.id) ?? 0;
    out.shift.set(d.id, k);
    const code = moveYearsInText(d.code, k);
    newCode.set(d.id, code);
    if (code !== d.code) {
      out.codes.set(d.code, code);
      field(d.id, 'code', d.code, code);
    }
    const title = moveYearsInText(d.title, k);
    if (code !== d.code || title !== d.title)
      await tx.execute(sql`update documents set code = ${code}, title = ${title} where id = ${d.id}`);
  }
  for (const v of versions) {
    const k = out.shift.get(v.id)!;
    const title = moveYearsInText(v.title, k);
    const content = moveYearsDeep(v.content, k) as DocumentContent;
    const code = newCode.get(v.document_id)!;
    const reason = moveYearsInText(v.change_reason, k);
    const summary = v.change_summary && moveYearsInText(v.change_summary, k);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (
      same(
        [title, content, code, reason, summary],
        [v.title, v.content, v.code, v.change_reason, v.change_summary],
      )
    )
      continue;
    const hash = contentHash(title, content);
    if (hash !== v.content_hash) out.hashes.set(v.content_hash, hash);
    const search = () =>
      rows<{ text: string; vector: string }>(
        tx,
        sql`select search_text as text, search_vector::text as vector from document_versions where id = ${v.id}`,
      ).then(([r]) => r);
    const before = await search();
    await tx.execute(sql`update document_versions set title = ${title}, content = ${JSON.stringify(content)}::jsonb,
      content_hash = ${hash}, change_reason = ${reason}, change_summary = ${summary},
      search_text = f_unaccent(lower(${searchableText(code, title, content)}))
      where id = ${v.id}`);
    const after = await search();
    field(v.id, 'searchText', before.text, after.text);
    field(v.id, 'searchVector', before.vector, after.vector);
    await tx.execute(sql`update document_signatures set content_hash = ${hash}
      where version_id = ${v.id} and content_hash = ${v.content_hash}`);
  }
  const events = await rows<{ id: string; version_id: string; comment: string | null }>(
    tx,
    sql`select e.id, e.version_id, e.comment from document_events e join document_versions v on v.id = e.version_id
      join documents d on d.id = v.document_id where e.agency_id = ${agencyId} and d.type <> 'external'`,
  );
  for (const e of events) {
    const k = out.shift.get(e.version_id) ?? 0;
    out.shift.set(e.id, k);
    const comment = e.comment && moveYearsInText(e.comment, k);
    if (comment !== e.comment)
      await tx.execute(sql`update document_events set comment = ${comment} where id = ${e.id}`);
  }
  const signatures = await rows<{ id: string; version_id: string }>(
    tx,
    sql`select id, version_id from document_signatures where agency_id = ${agencyId}`,
  );
  for (const s of signatures) out.shift.set(s.id, out.shift.get(s.version_id) ?? 0);
  const external = await rows<{ id: string }>(
    tx,
    sql`select d.id from documents d where d.agency_id = ${agencyId} and d.type = 'external'
      union all select v.id from document_versions v join documents d on d.id = v.document_id
        where v.agency_id = ${agencyId} and d.type = 'external'`,
  );
  for (const e of external) out.shift.set(e.id, 0);
  await relabelInternalAudits(tx, agencyId, out, field);
  return out;
}

/**
 * Internal audit programmes are one per year: each takes the year its rounds were audited
 * in (its done rounds' last audit day, moved; a programme with none, its first planned
 * day), and a later programme never shares an earlier one's year — when the story's two
 * programmes land in one year (the story's Nov 2017 and March 2018 are five months apart),
 * the later takes the next. A round whose audits now fall in another programme's year is
 * re-homed into that programme (as a file is into its year's catalogue), numbered after the
 * rounds audited before it, and every text naming it ("đợt 1/2018") names it anew; a
 * programme keeps at least one round. Texts, rounds, schedule, checklists, findings and
 * reports move by as many years as their programme did; a round's planned month is its
 * audits' month (the programme's first or last month when its audits fall outside the
 * programme's year).
 */
async function relabelInternalAudits(
  tx: Tx,
  agencyId: string,
  out: Relabelled,
  field: (id: string, key: string, from: unknown, to: unknown) => void,
) {
  const programmes = await rows<{ id: string; year: number; title: string; objectives: string }>(
    tx,
    sql`select id, year, title, objectives from internal_audit_programmes where agency_id = ${agencyId} order by year`,
  );
  if (!programmes.length) return;
  const rounds = await rows<{
    id: string;
    programme_id: string;
    number: number;
    state: string;
    planned_month: number;
    title: string;
    criteria: string;
    first: string | null;
    last: string | null;
  }>(
    tx,
    sql`select r.id, r.programme_id, r.number, r.state, r.planned_month, r.title, r.criteria,
        min(a.audit_date)::text as first, max(a.audit_date)::text as last
      from internal_audit_rounds r left join internal_audit_round_audits a on a.round_id = r.id
      where r.agency_id = ${agencyId} group by r.id order by r.number`,
  );
  const years = new Map<string, number>();
  let previous = -Infinity;
  for (const p of programmes) {
    const own = rounds.filter((r) => r.programme_id === p.id);
    const done = own.filter((r) => r.state === 'closed' && r.last).map((r) => r.last as string);
    const anchor = done.length
      ? done.sort().at(-1)
      : own
          .map((r) => r.first)
          .filter(Boolean)
          .sort()[0];
    const year = Math.max(anchor ? yearOf(anchor) : p.year, previous + 1);
    previous = year;
    years.set(p.id, year);
  }
  // Each round into the programme of the year its audits fall in, when there is one.
  const storyYearOf = new Map(programmes.map((p) => [p.id, p.year]));
  const programmeOfYear = new Map([...years].map(([id, year]) => [year, id]));
  const roundYear = (r: (typeof rounds)[number]) => (r.first ? yearOf(r.first) : null);
  const home = new Map<string, string>();
  for (const p of programmes) {
    const own = rounds.filter((r) => r.programme_id === p.id);
    const stays = (r: (typeof rounds)[number]) => {
      const y = roundYear(r);
      return y === null || y === years.get(p.id) || !programmeOfYear.has(y);
    };
    for (const r of own) {
      const keepsOne = own.some((x) => x !== r && stays(x));
      home.set(r.id, stays(r) || !keepsOne ? p.id : programmeOfYear.get(roundYear(r) as number)!);
    }
  }
  const number = new Map<string, number>();
  for (const p of programmes) {
    const mine = rounds
      .filter((r) => home.get(r.id) === p.id)
      .sort(
        (a, b) =>
          (a.first ?? '9999').localeCompare(b.first ?? '9999') ||
          storyYearOf.get(a.programme_id)! - storyYearOf.get(b.programme_id)! ||
          a.number - b.number,
      );
    for (const [i, r] of mine.entries()) number.set(r.id, i + 1);
  }
  for (const r of rounds)
    out.rounds.set(
      `${r.number}/${storyYearOf.get(r.programme_id)}`,
      `${number.get(r.id)}/${years.get(home.get(r.id)!)}`,
    );
  await tx.execute(sql`update internal_audit_programmes set year = -year where agency_id = ${agencyId}`);
  await tx.execute(sql`update internal_audit_rounds set number = -number where agency_id = ${agencyId}`);
  const text = (t: string | null, k: number) => (t === null ? null : moveYearsAndRounds(t, k, out.rounds));
  for (const p of programmes) {
    const year = years.get(p.id)!;
    const k = year - p.year;
    out.shift.set(p.id, k);
    field(p.id, 'year', p.year, year);
    await tx.execute(sql`update internal_audit_programmes set year = ${year}, title = ${text(p.title, k)},
      objectives = ${text(p.objectives, k)} where id = ${p.id}`);
  }
  const shiftOfRound = new Map<string, number>();
  for (const r of rounds) {
    const programmeId = home.get(r.id)!;
    const year = years.get(programmeId)!;
    // Its texts name its own (story) year: they move to the year of the programme it is now in.
    const k = year - storyYearOf.get(r.programme_id)!;
    shiftOfRound.set(r.id, k);
    out.shift.set(r.id, k);
    const day = r.first;
    const month = !day
      ? r.planned_month
      : yearOf(day) === year
        ? Number(day.slice(5, 7))
        : yearOf(day) < year
          ? 1
          : 12;
    field(r.id, 'plannedMonth', r.planned_month, month);
    field(r.id, 'programmeId', r.programme_id, programmeId);
    field(r.id, 'number', r.number, number.get(r.id));
    await tx.execute(sql`update internal_audit_rounds set planned_month = ${month}, title = ${text(r.title, k)},
      criteria = ${text(r.criteria, k)}, programme_id = ${programmeId}, number = ${number.get(r.id)!}
      where id = ${r.id}`);
  }
  const audits = await rows<{ id: string; round_id: string }>(
    tx,
    sql`select id, round_id from internal_audit_round_audits where agency_id = ${agencyId}`,
  );
  const shiftOfAudit = new Map(audits.map((a) => [a.id, shiftOfRound.get(a.round_id) ?? 0]));
  for (const [id, k] of shiftOfAudit) out.shift.set(id, k);
  const items = await rows<{ id: string; round_audit_id: string; question: string; note: string }>(
    tx,
    sql`select id, round_audit_id, question, note from internal_audit_checklist_items where agency_id = ${agencyId}`,
  );
  for (const i of items) {
    const k = shiftOfAudit.get(i.round_audit_id) ?? 0;
    out.shift.set(i.id, k);
    if (k || out.rounds.size)
      await tx.execute(sql`update internal_audit_checklist_items set question = ${moveYearsAndRounds(i.question, k, out.rounds)},
        note = ${moveYearsAndRounds(i.note, k, out.rounds)} where id = ${i.id}`);
  }
  const findings = await rows<{
    id: string;
    round_id: string;
    description: string;
    evidence: string;
    response_reason: string | null;
  }>(
    tx,
    sql`select id, round_id, description, evidence, response_reason from internal_audit_findings where agency_id = ${agencyId}`,
  );
  for (const f of findings) {
    const k = shiftOfRound.get(f.round_id) ?? 0;
    out.shift.set(f.id, k);
    if (k || out.rounds.size)
      await tx.execute(sql`update internal_audit_findings set description = ${moveYearsAndRounds(f.description, k, out.rounds)},
        evidence = ${moveYearsAndRounds(f.evidence, k, out.rounds)}, response_reason = ${text(f.response_reason, k)}
        where id = ${f.id}`);
  }
  // Samples: labelled as their case or file now is (its code and title relabelled above); their
  // texts move as the sampled item's did.
  const samples = await rows<{
    id: string;
    item_id: string;
    item_label: string;
    seen: string;
    label: string;
  }>(
    tx,
    sql`select s.id, s.item_id, s.item_label, s.seen, coalesce(c.code::text || ' — ' || c.title,
        f.file_code::text || ' — ' || f.title, s.item_label) as label
      from internal_audit_samples s
        left join work_cases c on s.kind = 'case' and c.id = s.item_id
        left join record_files f on s.kind = 'record_file' and f.id = s.item_id
      where s.agency_id = ${agencyId}`,
  );
  for (const x of samples) {
    const k = out.shift.get(x.item_id) ?? 0;
    out.shift.set(x.id, k);
    field(x.id, 'itemLabel', x.item_label, x.label);
    const seen = moveYearsInText(x.seen, k);
    if (x.label !== x.item_label || seen !== x.seen)
      await tx.execute(sql`update internal_audit_samples set item_label = ${x.label}, seen = ${seen}
        where id = ${x.id}`);
  }
  const reports = await rows<{ id: string; round_id: string; summary: string; strengths: string }>(
    tx,
    sql`select id, round_id, summary, strengths from internal_audit_reports where agency_id = ${agencyId}`,
  );
  for (const r of reports) {
    const k = shiftOfRound.get(r.round_id) ?? 0;
    out.shift.set(r.id, k);
    if (k || out.rounds.size)
      await tx.execute(sql`update internal_audit_reports set summary = ${moveYearsAndRounds(r.summary, k, out.rounds)},
        strengths = ${moveYearsAndRounds(r.strengths, k, out.rounds)} where id = ${r.id}`);
  }
}

/** The story day of a catalogue's row becomes the same day `years` later; January's approvals the year's first working day. */
export const catalogueDay =
  (years: number, firstWorkingDay: (year: number) => string, workingOnOrAfter: (day: string) => string) =>
  (day: string) => {
    const shifted = `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
    const safe = shifted.endsWith('02-29') ? `${shifted.slice(0, 8)}28` : shifted;
    return safe.slice(5, 7) === '01' ? firstWorkingDay(yearOf(safe)) : workingOnOrAfter(safe);
  };

export { vietnamDay };
