import { Alert, Card, Empty, Flex, List, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskProcedureRow, RiskRow } from '../../../../contract/internal-audits.ts';
import { DataList } from '../../../app/components/DataList.tsx';
import { formatNumber } from '../../../app/format.ts';
import { useCoverage, useRisk } from '../queries.ts';

/** "Every unit and every procedure in scope audited at least once a year": the gaps. */
export function CoverageCard({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const coverage = useCoverage(id, version);
  const c = coverage.data;
  return (
    <Card title={t('internalAudits.coverage.title')} size="small" loading={coverage.isLoading}>
      {c && !c.unitGaps.length && !c.procedureGaps.length && (
        <Alert type="success" showIcon title={t('internalAudits.coverage.ok')} />
      )}
      {c && c.unitGaps.length > 0 && (
        <>
          <Typography.Text strong>
            {t('internalAudits.coverage.units', { count: c.unitGaps.length, total: c.unitCount })}
          </Typography.Text>
          <List size="small" dataSource={c.unitGaps} renderItem={(u) => <List.Item>{u.name}</List.Item>} />
        </>
      )}
      {c && c.procedureGaps.length > 0 && (
        <>
          <Typography.Text strong>
            {t('internalAudits.coverage.procedures', {
              count: c.procedureGaps.length,
              total: c.procedureCount,
            })}
          </Typography.Text>
          <List
            size="small"
            pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
            dataSource={c.procedureGaps}
            renderItem={(p) => (
              <List.Item>
                {p.code} {p.title}
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

type Row = (RiskRow | RiskProcedureRow) & { key: string; name: string };

/** The risk-based planning aid: units (or procedures) highest first, with their reasons. */
export function RiskCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const risk = useRisk(id);
  const [by, setBy] = useState<'units' | 'procedures'>('units');
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const rows: Row[] | undefined =
    by === 'units'
      ? risk.data?.items.map((r) => ({ ...r, key: r.unit.id, name: r.unit.name }))
      : risk.data?.procedures.map((r) => ({
          ...r,
          key: r.procedure.id,
          name: `${r.procedure.code} ${r.procedure.title}`,
        }));
  return (
    <Card title={t('internalAudits.risk.title')} size="small">
      <Typography.Paragraph type="secondary">{t('internalAudits.risk.caption')}</Typography.Paragraph>
      <Segmented
        style={{ marginBottom: 12 }}
        value={by}
        onChange={(value) => setBy(value as 'units' | 'procedures')}
        options={[
          { value: 'units', label: t('internalAudits.risk.byUnit') },
          { value: 'procedures', label: t('internalAudits.risk.byProcedure') },
        ]}
      />
      <DataList<Row>
        key={by}
        label={t('internalAudits.risk.title')}
        rowKey="key"
        loading={risk.isLoading}
        data={rows}
        pageSize={10}
        hideOnSinglePage
        empty={<Empty />}
        columns={[
          {
            key: 'name',
            card: 'title',
            title: by === 'units' ? t('internalAudits.fields.unit') : t('internalAudits.fields.procedures'),
            render: (_, r) => r.name,
          },
          {
            key: 'score',
            card: 'field',
            title: t('internalAudits.risk.score'),
            align: 'right',
            render: (_, r) => formatNumber(r.score),
          },
          {
            key: 'reasons',
            card: 'field',
            title: t('internalAudits.risk.reasons'),
            render: (_, r) =>
              r.reasons.length ? (
                <Flex vertical>
                  {r.reasons.map((x) => (
                    <span key={x.code}>{x[lang]}</span>
                  ))}
                </Flex>
              ) : (
                t('internalAudits.risk.none')
              ),
          },
        ]}
      />
    </Card>
  );
}
