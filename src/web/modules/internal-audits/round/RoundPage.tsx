import '../texts.ts';
import { Descriptions, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { iaPaths, useRound } from '../queries.ts';
import { RoundStateTag } from '../Tags.tsx';
import { roundTabs } from './roundTabs.tsx';

/** Đợt đánh giá: its scope, then one tab per part (Kế hoạch first; see roundTabs.tsx). */
export function RoundPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const round = useRound(id);
  const [params, setParams] = useSearchParams();
  if (round.isLoading) return <PageSpinner />;
  if (!round.data) return <ErrorAlert error={round.error} />;
  const r = round.data;
  const tabs = roundTabs.filter((tab) => tab.visible?.(r) ?? true);
  const active = tabs.some((tab) => tab.key === params.get('tab'))
    ? (params.get('tab') as string)
    : tabs[0].key;
  return (
    <>
      <Typography.Paragraph>
        <Link to={iaPaths.programme(r.programmeId)}>
          {t('internalAudits.programmeTitle', { year: r.programmeYear })}
        </Link>
      </Typography.Paragraph>
      <PageHeader
        title={`${t('internalAudits.fields.number')} ${r.number}/${r.programmeYear}: ${r.title}`}
        tags={<RoundStateTag state={r.state} />}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'month',
            label: t('internalAudits.fields.plannedMonth'),
            children: `${String(r.plannedMonth).padStart(2, '0')}/${r.programmeYear}`,
          },
          { key: 'lead', label: t('internalAudits.fields.lead'), children: r.lead?.name ?? '—' },
          {
            key: 'units',
            label: t('internalAudits.fields.scopeUnits'),
            children: r.scopeUnits.map((u) => u.name).join(', '),
          },
          {
            key: 'procedures',
            label: t('internalAudits.fields.scopeProcedures'),
            children: r.scopeProcedures.map((p) => p.code).join(', ') || '—',
          },
          {
            key: 'clauses',
            label: t('internalAudits.fields.scopeClauses'),
            children: r.scopeClauses.join(', ') || '—',
          },
          { key: 'criteria', label: t('internalAudits.fields.criteria'), children: r.criteria || '—' },
        ]}
      />
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={tabs.map((tab) => ({ key: tab.key, label: tab.label(t), children: tab.render(r) }))}
      />
    </>
  );
}
