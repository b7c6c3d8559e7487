import type { NcSource } from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import { lazy } from '../../platform/lazy.ts';
import type { PaperFile } from '../../platform/papers/paper-file.ts';
import { agencyReader } from '../../platform/permissions/agency-reader.ts';

const registerWorkbook = lazy(() => import('./nonconformities.xlsx.ts'), 'registerWorkbook');

/**
 * Sổ theo dõi sự không phù hợp of a period (XLSX, the register's own export): every record
 * open at some time in it, of one source when given (feedback: complaints and petitions) —
 * the inspection evidence pack (TT 26/2014 art. 36). Read with the agency secretariat's
 * sight, for a caller that has checked who asks.
 */
export function ncRegisterOfPeriod(
  db: Db,
  agencyId: string,
  o: { from: string; to: string; source?: NcSource; fileName: string },
): PaperFile {
  return {
    fileName: o.fileName,
    render: () =>
      registerWorkbook(db, agencyReader(agencyId), o.source ? { source: o.source } : {}, {
        from: o.from,
        to: o.to,
      }),
  };
}
