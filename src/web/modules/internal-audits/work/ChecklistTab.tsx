import { App, Button, Flex, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistAnswers } from '../../../../contract/internal-audits.ts';
import { type ChecklistItemView, checklistAnswerNames } from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { DataList, type ListColumn } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { ia, useChecklist, useName, useRefresh } from './queries.ts';

type Item = ChecklistItemView;

/** Danh mục kiểm tra: generated and edited before the audit by its auditors, answered during it. */
export function ChecklistTab({ roundAuditId }: { roundAuditId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useName();
  const refresh = useRefresh();
  const checklist = useChecklist(roundAuditId);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const url = ia(`/round-audits/${roundAuditId}/checklist`);
  const data = checklist.data;
  const can = data?.can ?? { edit: false, answer: false };
  const items = data?.items ?? [];

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await refresh();
      if (done) message.success(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const move = (index: number, by: number) => {
    const ids = items.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id);
    return run(() => api.put(`${url}/order`, { ids }));
  };
  const answer = (item: Item, patch: { answer?: string | null; note?: string }) =>
    run(() =>
      api.post(`${url}/items/${item.id}/answer`, {
        version: item.version,
        answer: patch.answer === undefined ? item.answer : patch.answer,
        note: patch.note ?? item.note,
      }),
    );

  const columns: ListColumn<Item>[] = [
    { key: 'position', title: '#', width: 48, render: (_, _r, i) => i + 1 },
    {
      key: 'procedure',
      title: t('auditWork.checklist.procedure'),
      width: 110,
      card: 'field',
      render: (_, r) => r.procedure?.code || t('auditWork.checklist.general'),
    },
    {
      key: 'clause',
      title: t('auditWork.checklist.clause'),
      width: 90,
      card: 'field',
      render: (_, r) => r.clause ?? '',
    },
    {
      key: 'question',
      title: t('auditWork.checklist.question'),
      card: 'title',
      render: (_, r) => r.question,
    },
    {
      key: 'answer',
      title: t('auditWork.checklist.answer'),
      width: 170,
      card: 'field',
      render: (_, r) =>
        can.answer ? (
          <Select
            aria-label={t('auditWork.checklist.answer')}
            style={{ width: 160 }}
            allowClear
            value={r.answer ?? undefined}
            placeholder={t('auditWork.checklist.unanswered')}
            options={checklistAnswers.map((a) => ({ value: a, label: name(checklistAnswerNames[a]) }))}
            onChange={(v) => answer(r, { answer: v ?? null })}
            disabled={busy}
          />
        ) : r.answer ? (
          name(checklistAnswerNames[r.answer])
        ) : (
          <Typography.Text type="secondary">{t('auditWork.checklist.unanswered')}</Typography.Text>
        ),
    },
    {
      key: 'note',
      title: t('auditWork.checklist.note'),
      width: 220,
      card: 'field',
      render: (_, r) =>
        can.answer ? (
          <Input.TextArea
            aria-label={t('auditWork.checklist.note')}
            autoSize
            defaultValue={r.note}
            onBlur={(e) => e.target.value !== r.note && answer(r, { note: e.target.value })}
          />
        ) : (
          r.note
        ),
    },
    ...(can.edit
      ? [
          {
            key: 'actions',
            title: '',
            width: 200,
            card: 'action' as const,
            render: (_: unknown, r: Item, i: number) => (
              <Space size={4} wrap>
                <Button size="small" disabled={busy || i === 0} onClick={() => move(i, -1)}>
                  {t('auditWork.checklist.up')}
                </Button>
                <Button size="small" disabled={busy || i === items.length - 1} onClick={() => move(i, 1)}>
                  {t('auditWork.checklist.down')}
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={busy}
                  onClick={() =>
                    run(
                      () => api.delete(`${url}/items/${r.id}?version=${r.version}`),
                      t('auditWork.checklist.removed'),
                    )
                  }
                >
                  {t('auditWork.checklist.remove')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <ErrorAlert error={checklist.error ?? error} />
      {can.edit && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            loading={busy}
            onClick={() => run(() => api.post(`${url}/generate`, { replace: items.length > 0 }))}
          >
            {items.length ? t('auditWork.checklist.regenerate') : t('auditWork.checklist.generate')}
          </Button>
          <Button onClick={() => setAdding(true)}>{t('auditWork.checklist.add')}</Button>
        </Flex>
      )}
      <DataList<Item>
        label={t('auditWork.tabs.checklist')}
        testId="checklist"
        rowKey="id"
        columns={columns}
        data={items}
        loading={checklist.isLoading}
        pageSize={100}
        hideOnSinglePage
        empty={t('auditWork.checklist.empty')}
      />
      <FormModal<{ clause?: string; question: string }>
        name="checklist-item"
        open={adding}
        title={t('auditWork.checklist.add')}
        okText={t('auditWork.checklist.save')}
        onCancel={() => setAdding(false)}
        onSubmit={async (values) => {
          await api.post(`${url}/items`, { clause: values.clause || null, question: values.question });
          await refresh();
          setAdding(false);
        }}
      >
        <Form.Item name="clause" label={t('auditWork.checklist.clause')}>
          <Input placeholder="7.5.3" />
        </Form.Item>
        <Form.Item name="question" label={t('auditWork.checklist.question')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
