import '../texts.ts';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import type { FindingView } from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { auditWorkPaths, ia } from './queries.ts';

/** A finding by its id (a nonconformity's origin links here): its unit audit's findings tab. */
export function FindingPage() {
  const { id = '' } = useParams();
  const finding = useQuery({
    queryKey: ['internal-audits', 'work', 'finding', id],
    queryFn: () => api.get<FindingView>(ia(`/findings/${id}`)),
  });
  if (finding.error) return <ErrorAlert error={finding.error} />;
  if (!finding.data) return <PageSpinner />;
  return <Navigate replace to={`${auditWorkPaths.roundAudit(finding.data.roundAuditId)}?tab=findings`} />;
}
