import './texts.ts';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ProgrammeSummary, ProgrammeView, ScheduleItem } from '../../../contract/internal-audits.ts';
import { useMe } from '../../app/auth.tsx';
import { DataList } from '../../app/components/DataList.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { NotFoundPage } from '../../app/components/NotFoundPage.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { formatDate, formatNumber, todayIso } from '../../app/format.ts';
import { AuditSettingsButton } from './AuditSettings.tsx';
import { ProgrammePage } from './programme/ProgrammePage.tsx';
import { iaApi, iaPaths, refreshAll, useProgrammes, useSchedule } from './queries.ts';
import { RoundPage } from './round/RoundPage.tsx';
import { ProgrammeStateTag } from './Tags.tsx';
import { auditWorkPaths } from './work/queries.ts';

/** Đánh giá nội bộ: the programmes and my schedule; /programmes/:id and /rounds/:id (one chunk). */
export function InternalAuditsPage() {
  const { kind, id } = useParams();
  if (kind === 'programmes' && id) return <ProgrammePage key={id} id={id} />;
  if (kind === 'rounds' && id) return <RoundPage key={id} id={id} />;
  if (kind) return <NotFoundPage />;
  return <Overview />;
}

function Overview() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const schedule = useSchedule();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  // The audited unit's head and ISO officer answer the findings at their unit from here.
  const answersFindings = me.grants.some((g) => g.role === 'unit_head' || g.role === 'iso_officer');
  return (
    <>
      <PageHeader
        title={t('internalAudits.title')}
        subtitle={t('internalAudits.subtitle')}
        extra={
          <Flex gap={8} wrap>
            {answersFindings && (
              <Link to={auditWorkPaths.unitFindings}>{t('auditWork.findings.unitTitle')}</Link>
            )}
            {programmes.data?.canCreate && <AuditSettingsButton />}
            {programmes.data?.canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('internalAudits.createProgramme')}
              </Button>
            )}
          </Flex>
        }
      />
      <ErrorAlert error={programmes.error ?? schedule.error} />
      {(programmes.data?.items.length || programmes.data?.canCreate) && (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('internalAudits.programmes')}
          </Typography.Title>
          <DataList<ProgrammeSummary>
            label={t('internalAudits.programmes')}
            rowKey="id"
            loading={programmes.isLoading}
            data={programmes.data?.items}
            hideOnSinglePage
            empty={<Empty description={t('internalAudits.noProgrammes')} />}
            columns={[
              {
                key: 'title',
                card: 'title',
                title: t('internalAudits.fields.title'),
                render: (_, p) => <Link to={iaPaths.programme(p.id)}>{p.title}</Link>,
              },
              {
                key: 'year',
                card: 'field',
                title: t('internalAudits.fields.year'),
                render: (_, p) => p.year,
              },
              {
                key: 'rounds',
                card: 'field',
                title: t('internalAudits.fields.rounds'),
                render: (_, p) => formatNumber(p.roundCount),
              },
              {
                key: 'state',
                card: 'field',
                title: t('internalAudits.fields.state'),
                render: (_, p) => <ProgrammeStateTag state={p.state} />,
              },
            ]}
          />
        </>
      )}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t('internalAudits.mySchedule')}
      </Typography.Title>
      <DataList<ScheduleItem>
        label={t('internalAudits.mySchedule')}
        rowKey="id"
        loading={schedule.isLoading}
        data={schedule.data?.items}
        hideOnSinglePage
        empty={<Empty description={t('internalAudits.noSchedule')} />}
        columns={[
          {
            key: 'unit',
            card: 'title',
            title: t('internalAudits.fields.unit'),
            // Once the plan is out, the unit's audit has its own page (checklist, findings, report).
            render: (_, a) => <Link to={auditWorkPaths.roundAudit(a.id)}>{a.unit.name}</Link>,
          },
          {
            key: 'date',
            card: 'field',
            title: t('internalAudits.fields.date'),
            render: (_, a) => [formatDate(a.auditDate), a.startTime].filter(Boolean).join(' '),
          },
          { key: 'place', card: 'field', title: t('internalAudits.fields.place'), render: (_, a) => a.place },
          {
            key: 'round',
            card: 'field',
            title: t('internalAudits.fields.round'),
            render: (_, a) => (
              <>
                {t('internalAudits.fields.number')} {a.round.number}/{a.round.year}: {a.round.title}
              </>
            ),
          },
          {
            key: 'auditors',
            card: 'field',
            title: t('internalAudits.fields.auditors'),
            render: (_, a) => a.auditors.map((p) => p.name).join(', '),
          },
        ]}
      />
      <FormModal<{ year: number }>
        name="programme-create"
        open={creating}
        title={t('internalAudits.createProgramme')}
        okText={t('internalAudits.createProgramme')}
        initialValues={{ year: Number(todayIso().slice(0, 4)) + 1 }}
        onCancel={() => setCreating(false)}
        onSubmit={async ({ year }) => {
          const created = await iaApi.post<ProgrammeView>('/programmes', { year });
          await refreshAll(queryClient);
          setCreating(false);
          navigate(iaPaths.programme(created.id));
        }}
      >
        <Form.Item label={t('internalAudits.fields.year')} name="year" rules={[{ required: true }]}>
          <InputNumber min={2000} max={2999} style={{ width: 160 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
