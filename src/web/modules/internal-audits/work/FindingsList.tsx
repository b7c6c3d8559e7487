import { App, Button, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findingKindNames } from '../../../../contract/internal-audits.ts';
import {
  type FindingView,
  findingResponseNames,
  findingStateNames,
} from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { DataList, type ListColumn } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { paths } from '../../../app/paths.ts';
import { tagColours } from '../../documents/DocumentStateTag.tsx';
import { ia, useName, useRefresh } from './queries.ts';

/** The shared readable tag colours (antd's presets are too pale for 4.5:1). */
const kindColour: Record<string, CSSProperties | undefined> = {
  major: tagColours.red,
  minor: tagColours.gold,
  conformity: tagColours.green,
};

/**
 * Findings with what the person may do with each: the audited unit acknowledges or disputes
 * (with a reason), the auditors hand a nonconformity over to corrective action, the lead closes.
 */
export function FindingsList({
  findings,
  loading,
  showUnit,
  testId,
}: {
  findings: FindingView[] | undefined;
  loading: boolean;
  showUnit?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useName();
  const refresh = useRefresh();
  const [disputing, setDisputing] = useState<FindingView | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await refresh();
    } catch (e) {
      setError(e);
    }
  };

  const columns: ListColumn<FindingView>[] = [
    { key: 'seq', title: t('auditWork.findings.seq'), width: 56, card: 'field', render: (_, f) => f.seq },
    ...(showUnit
      ? [
          {
            key: 'unit',
            title: t('auditWork.findings.unit'),
            width: 150,
            card: 'field' as const,
            render: (_: unknown, f: FindingView) => f.unit.name,
          },
        ]
      : []),
    {
      key: 'kind',
      title: t('auditWork.findings.kind'),
      width: 170,
      card: 'field',
      render: (_, f) => (
        <Tag variant="outlined" style={{ marginInlineEnd: 0, ...kindColour[f.kind] }}>
          {name(findingKindNames[f.kind])}
        </Tag>
      ),
    },
    {
      key: 'clause',
      title: t('auditWork.findings.clause'),
      width: 90,
      card: 'field',
      render: (_, f) => f.clause ?? '',
    },
    {
      key: 'description',
      title: t('auditWork.findings.description'),
      width: 380,
      card: 'title',
      render: (_, f) => (
        <>
          <div>{f.description}</div>
          {f.evidence && (
            <Typography.Text type="secondary">
              {t('auditWork.findings.evidence')}: {f.evidence}
            </Typography.Text>
          )}
          {f.samples.map((s) => (
            <div key={s.id}>
              <Link to={`${s.kind === 'case' ? paths.cases : paths.recordFiles}/${s.itemId}`}>
                {s.itemLabel}
              </Link>
            </div>
          ))}
        </>
      ),
    },
    {
      key: 'response',
      title: t('auditWork.findings.response'),
      width: 190,
      card: 'field',
      render: (_, f) =>
        f.response ? (
          `${name(findingResponseNames[f.response])}${f.responseReason ? `: ${f.responseReason}` : ''}`
        ) : (
          <Typography.Text type="secondary">{t('auditWork.findings.noResponse')}</Typography.Text>
        ),
    },
    {
      key: 'state',
      title: t('auditWork.findings.state'),
      width: 160,
      card: 'field',
      render: (_, f) =>
        f.nonconformity ? (
          <Link to={`${paths.nonconformities}/${f.nonconformity.id}`}>{f.nonconformity.code}</Link>
        ) : (
          name(findingStateNames[f.state])
        ),
    },
    {
      key: 'actions',
      title: '',
      width: 180,
      card: 'action',
      render: (_, f) => (
        <Space size={4} wrap>
          {f.can.respond && (
            <>
              <Button
                size="small"
                onClick={() =>
                  run(() =>
                    api.post(ia(`/findings/${f.id}/respond`), {
                      version: f.version,
                      response: 'acknowledged',
                    }),
                  )
                }
              >
                {t('auditWork.findings.acknowledge')}
              </Button>
              <Button size="small" onClick={() => setDisputing(f)}>
                {t('auditWork.findings.dispute')}
              </Button>
            </>
          )}
          {f.can.handOver && (
            <Popconfirm
              title={t('auditWork.findings.handOverConfirm', { seq: f.seq })}
              onConfirm={() =>
                run(async () => {
                  const done = await api.post<FindingView>(ia(`/findings/${f.id}/hand-over`), {
                    version: f.version,
                  });
                  message.success(t('auditWork.findings.handedOver', { code: done.nonconformity?.code }));
                })
              }
            >
              <Button size="small" type="primary" style={{ whiteSpace: 'normal', height: 'auto' }}>
                {t('auditWork.findings.handOver')}
              </Button>
            </Popconfirm>
          )}
          {f.can.close && !f.can.handOver && (
            <Button
              size="small"
              onClick={() => run(() => api.post(ia(`/findings/${f.id}/close`), { version: f.version }))}
            >
              {t('auditWork.findings.close')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <ErrorAlert error={error} />
      <DataList<FindingView>
        label={t('auditWork.tabs.findings')}
        testId={testId}
        rowKey="id"
        columns={columns}
        data={findings}
        loading={loading}
        hideOnSinglePage
        empty={t('auditWork.findings.empty')}
      />
      <FormModal<{ reason: string }>
        name="dispute"
        open={!!disputing}
        title={t('auditWork.findings.dispute')}
        okText={t('auditWork.findings.dispute')}
        onCancel={() => setDisputing(null)}
        onSubmit={async (v) => {
          if (!disputing) return;
          await api.post(ia(`/findings/${disputing.id}/respond`), {
            version: disputing.version,
            response: 'disputed',
            reason: v.reason,
          });
          await refresh();
          setDisputing(null);
        }}
      >
        <Form.Item name="reason" label={t('auditWork.findings.reason')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
