import '../texts.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { FindingsList } from './FindingsList.tsx';
import { useUnitFindings } from './queries.ts';

/** The unit head's (and ISO officer's) view of the findings at their units, to acknowledge or dispute. */
export function UnitFindingsPage() {
  const { t } = useTranslation();
  const findings = useUnitFindings();
  return (
    <>
      <PageHeader title={t('auditWork.findings.unitTitle')} subtitle={t('auditWork.findings.unitSubtitle')} />
      <ErrorAlert error={findings.error} />
      <FindingsList
        findings={findings.data?.items}
        loading={findings.isLoading}
        showUnit
        testId="unit-findings"
      />
    </>
  );
}
