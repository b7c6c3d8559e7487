import { type NcState, ncStateNames } from '../../../contract/nonconformities.ts';
import type { Tx } from '../../db/connection.ts';
import { type AuditContext, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { NcRow } from './nonconformities.repository.ts';

/** One audit event on the record, labelled by its number and title. */
export const auditNc = (
  tx: Tx,
  audit: AuditContext,
  nc: Pick<NcRow, 'id' | 'code' | 'title' | 'agencyId'>,
  action: string,
  changes: object,
) =>
  recordAudit(tx, audit, {
    agencyId: nc.agencyId,
    entityType: 'nonconformity',
    entityId: nc.id,
    entityLabel: `${nc.code} ${nc.title}`,
    action,
    changes: changes as never,
  });

export const wrongState = (state: string) =>
  new AppError(409, 'nonconformity.transition_forbidden', {
    vi: `Không thể thực hiện thao tác này khi sự không phù hợp đang ở trạng thái "${ncStateNames[state as NcState]?.vi ?? state}".`,
    en: `This action is not possible while the nonconformity is ${ncStateNames[state as NcState]?.en ?? state}.`,
  });
