import type { PackView } from '../../../../contract/steering-reports.ts';
import type { Db } from '../../../db/connection.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import type { DirectivesStatusProvider } from './reports.providers.ts';
import { packOfYear, packViewOf } from './reports.service.ts';

/**
 * What the annual report (Phụ lục II) of a year says: the year's pack with its narratives when
 * the secretariat made one; else the same figures from the sources, without narrative.
 */
export async function annualView(
  db: Db,
  actor: Actor,
  year: number,
  directives: DirectivesStatusProvider,
): Promise<PackView> {
  const row = await packOfYear(db, actor, year);
  return packViewOf(
    db,
    actor,
    row ?? {
      id: '00000000-0000-7000-8000-000000000000',
      agencyId: actor.agencyId,
      version: 0,
      title: `Báo cáo năm ${year}`,
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      narratives: {},
      createdBy: actor.personId,
      createdAt: new Date(),
      updatedAt: new Date(),
    },
    directives,
  );
}
