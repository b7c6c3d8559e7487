import './texts.ts';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { CommitteeView, MeetingDetail, MemberView } from '../../../contract/steering.ts';
import {
  committeeRoleNames,
  committeeRoles,
  meetingKindNames,
  meetingKinds,
} from '../../../contract/steering.ts';
import { ApiError, api } from '../../app/api.ts';
import { DataList } from '../../app/components/DataList.tsx';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { DATE_FORMAT, formatDate, todayDate, todayIso } from '../../app/format.ts';
import { DocumentPicker } from '../documents/edit/DocumentPicker.tsx';
import { docPaths } from '../documents/paths.ts';
import { PersonSelect } from '../org/people/PersonSelect.tsx';
import { DirectivesPage } from './DirectivesPage.tsx';
import { MeetingPage } from './MeetingPage.tsx';
import { steeringKeys, steeringPaths, useCommittee } from './queries.ts';
import { SteeringSettingsButton } from './SteeringSettings.tsx';
import { MeetingStateTag } from './SteeringTags.tsx';

/** A person picker that works as a Form.Item child (the form passes value and onChange). */
export function PersonField(props: {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
}) {
  return (
    <PersonSelect
      id={props.id}
      value={props.value}
      onChange={(id) => props.onChange?.(id)}
      style={{ width: '100%' }}
    />
  );
}

/** The decision that named a member: its code and title, a link to the document. */
function DecisionLink({ member }: { member: MemberView }) {
  if (!member.decisionDocumentId || !member.decisionTitle) return <>—</>;
  return <Link to={docPaths.document(member.decisionDocumentId)}>{member.decisionTitle}</Link>;
}

/** The decisions that established and changed the committee, newest first, once each. */
function CommitteeDecisions({ members }: { members: MemberView[] }) {
  const { t } = useTranslation();
  const decisions = [...members]
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
    .filter(
      (m, i, all) =>
        m.decisionDocumentId && all.findIndex((x) => x.decisionDocumentId === m.decisionDocumentId) === i,
    );
  if (!decisions.length) return null;
  return (
    <Typography.Paragraph style={{ marginBottom: 12 }}>
      {t('steering.members.decisions')}:{' '}
      {decisions.map((m, i) => (
        <span key={m.id}>
          {i > 0 && '; '}
          <DecisionLink member={m} /> ({t('steering.members.since', { date: formatDate(m.validFrom) })})
        </span>
      ))}
    </Typography.Paragraph>
  );
}

