import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { type IndicatorStatus, objectiveStatus } from '../../../../contract/objectives.ts';
import type { Db } from '../../../db/connection.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { type PublicDocument, publicDocumentsInForce } from '../../documents/index.ts';
import { agencyRows } from '../../org/index.ts';
import { indicatorsOf } from '../objectives.queries.ts';
import { units } from '../objectives.repository.ts';
import { indicatorValues, objectiveIndicators, objectives } from '../objectives.table.ts';
import { publicPageSettingsOf } from './public.settings.ts';

/*
 * The agency's public page (công khai, QĐ 19/2014 and the seed's "công khai các mục tiêu quản
 * lý chất lượng"): its quality policy in force, the year's approved objectives with their
 * latest results, its procedures in force (each as PDF), its declaration of conformity when
 * one exists, and the date of the last change among them. Read without sign-in, so it reads
 * only what is approved or in force, of the agency named in the address; an agency that
 * turns the page off (public_page_settings) has none (404).
 */

/**
 * The declaration of conformity (công bố hệ thống quản lý chất lượng phù hợp TCVN ISO
 * 9001:2015) in force, when the agency has one: given by the module that keeps it
 * (the steering module), wired in app.ts. `pdf`, when given, is served at
 * /public/<code>/declaration.
 */
export type PublicDeclaration = {
  title: string;
  /** yyyy-mm-dd */
  issuedOn: string | null;
  /** e.g. "Quyết định số 123/QĐ-BTTTT" */
  reference?: string;
  pdf?: () => Promise<{ fileName: string; body: Buffer }>;
};
export type DeclarationProvider = (db: Db, agencyId: string) => Promise<PublicDeclaration | null>;

export type PublicIndicator = {
  name: string;
  unit: string;
  direction: 'gte' | 'lte';
  target: number;
  latest: { periodStart: string; periodEnd: string; value: number; status: IndicatorStatus | null } | null;
};
export type PublicObjective = {
  id: string;
  title: string;
  unitName: string | null;
  status: IndicatorStatus | null;
  indicators: PublicIndicator[];
};
export type PublicPageModel = {
  agency: { id: string; code: string; name: string };
  year: number;
  policy: PublicDocument | null;
  objectives: PublicObjective[];
  procedures: PublicDocument[];
  declaration: PublicDeclaration | null;
  /** yyyy-mm-dd: the last day any of it changed; null when the page is empty. */
  updatedOn: string | null;
};

const agencies = agencyRows();

/** The agency whose code is in the address and whose page is published, or undefined (404). */
export async function publishingAgency(db: Db, code: string) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code)) return undefined;
  const [agency] = await db.select().from(agencies).where(eq(agencies.code, code));
  if (!agency) return undefined;
  const settings = await publicPageSettingsOf(db, agency.id);
  return settings.enabled ? agency : undefined;
}

/** The year whose objectives the page shows: this year's, or the last year with approved ones. */
async function shownYear(db: Db, agencyId: string, thisYear: number) {
  const [row] = await db
    .select({ year: objectives.year })
    .from(objectives)
    .where(
      and(
        eq(objectives.agencyId, agencyId),
        eq(objectives.state, 'approved'),
        lte(objectives.year, thisYear),
      ),
    )
    .orderBy(desc(objectives.year))
    .limit(1);
  return row?.year ?? thisYear;
}

const latestDay = (days: Array<string | null | undefined>) =>
  days.filter((d): d is string => Boolean(d)).reduce<string | null>((a, b) => (a && a > b ? a : b), null);

/** What the page shows, from approved and in-force records only. */
export async function publicPageModel(
  db: Db,
  agency: { id: string; code: string; name: string },
  declarationOf?: DeclarationProvider,
): Promise<PublicPageModel> {
  const today = todayInVietnam();
  const year = await shownYear(db, agency.id, Number(today.slice(0, 4)));
  const [docs, rows, declaration] = await Promise.all([
    publicDocumentsInForce(db, agency.id),
    db
      .select({ objective: objectives, unitName: units.name })
      .from(objectives)
      .leftJoin(units, and(eq(units.agencyId, objectives.agencyId), eq(units.id, objectives.unitId)))
      .where(
        and(eq(objectives.agencyId, agency.id), eq(objectives.year, year), eq(objectives.state, 'approved')),
      )
      .orderBy(objectives.createdAt, objectives.id),
    declarationOf ? declarationOf(db, agency.id) : Promise.resolve(null),
  ]);
  const ids = rows.map((r) => r.objective.id);
  const indicators = await indicatorsOf(db, agency.id, ids, year);
  const list: PublicObjective[] = rows.map(({ objective, unitName }) => {
    const views = indicators.get(objective.id) ?? [];
    return {
      id: objective.id,
      title: objective.title,
      unitName: unitName ?? null,
      status: objectiveStatus(views.map((v) => v.status)),
      indicators: views.map((v) => {
        const latest = [...v.values].reverse().find((p) => p.value !== null);
        return {
          name: v.name,
          unit: v.unit,
          direction: v.direction,
          target: v.target,
          latest: latest
            ? {
                periodStart: latest.periodStart,
                periodEnd: latest.periodEnd,
                value: latest.value as number,
                status: latest.status,
              }
            : null,
        };
      }),
    };
  });
  list.sort((a, b) => Number(a.unitName !== null) - Number(b.unitName !== null));
  const approvedValues = ids.length
    ? await db
        .select({ at: indicatorValues.approvedAt })
        .from(indicatorValues)
        .innerJoin(objectiveIndicators, eq(objectiveIndicators.id, indicatorValues.indicatorId))
        .where(
          and(
            eq(indicatorValues.agencyId, agency.id),
            eq(indicatorValues.state, 'approved'),
            inArray(objectiveIndicators.objectiveId, ids),
          ),
        )
    : [];
  const updatedOn = latestDay([
    docs.policy?.effectiveDate ?? docs.policy?.issueDate,
    ...docs.procedures.map((d) => d.effectiveDate ?? d.issueDate),
    ...rows.map((r) => r.objective.approvedAt && todayInVietnam(r.objective.approvedAt)),
    ...approvedValues.map((v) => v.at && todayInVietnam(v.at)),
    declaration?.issuedOn,
  ]);
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name },
    year,
    policy: docs.policy,
    objectives: list,
    procedures: docs.procedures,
    declaration,
    updatedOn: updatedOn && updatedOn > today ? today : updatedOn,
  };
}
