import './texts.ts';
import { DownloadOutlined, FileZipOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Empty, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { PackList, PackView } from '../../../../contract/steering-reports.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { DataList } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { DATE_FORMAT, formatDate, formatDateTime, todayIso, toIsoDate } from '../../../app/format.ts';
import { seesStatutoryClock, steeringReportPaths } from './access.ts';
import { DeclarationsPage } from './DeclarationsPage.tsx';
import { PackPage } from './PackPage.tsx';
import { StatutoryClockCard } from './StatutoryClockCard.tsx';

/** /steering/reports: the packs; /steering/reports/:id one pack; /steering/reports/declarations. */
export function SteeringReportsPage() {
  const { id } = useParams();
  if (id === 'declarations') return <DeclarationsPage />;
  return id ? <PackPage key={id} id={id} /> : <PackListPage />;
}

function PackListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ['steering-reports', 'packs'],
    queryFn: () => api.get<PackList>('/steering/reports/packs'),
  });
  return (
    <>
      <PageHeader
        title={t('steeringReports.title')}
        subtitle={t('steeringReports.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Link to={steeringReportPaths.declarations}>
              <Button>{t('steeringReports.declarations.title')}</Button>
            </Link>
            {list.data?.canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('steeringReports.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="steering-year">{t('steeringReports.year')}</label>
        <InputNumber
          id="steering-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        <Button
          icon={<DownloadOutlined aria-hidden />}
          href={`/api/v1/steering/reports/annual/${year}.docx`}
          download
        >
          {t('steeringReports.annual', { year })}
        </Button>
        <Button
          icon={<FileZipOutlined aria-hidden />}
          href={`/api/v1/steering/reports/evidence/${year}.zip`}
          download
        >
          {t('steeringReports.evidence', { year })}
        </Button>
      </Flex>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <DataList<PackList['items'][number]>
        label={t('steeringReports.title')}
        testId="steering-packs"
        rowKey="id"
        loading={list.isLoading}
        data={list.data?.items}
        empty={<Empty description={t('steeringReports.empty')} />}
        columns={[
          {
            key: 'title',
            card: 'title',
            title: t('steeringReports.fields.title'),
            render: (_, p) => <Link to={steeringReportPaths.one(p.id)}>{p.title}</Link>,
          },
          {
            key: 'period',
            card: 'field',
            title: t('steeringReports.fields.period'),
            render: (_, p) => `${formatDate(p.from)} – ${formatDate(p.to)}`,
          },
          {
            key: 'updatedAt',
            card: 'field',
            title: t('steeringReports.fields.updatedAt'),
            render: (_, p) => formatDateTime(p.updatedAt, false),
          },
        ]}
      />
      {seesStatutoryClock(me) && <StatutoryClockCard style={{ marginTop: 16 }} />}
      <CreatePackModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

type CreateValues = {
  title: string;
  from: Parameters<typeof toIsoDate>[0];
  to: Parameters<typeof toIsoDate>[0];
};

function CreatePackModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <FormModal<CreateValues>
      name="steering-pack-create"
      open={open}
      title={t('steeringReports.createTitle')}
      okText={t('steeringReports.create')}
      intro={<Typography.Paragraph>{t('steeringReports.createIntro')}</Typography.Paragraph>}
      onCancel={onClose}
      onSubmit={async (v) => {
        const created = await api.post<PackView>('/steering/reports/packs', {
          title: v.title,
          from: toIsoDate(v.from),
          to: toIsoDate(v.to),
        });
        await queryClient.invalidateQueries({ queryKey: ['steering-reports', 'packs'] });
        queryClient.setQueryData(['steering-reports', 'pack', created.id], created);
        onClose();
        navigate(steeringReportPaths.one(created.id));
      }}
    >
      <Form.Item name="title" label={t('steeringReports.fields.title')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="from" label={t('steeringReports.fields.from')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="to" label={t('steeringReports.fields.to')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
