import '../texts.ts';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { formatDate } from '../../../app/format.ts';
import { ChecklistTab } from './ChecklistTab.tsx';
import { FindingsTab } from './FindingsTab.tsx';
import { useChecklist } from './queries.ts';
import { ReportTab } from './ReportTab.tsx';
import { SamplesTab } from './SamplesTab.tsx';

const tabKeys = ['checklist', 'samples', 'findings', 'report'] as const;

/**
 * One unit's audit in a round, holding the audit work's tabs (Danh mục kiểm tra, Mẫu, Phát
 * hiện, Báo cáo of the round). The round page of the planning half mounts the same tabs.
 */
export function RoundAuditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const checklist = useChecklist(id);
  const audit = checklist.data;
  if (checklist.error) return <ErrorAlert error={checklist.error} />;
  if (!audit) return <PageSpinner />;
  const active = tabKeys.find((k) => k === search.get('tab')) ?? 'checklist';
  return (
    <>
      <PageHeader
        title={t('auditWork.pageTitle', { unit: audit.audit.unit.name })}
        subtitle={t('auditWork.subtitle', {
          number: audit.audit.round.number,
          round: audit.audit.round.title,
          date: formatDate(audit.audit.auditDate),
        })}
      />
      <Tabs
        activeKey={active}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        items={[
          {
            key: 'checklist',
            label: t('auditWork.tabs.checklist'),
            children: <ChecklistTab roundAuditId={id} />,
          },
          { key: 'samples', label: t('auditWork.tabs.samples'), children: <SamplesTab audit={audit} /> },
          { key: 'findings', label: t('auditWork.tabs.findings'), children: <FindingsTab audit={audit} /> },
          {
            key: 'report',
            label: t('auditWork.tabs.report'),
            children: <ReportTab roundId={audit.audit.round.id} />,
          },
        ]}
      />
    </>
  );
}
