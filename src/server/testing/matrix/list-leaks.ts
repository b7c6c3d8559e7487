import type { Database } from '../../db/connection.ts';
import type { Fixture } from '../fixture.ts';
import type { Client } from '../test-app.ts';

/** Actors whose grants cover unit X1 only: X2's drafts, cases and files are not theirs to list. */
export const unitScopedActors = ['x.unit_staff', 'x.unit_iso_officer', 'x.unit_unit_head'];

/**
 * The ids a list must never show an actor of agency X: every row of agency Y, and — to the
 * unit-scoped actors — X2's draft documents, its cases and files, its draft catalogues and its risks.
 */
export async function forbiddenIds(database: Database, fixture: Fixture) {
  const tables = await database.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'agency_id'
     INTERSECT
     SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'`,
  );
  const foreign = new Set<string>();
  for (const { table_name } of tables) {
    const rows = await database.query<{ id: string }>(
      `SELECT id::text AS id FROM "${table_name}" WHERE agency_id = $1`,
      [fixture.agencyY],
    );
    for (const { id } of rows) foreign.add(id);
  }
  const x2 = fixture.units.x2.id;
  const otherUnit = new Set<string>();
  const scoped = await database.query<{ id: string }>(
    `SELECT v.id::text AS id FROM document_versions v WHERE v.requesting_unit_id = $1 AND v.state = 'draft'
     UNION SELECT d.id::text FROM documents d WHERE d.owner_unit_id = $1 AND d.status = 'none'
     UNION SELECT c.id::text FROM work_cases c WHERE c.unit_id = $1
     UNION SELECT f.id::text FROM record_files f WHERE f.unit_id = $1
     UNION SELECT k.id::text FROM records_catalogues k WHERE k.unit_id = $1 AND k.state = 'draft'
     UNION SELECT r.id::text FROM risks r WHERE r.unit_id = $1`,
    [x2],
  );
  for (const { id } of scoped) otherUnit.add(id);
  return { foreign, otherUnit };
}

/** Every id of `forbidden` that appears anywhere in the JSON of each list route's first page. */
export async function leaksIn(client: Client, listUrls: string[], forbidden: Set<string>): Promise<string[]> {
  const leaks: string[] = [];
  for (const url of listUrls) {
    const response = await client.get(url);
    if (typeof response.body !== 'object' || response.body === null) continue;
    const text = JSON.stringify(response.body);
    for (const id of text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []) {
      if (forbidden.has(id)) leaks.push(`${url}: ${id}`);
    }
  }
  return [...new Set(leaks)];
}