const lang = (l: string) => (l.startsWith('en') ? 'en' : 'vi');
const iso = (d: dayjs.Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** Ban chỉ đạo ISO: /steering the committee, /steering/meetings/:id a meeting, /steering/directives the directives. */
export function SteeringPage() {
  const { id } = useParams();
  const { pathname } = useLocation();
  if (pathname.startsWith(steeringPaths.directives())) return <DirectivesPage />;
  return id ? <MeetingPage key={id} /> : <CommitteePage />;
}

function CommitteePage() {
  const { t, i18n } = useTranslation();
  const query = useCommittee();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'member' | 'meeting' | MemberView | null>(null);
  const l = lang(i18n.language);
  if (query.isLoading) return <PageSpinner />;
  const c = query.data;
  if (!c) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t('steering.title')} />
        {missing ? (
          <Alert type="info" showIcon title={t('steering.notFound')} />
        ) : (
          <ErrorAlert error={query.error} />
        )}
        <Link to={steeringPaths.directives()}>{t('steering.directives.link')}</Link>
      </>
    );
  }
  const stored = (next: CommitteeView) => {
    queryClient.setQueryData(steeringKeys.committee, next);
    setDialog(null);
  };
  return (
    <>
      <PageHeader
        title={t('steering.title')}
        subtitle={t('steering.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Link to={steeringPaths.directives()}>{t('steering.directives.link')}</Link>
            {c.abilities.prepare && <SteeringSettingsButton />}
            {c.abilities.prepare && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('meeting')}>
                {t('steering.meetings.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('steering.meetings.title')}
            </Typography.Title>
          }
        >
          <DataList<CommitteeView['meetings'][number]>
            label={t('steering.meetings.title')}
            rowKey="id"
            data={c.meetings}
            empty={<EmptyText>{t('steering.meetings.none')}</EmptyText>}
            columns={[
              {
                key: 'title',
                card: 'title',
                title: t('steering.meetings.name'),
                render: (_, m) => <Link to={steeringPaths.meeting(m.id)}>{m.title}</Link>,
              },
              {
                key: 'date',
                card: 'field',
                title: t('steering.meetings.date'),
                render: (_, m) => formatDate(m.meetingDate),
              },
              {
                key: 'kind',
                card: 'field',
                title: t('steering.meetings.kind'),
                render: (_, m) => meetingKindNames[m.kind][l],
              },
              {
                key: 'chair',
                card: 'field',
                title: t('steering.meetings.chair'),
                render: (_, m) => m.chair.name,
              },
              {
                key: 'state',
                card: 'field',
                title: t('steering.meetings.state'),
                render: (_, m) => <MeetingStateTag state={m.state} />,
              },
            ]}
          />
        </Card>
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('steering.members.title')}
            </Typography.Title>
          }
          extra={
            c.abilities.prepare ? (
              <Button onClick={() => setDialog('member')}>{t('steering.members.add')}</Button>
            ) : null
          }
        >
          <CommitteeDecisions members={c.members} />
          <DataList<MemberView>
            label={t('steering.members.title')}
            rowKey="id"
            data={c.members}
            empty={<EmptyText>{t('steering.members.none')}</EmptyText>}
            columns={[
              { key: 'person', card: 'title', title: t('steering.members.person'), dataIndex: 'personName' },
              {
                key: 'role',
                card: 'field',
                title: t('steering.members.role'),
                render: (_, m) => committeeRoleNames[m.committeeRole][l],
              },
              {
                key: 'unit',
                card: 'field',
                title: t('steering.members.unit'),
                render: (_, m) => m.unitName ?? '—',
              },
              {
                key: 'decision',
                card: 'field',
                title: t('steering.members.decision'),
                render: (_, m) => <DecisionLink member={m} />,
              },
              {
                key: 'span',
                card: 'field',
                title: t('steering.members.validFrom'),
                render: (_, m) =>
                  m.validTo
                    ? `${formatDate(m.validFrom)} – ${formatDate(m.validTo)}`
                    : `${formatDate(m.validFrom)} (${t('steering.members.current')})`,
              },
              {
                key: 'action',
                card: 'action',
                title: '',
                render: (_, m) =>
                  c.abilities.prepare && m.current ? (
                    <Button size="small" onClick={() => setDialog(m)}>
                      {t('steering.members.end')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      </Flex>
      <FormModal<{
        personId: string;
        committeeRole: string;
        validFrom: dayjs.Dayjs;
        decisionDocumentId?: string;
      }>
        name="steering-member"
        open={dialog === 'member'}
        title={t('steering.members.add')}
        okText={t('steering.members.add')}
        initialValues={{ committeeRole: 'member', validFrom: todayDate() }}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) =>
          stored(
            await api.post<CommitteeView>('/steering/members', {
              personId: v.personId,
              committeeRole: v.committeeRole,
              validFrom: iso(v.validFrom),
              decisionDocumentId: v.decisionDocumentId || null,
            }),
          )
        }
      >
        <Form.Item name="personId" label={t('steering.members.person')} rules={[{ required: true }]}>
          <PersonField />
        </Form.Item>
        <Form.Item name="committeeRole" label={t('steering.members.role')} rules={[{ required: true }]}>
          <Select options={committeeRoles.map((r) => ({ value: r, label: committeeRoleNames[r][l] }))} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('steering.members.validFrom')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="decisionDocumentId"
          label={t('steering.members.decisionPick')}
          extra={t('steering.members.decisionHelp')}
        >
          <DocumentPicker status="all" />
        </Form.Item>
      </FormModal>
      <FormModal<{ validTo: dayjs.Dayjs }>
        name="steering-member-end"
        open={typeof dialog === 'object' && dialog !== null}
        title={t('steering.members.endTitle')}
        okText={t('steering.members.end')}
        initialValues={{ validTo: todayDate() }}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          const m = dialog as MemberView;
          stored(
            await api.post<CommitteeView>(`/steering/members/${m.id}/end`, {
              version: m.version,
              validTo: iso(v.validTo),
            }),
          );
        }}
      >
        <Form.Item name="validTo" label={t('steering.members.validTo')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<{
        kind: string;
        title: string;
        meetingDate: dayjs.Dayjs;
        place?: string;
        chairPersonId: string;
        agenda: string;
        periodFrom: dayjs.Dayjs;
        periodTo: dayjs.Dayjs;
      }>
        name="steering-meeting"
        open={dialog === 'meeting'}
        title={t('steering.meetings.create')}
        okText={t('steering.meetings.create')}
        width={640}
        initialValues={{
          kind: 'regular',
          meetingDate: todayDate(),
          periodFrom: dayjs(`${todayIso().slice(0, 4)}-01-01`),
          periodTo: todayDate(),
          chairPersonId: c.members.find((m) => m.current && m.committeeRole === 'head')?.personId,
        }}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          const created = await api.post<MeetingDetail>('/steering/meetings', {
            kind: v.kind,
            title: v.title,
            meetingDate: iso(v.meetingDate),
            place: v.place ?? '',
            chairPersonId: v.chairPersonId,
            agenda: v.agenda,
            periodFrom: iso(v.periodFrom),
            periodTo: iso(v.periodTo),
          });
          void queryClient.invalidateQueries({ queryKey: steeringKeys.committee });
          setDialog(null);
          navigate(steeringPaths.meeting(created.id));
        }}
      >
        <Form.Item name="kind" label={t('steering.meetings.kind')} rules={[{ required: true }]}>
          <Select options={meetingKinds.map((k) => ({ value: k, label: meetingKindNames[k][l] }))} />
        </Form.Item>
        <Form.Item name="title" label={t('steering.meetings.name')} rules={[{ required: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="meetingDate" label={t('steering.meetings.date')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('steering.meetings.place')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="chairPersonId" label={t('steering.meetings.chair')} rules={[{ required: true }]}>
          <PersonField />
        </Form.Item>
        <Form.Item name="agenda" label={t('steering.meetings.agenda')} rules={[{ required: true }]}>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="periodFrom" label={t('steering.meetings.periodFrom')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="periodTo" label={t('steering.meetings.periodTo')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      </FormModal>
    </>
  );
}
