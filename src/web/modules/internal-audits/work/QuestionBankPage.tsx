import '../texts.ts';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { questionList } from '../../../../contract/internal-audits-work.ts';
import { api } from '../../../app/api.ts';
import { DataList, type ListColumn } from '../../../app/components/DataList.tsx';
import { ErrorAlert } from '../../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { PageHeader } from '../../../app/components/PageHeader.tsx';
import { auditWorkKeys, ia } from './queries.ts';

type Question = z.infer<typeof questionList>['items'][number];

/** Ngân hàng câu hỏi: the agency's questions by clause; the secretariat adds, edits and retires them. */
export function QuestionBankPage() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: [...auditWorkKeys.all, 'questions'],
    queryFn: () => api.get<z.infer<typeof questionList>>(ia('/questions')),
  });
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canEdit = list.data?.canEdit ?? false;
  const save = async (q: Question, patch: Partial<Question>) => {
    setError(null);
    try {
      await api.patch(ia(`/questions/${q.id}`), { version: q.version, ...patch });
      await list.refetch();
    } catch (e) {
      setError(e);
    }
  };
  const columns: ListColumn<Question>[] = [
    {
      key: 'clause',
      title: t('auditWork.checklist.clause'),
      width: 100,
      card: 'field',
      render: (_, q) => q.clause,
    },
    {
      key: 'question',
      title: t('auditWork.checklist.question'),
      card: 'title',
      render: (_, q) => q.question,
    },
    {
      key: 'active',
      title: t('auditWork.bank.active'),
      width: 120,
      card: 'field',
      render: (_, q) => (
        <Switch
          aria-label={t('auditWork.bank.active')}
          checked={q.active}
          disabled={!canEdit}
          onChange={(active) => save(q, { active })}
        />
      ),
    },
    ...(canEdit
      ? [
          {
            key: 'edit',
            title: '',
            width: 90,
            card: 'action' as const,
            render: (_: unknown, q: Question) => (
              <Button size="small" onClick={() => setEditing(q)}>
                {t('auditWork.bank.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t('auditWork.bank.title')}
        subtitle={t('auditWork.bank.subtitle')}
        extra={
          canEdit && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('auditWork.bank.add')}
            </Button>
          )
        }
      />
      <ErrorAlert error={list.error ?? error} />
      <DataList<Question>
        label={t('auditWork.bank.title')}
        testId="question-bank"
        rowKey="id"
        columns={columns}
        data={list.data?.items}
        loading={list.isLoading}
        pageSize={50}
        hideOnSinglePage
      />
      <FormModal<{ clause: string; question: string }>
        name="question"
        open={editing !== null}
        title={editing === 'new' ? t('auditWork.bank.add') : t('auditWork.bank.edit')}
        okText={t('auditWork.checklist.save')}
        initialValues={
          editing && editing !== 'new' ? { clause: editing.clause, question: editing.question } : {}
        }
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          if (editing === 'new') await api.post(ia('/questions'), v);
          else if (editing)
            await api.patch(ia(`/questions/${editing.id}`), { version: editing.version, ...v });
          await list.refetch();
          setEditing(null);
        }}
      >
        <Form.Item name="clause" label={t('auditWork.checklist.clause')} rules={[{ required: true }]}>
          <Input placeholder="7.5.3" style={{ maxWidth: 160 }} />
        </Form.Item>
        <Form.Item name="question" label={t('auditWork.checklist.question')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
