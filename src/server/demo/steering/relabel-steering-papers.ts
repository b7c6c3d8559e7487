// The steering committee's papers in the moved demo (as-of.ts moves every day first). A
// pack's years in words ("năm 2017" in its title and narratives) follow its own moved days,
// like a document's; a pack of a whole calendar year (the annual report's) stays one, the
// calendar year its end now falls in, so the annual report of that year finds it. A
// declaration's scope names the procedures as they are now called.
import { sql } from 'drizzle-orm';
import type { DeclarationScopeItem, NarrativeKey } from '../../../contract/steering-reports.ts';
import type { Tx } from '../../db/connection.ts';
import { moveYearsDeep, moveYearsInText, type Relabelled } from '../relabel.ts';

type Pack = {
  id: string;
  period_from: string;
  period_to: string;
  title: string;
  narratives: Partial<Record<NarrativeKey, string>>;
};
type Declaration = { id: string; day: string; scope: DeclarationScopeItem[] };
export type StoryPapers = { packs: Pack[]; declarations: Declaration[] };

const rows = async <T>(tx: Tx, query: ReturnType<typeof sql>) =>
  ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
const yearOf = (day: string) => Number(day.slice(0, 4));
const wholeYear = (p: Pack) =>
  p.period_from === `${yearOf(p.period_from)}-01-01` && p.period_to === `${yearOf(p.period_from)}-12-31`;

/** The papers as the story wrote them, read before its days move. */
export async function storyPapers(tx: Tx, agencyId: string): Promise<StoryPapers> {
  return {
    packs: await rows<Pack>(
      tx,
      sql`select id, period_from::text as period_from, period_to::text as period_to, title, narratives
        from steering_review_packs where agency_id = ${agencyId}`,
    ),
    declarations: await rows<Declaration>(
      tx,
      sql`select id, coalesce(declared_on, (created_at at time zone 'Asia/Ho_Chi_Minh')::date)::text as day, scope
        from steering_declarations where agency_id = ${agencyId}`,
    ),
  };
}

/** Relabels the papers after the move; what changed goes into `out` for the trail. */
export async function relabelSteeringPapers(
  tx: Tx,
  story: StoryPapers,
  moved: (day: string) => string,
  out: Relabelled,
) {
  for (const p of story.packs) {
    const k = yearOf(moved(p.period_to)) - yearOf(p.period_to);
    out.shift.set(p.id, k);
    const title = moveYearsInText(p.title, k);
    const narratives = moveYearsDeep(p.narratives, k);
    if (wholeYear(p)) {
      const year = yearOf(p.period_to) + k;
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      out.fields.set(p.id, {
        ...out.fields.get(p.id),
        periodFrom: [p.period_from, from],
        periodTo: [p.period_to, to],
      });
      await tx.execute(sql`update steering_review_packs set period_from = ${from}, period_to = ${to}
        where id = ${p.id}`);
    }
    await tx.execute(sql`update steering_review_packs set title = ${title},
      narratives = ${JSON.stringify(narratives)}::jsonb where id = ${p.id}`);
  }
  for (const d of story.declarations) {
    const k = yearOf(moved(d.day)) - yearOf(d.day);
    out.shift.set(d.id, k);
    const scope = d.scope.map((s) => ({
      ...s,
      code: out.codes.get(s.code) ?? s.code,
      title: moveYearsInText(s.title, out.shift.get(s.id) ?? k),
    }));
    await tx.execute(
      sql`update steering_declarations set scope = ${JSON.stringify(scope)}::jsonb where id = ${d.id}`,
    );
  }
}
