import './texts.ts';
import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type AnnualNarrativeKey,
  annualNarrativeKeys,
  type NarrativeKey,
  type PackSection,
  type PackView,
} from '../../../../contract/steering-reports.ts';
import { ApiError, api } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../../app/components/PageSpinner.tsx';
import { PaperButtons } from '../../../app/components/PaperButtons.tsx';
import { formatDate } from '../../../app/format.ts';
import { steeringReportPaths } from './access.ts';

const key = (id: string) => ['steering-reports', 'pack', id];

/** One pack: each section of 9.3.2 with its figures (each linked to its source) and the narrative. */
export function PackPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const pack = useQuery({
    queryKey: key(id),
    queryFn: () => api.get<PackView>(`/steering/reports/packs/${id}`),
  });
  if (pack.error instanceof ApiError && pack.error.status === 404)
    return (
      <Result
        status="404"
        title={t('steeringReports.notFound')}
        extra={<Link to={steeringReportPaths.list}>{t('steeringReports.back')}</Link>}
      />
    );
  if (pack.error) return <ErrorAlert error={pack.error} />;
  if (!pack.data) return <PageSpinner />;
  const p = pack.data;
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Link to={steeringReportPaths.list}>← {t('steeringReports.back')}</Link>
      </Typography.Paragraph>
      <PageHeader
        title={p.title}
        subtitle={`${t('steeringReports.fields.period')}: ${formatDate(p.from)} – ${formatDate(p.to)} · ${p.agencyName}`}
        extra={
          <Flex gap={8} wrap>
            <PaperButtons path={`/api/v1/steering/reports/packs/${p.id}`} qs="" />
          </Flex>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {p.sections.map((s, i) => (
          <SectionCard key={s.key} pack={p} section={s} index={i + 1} />
        ))}
        <Card title={t('steeringReports.annualPart')}>
          {annualNarrativeKeys.map((k) => (
            <NarrativeBlock
              key={k}
              pack={p}
              field={k}
              label={t(`steeringReports.annualNames.${k as AnnualNarrativeKey}`)}
              text={p.annual[k]}
            />
          ))}
        </Card>
      </Space>
    </>
  );
}

function SectionCard({ pack, section, index }: { pack: PackView; section: PackSection; index: number }) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <Flex gap={8} wrap align="center">
          <span style={{ whiteSpace: 'normal' }}>{`${index}. ${section.title}`}</span>
          <Tag>{section.clause}</Tag>
        </Flex>
      }
      data-testid={`section-${section.key}`}
    >
      {section.figures.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={section.figures}
          style={{ marginBottom: 12 }}
          columns={[
            { key: 'label', title: t('steeringReports.figures'), dataIndex: 'label' },
            {
              key: 'text',
              title: '',
              align: 'right',
              width: 96,
              render: (_, f) =>
                f.link ? (
                  <Link to={f.link} aria-label={`${f.label}: ${f.text} (${t('steeringReports.source')})`}>
                    {f.text}
                  </Link>
                ) : (
                  f.text
                ),
            },
          ]}
        />
      )}
      {section.items.length > 0 && (
        <ul style={{ paddingInlineStart: 20, marginTop: 0 }}>
          {section.items.map((item) => (
            <li key={item.text}>{item.link ? <Link to={item.link}>{item.text}</Link> : item.text}</li>
          ))}
        </ul>
      )}
      {section.note && <Typography.Paragraph type="secondary">{section.note}</Typography.Paragraph>}
      <NarrativeBlock
        pack={pack}
        field={section.key}
        label={t('steeringReports.narrative')}
        text={section.narrative}
      />
    </Card>
  );
}

function NarrativeBlock(props: { pack: PackView; field: NarrativeKey; label: string; text: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const id = `narrative-${props.field}`;
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const latest = queryClient.getQueryData<PackView>(key(props.pack.id)) ?? props.pack;
      const saved = await api.put<PackView>(`/steering/reports/packs/${props.pack.id}/narratives`, {
        version: latest.version,
        narratives: { [props.field]: editing ?? '' },
      });
      queryClient.setQueryData(key(props.pack.id), saved);
      setEditing(null);
      message.success(t('steeringReports.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div style={{ marginTop: 8 }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong id={`${id}-label`}>
          {props.label}
        </Typography.Text>
        {props.pack.canEdit && editing === null && (
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(props.text)}>
            {t('steeringReports.edit')}
          </Button>
        )}
      </Flex>
      {editing === null ? (
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}
          type={props.text ? undefined : 'secondary'}
        >
          {props.text || t('steeringReports.narrativeEmpty')}
        </Typography.Paragraph>
      ) : (
        <Space direction="vertical" style={{ width: '100%', marginTop: 4 }}>
          {error ? <ErrorAlert error={error} /> : null}
          <Input.TextArea
            aria-labelledby={`${id}-label`}
            autoSize={{ minRows: 3, maxRows: 12 }}
            value={editing}
            maxLength={20000}
            onChange={(e) => setEditing(e.target.value)}
          />
          <Flex gap={8}>
            <Button type="primary" loading={saving} onClick={save}>
              {t('steeringReports.save')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
          </Flex>
        </Space>
      )}
    </div>
  );
}
