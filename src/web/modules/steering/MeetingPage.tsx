import './texts.ts';
import { ArrowLeftOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  List,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { committeeRoleNames, type MeetingDetail, meetingKindNames } from '../../../contract/steering.ts';
import { ApiError, api } from '../../app/api.ts';
import { EmptyText } from '../../app/components/EmptyText.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PageSpinner } from '../../app/components/PageSpinner.tsx';
import { formatDate, formatDateTime } from '../../app/format.ts';
import { PeopleSelect } from '../org/people/PeopleSelect.tsx';
import { useUnits } from '../org/queries.ts';
import { steeringPaths, storeMeeting, useMeeting } from './queries.ts';
import { steeringReportPaths } from './reports/access.ts';
import { DirectiveStatusTag, MeetingStateTag } from './SteeringTags.tsx';

const lang = (l: string) => (l.startsWith('en') ? 'en' : 'vi');
const h2 = (text: string) => (
  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
    {text}
  </Typography.Title>
);

type Dialog = 'invite' | 'item' | 'sign' | null;

/** One meeting: agenda, invitations and attendance, minutes, the conclusions with their directives, the chair's confirmation. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const units = useUnits();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [minutes, setMinutes] = useState<string | null>(null);
  const [attendance, setAttendance] = useState<Record<string, boolean>>({});
  const layout = Grid.useBreakpoint().md === false ? 'vertical' : 'horizontal';
  const l = lang(i18n.language);
  const m = query.data;
  if (query.isLoading) return <PageSpinner />;
  if (!m) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t('steering.title')} />
        {missing ? (
          <Alert type="warning" showIcon title={t('steering.notFound')} />
        ) : (
          <ErrorAlert error={query.error} />
        )}
        <Link to={steeringPaths.committee}>{t('steering.back')}</Link>
      </>
    );
  }
  const stored = (detail: MeetingDetail) => {
    storeMeeting(queryClient, detail);
    setDialog(null);
  };
  const run = async (send: () => Promise<MeetingDetail>) => {
    setBusy(true);
    setError(null);
    try {
      stored(await send());
      void message.success(t('steering.meeting.done'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const prepare = m.abilities.prepare;
  /** The pack of the period under review: open it, or (the secretariat) compile it first. */
  const openPack = async () => {
    setBusy(true);
    setError(null);
    try {
      const { packId } = await api.post<{ packId: string }>(`/steering/meetings/${m.id}/pack`, {});
      void navigate(steeringReportPaths.one(packId));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const canRecord = prepare && (m.state === 'invited' || m.state === 'held');
  return (
    <>
      <Link to={steeringPaths.committee}>
        <ArrowLeftOutlined aria-hidden /> {t('steering.back')}
      </Link>
      <PageHeader
        title={m.title}
        tags={<MeetingStateTag state={m.state} />}
        extra={
          <Flex gap={8} wrap>
            {m.packId ? (
              <Button
                icon={<FileTextOutlined aria-hidden />}
                onClick={() => navigate(steeringReportPaths.one(m.packId ?? ''))}
              >
                {t('steering.meeting.pack')}
              </Button>
            ) : m.abilities.compilePack ? (
              <Button icon={<FileTextOutlined aria-hidden />} loading={busy} onClick={openPack}>
                {t('steering.meeting.pack')}
              </Button>
            ) : null}
            {prepare && (m.state === 'planned' || m.state === 'invited') && (
              <Button
                type={m.state === 'planned' ? 'primary' : 'default'}
                onClick={() => setDialog('invite')}
              >
                {t('steering.meeting.invite')}
              </Button>
            )}
            {m.abilities.sign && (
              <Button type="primary" onClick={() => setDialog('sign')}>
                {t('steering.meeting.sign')}
              </Button>
            )}
          </Flex>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions column={{ xs: 1, md: 2 }} size="small" layout={layout}>
            <Descriptions.Item label={t('steering.meetings.kind')}>
              {meetingKindNames[m.kind][l]}
            </Descriptions.Item>
            <Descriptions.Item label={t('steering.meetings.date')}>
              {formatDate(m.meetingDate)}
            </Descriptions.Item>
            <Descriptions.Item label={t('steering.meetings.chair')}>{m.chair.name}</Descriptions.Item>
            <Descriptions.Item label={t('steering.meetings.place')}>{m.place || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('steering.meetings.period')}>
              {t('steering.meetings.periodText', {
                from: formatDate(m.periodFrom),
                to: formatDate(m.periodTo),
              })}
            </Descriptions.Item>
            {m.invitedAt && (
              <Descriptions.Item label={t('steering.meeting.invitedAt')}>
                {formatDateTime(m.invitedAt, false)}
              </Descriptions.Item>
            )}
            {m.signedBy && (
              <Descriptions.Item label={t('steering.meeting.signedBy')}>
                {m.signedBy.name} · {formatDateTime(m.signedAt, false)}
                {m.noticeRef ? ` · ${m.noticeRef}` : ''}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('steering.meetings.agenda')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{m.agenda}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          title={h2(t('steering.meeting.attendance'))}
          extra={
            canRecord ? (
              <Button
                loading={busy}
                disabled={!Object.keys(attendance).length}
                onClick={() =>
                  run(() =>
                    api.post<MeetingDetail>(`/steering/meetings/${m.id}/attendance`, {
                      version: m.version,
                      attendance: Object.entries(attendance).map(([personId, present]) => ({
                        personId,
                        present,
                      })),
                    }),
                  ).then(() => setAttendance({}))
                }
              >
                {t('steering.meeting.attendanceSave')}
              </Button>
            ) : null
          }
        >
          {m.attendees.length === 0 ? (
            <EmptyText>{t('steering.meeting.noAttendees')}</EmptyText>
          ) : (
            <List
              size="small"
              dataSource={m.attendees}
              renderItem={(a) => {
                const present = attendance[a.personId] ?? a.present;
                return (
                  <List.Item
                    actions={
                      canRecord
                        ? [
                            <Checkbox
                              key="present"
                              checked={present === true}
                              onChange={(e) =>
                                setAttendance((s) => ({ ...s, [a.personId]: e.target.checked }))
                              }
                            >
                              {t('steering.meeting.present')}
                            </Checkbox>,
                          ]
                        : [
                            <Typography.Text key="state" type={present === false ? 'danger' : undefined}>
                              {present === null
                                ? t('steering.meeting.unknown')
                                : present
                                  ? t('steering.meeting.present')
                                  : t('steering.meeting.absent')}
                            </Typography.Text>,
                          ]
                    }
                  >
                    <List.Item.Meta
                      title={a.name}
                      description={[
                        a.committeeRole
                          ? committeeRoleNames[a.committeeRole][l]
                          : a.invited && a.personId !== m.chair.id
                            ? t('steering.meeting.guestTag')
                            : null,
                        a.note,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  </List.Item>
                );
              }}
            />
          )}
        </Card>
        <Card title={h2(t('steering.meeting.minutes'))}>
          {canRecord ? (
            <Flex vertical gap={8}>
              <Input.TextArea
                aria-label={t('steering.meeting.minutes')}
                rows={6}
                maxLength={50000}
                value={minutes ?? m.minutes ?? ''}
                onChange={(e) => setMinutes(e.target.value)}
              />
              <div>
                <Button
                  loading={busy}
                  disabled={!(minutes ?? m.minutes ?? '').trim()}
                  onClick={() =>
                    run(() =>
                      api.post<MeetingDetail>(`/steering/meetings/${m.id}/minutes`, {
                        version: m.version,
                        minutes: minutes ?? m.minutes ?? '',
                      }),
                    ).then(() => setMinutes(null))
                  }
                >
                  {t('steering.meeting.minutesSave')}
                </Button>
              </div>
            </Flex>
          ) : m.minutes ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {m.minutes}
            </Typography.Paragraph>
          ) : (
            <EmptyText>{t('steering.meeting.minutesNone')}</EmptyText>
          )}
        </Card>
        <Card
          title={h2(t('steering.meeting.conclusions'))}
          extra={
            prepare && m.state === 'held' ? (
              <Button onClick={() => setDialog('item')}>{t('steering.meeting.addItem')}</Button>
            ) : null
          }
        >
          {m.state === 'concluded' && (
            <Flex gap={8} wrap style={{ marginBottom: 12 }}>
              <Button
                href={`/api/v1/steering/meetings/${m.id}/notice.docx`}
                download
                icon={<FileWordOutlined aria-hidden />}
              >
                {t('steering.meeting.noticeDocx')}
              </Button>
              <Button
                href={`/api/v1/steering/meetings/${m.id}/notice.pdf`}
                download
                icon={<FilePdfOutlined aria-hidden />}
              >
                {t('steering.meeting.noticePdf')}
              </Button>
            </Flex>
          )}
          {m.conclusions.length === 0 ? (
            <EmptyText>{t('steering.meeting.conclusionsNone')}</EmptyText>
          ) : (
            <ol style={{ paddingInlineStart: 20, margin: 0 }}>
              {m.conclusions.map((c) => (
                <li key={c.id} style={{ marginBottom: 12 }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Typography.Text>{c.text}</Typography.Text>
                    {prepare && m.state === 'held' && (
                      <Button
                        size="small"
                        danger
                        loading={busy}
                        onClick={() =>
                          run(() =>
                            api.post<MeetingDetail>(`/steering/meetings/${m.id}/conclusions/${c.id}/remove`, {
                              version: m.version,
                            }),
                          )
                        }
                      >
                        {t('steering.meeting.remove')}
                      </Button>
                    )}
                  </Flex>
                  {c.isDirective && (
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {t('steering.meeting.directive')}: {c.unitNames.join(', ')} ·{' '}
                      {t('steering.meeting.dueDays', { count: c.dueInWorkingDays ?? 0 })} ·{' '}
                      {t('steering.meeting.expected')}: {c.expectedResult}
                    </Typography.Paragraph>
                  )}
                  {c.directives.length > 0 && (
                    <Flex gap={8} wrap style={{ marginTop: 4 }}>
                      {c.directives.map((d) => (
                        <Link key={d.id} to={steeringPaths.directives(d.unitId)}>
                          <Flex gap={4} align="center">
                            {d.unitName} · {formatDate(d.dueDate)} <DirectiveStatusTag status={d.status} />
                          </Flex>
                        </Link>
                      ))}
                    </Flex>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>
      </Flex>
      <FormModal<{ guestIds?: string[] }>
        name="steering-invite"
        open={dialog === 'invite'}
        title={t('steering.meeting.inviteTitle')}
        okText={t('steering.meeting.invite')}
        intro={
          <Typography.Paragraph>
            {t(m.state === 'invited' ? 'steering.meeting.guestsAgain' : 'steering.meeting.inviteIntro')}
          </Typography.Paragraph>
        }
        onCancel={() => setDialog(null)}
        onSubmit={async (v, form) => {
          stored(
            await api.post<MeetingDetail>(`/steering/meetings/${m.id}/invitations`, {
              version: m.version,
              guestIds: v.guestIds ?? [],
            }),
          );
          form.resetFields();
        }}
      >
        <Form.Item
          name="guestIds"
          label={t('steering.meeting.guests')}
          extra={t('steering.meeting.guestsHelp')}
          rules={m.state === 'invited' ? [{ required: true }] : []}
        >
          <PeopleSelect exclude={[m.chair.id, ...m.attendees.map((a) => a.personId)]} />
        </Form.Item>
      </FormModal>
      <FormModal<{
        text: string;
        isDirective?: boolean;
        unitIds?: string[];
        dueInWorkingDays?: number;
        expectedResult?: string;
      }>
        name="steering-item"
        open={dialog === 'item'}
        title={t('steering.meeting.addItem')}
        okText={t('steering.meeting.addItem')}
        width={640}
        initialValues={{ dueInWorkingDays: 20 }}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) =>
          stored(
            await api.post<MeetingDetail>(`/steering/meetings/${m.id}/conclusions`, {
              version: m.version,
              text: v.text,
              directive: v.isDirective
                ? {
                    unitIds: v.unitIds ?? [],
                    dueInWorkingDays: v.dueInWorkingDays,
                    expectedResult: v.expectedResult,
                  }
                : null,
            }),
          )
        }
      >
        {(form) => (
          <>
            <Form.Item name="text" label={t('steering.meeting.itemText')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Form.Item name="isDirective" valuePropName="checked">
              <Checkbox>{t('steering.meeting.isDirective')}</Checkbox>
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {() =>
                form.getFieldValue('isDirective') ? (
                  <>
                    <Form.Item
                      name="unitIds"
                      label={t('steering.meeting.units')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        mode="multiple"
                        optionFilterProp="label"
                        options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name="dueInWorkingDays"
                      label={t('steering.meeting.dueDays')}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={1} max={2000} />
                    </Form.Item>
                    <Form.Item
                      name="expectedResult"
                      label={t('steering.meeting.expected')}
                      rules={[{ required: true }]}
                    >
                      <Input.TextArea rows={2} maxLength={2000} />
                    </Form.Item>
                  </>
                ) : null
              }
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ password: string; noticeRef?: string }>
        name="steering-sign"
        open={dialog === 'sign'}
        title={t('steering.meeting.signTitle')}
        okText={t('steering.meeting.sign')}
        intro={t('steering.meeting.signIntro')}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) =>
          stored(
            await api.post<MeetingDetail>(`/steering/meetings/${m.id}/sign`, {
              version: m.version,
              password: v.password,
              noticeRef: v.noticeRef || undefined,
            }),
          )
        }
      >
        <Form.Item name="noticeRef" label={t('steering.meeting.noticeRef')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="password" label={t('steering.meeting.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </FormModal>
    </>
  );
}
