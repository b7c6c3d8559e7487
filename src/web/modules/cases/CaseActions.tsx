import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Radio, Select, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contract/cases.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { DATE_FORMAT, todayDate, toIsoDate } from '../../app/format.ts';
import { storeCase } from './queries.ts';

type Modal = 'complete' | 'return' | 'reassign' | 'cancel' | null;
type CompleteValues = {
  output?: string;
  decision?: 'yes' | 'no';
  doneDate: Dayjs;
  nextAssigneeId?: string;
  file?: { originFileObj?: File }[];
};

const fileList = (e: { fileList?: unknown[] } | unknown[]) => (Array.isArray(e) ? e : e?.fileList);

/** What the person may do with the active step now, as the server's abilities say. */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [modal, setModal] = useState<Modal>(null);
  const [busy, setBusy] = useState(false);
  const active = detail.steps.find((s) => s.state === 'active');
  const { abilities } = detail;
  const path = `/cases/${detail.id}`;
  const done = (answer: CaseDetail | null, text: string) => {
    storeCase(queryClient, answer, detail.id);
    message.success(text);
    setModal(null);
  };
  const people = detail.assignable.map((p) => ({ value: p.id, label: `${p.fullName} (${p.unitName})` }));

  const claim = async () => {
    setBusy(true);
    try {
      done(
        await api.post<CaseDetail>(`${path}/claim`, { version: detail.version }),
        t('cases.actions.claimed'),
      );
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const complete = async (v: CompleteValues) => {
    const form = new FormData();
    form.set('version', String(detail.version));
    if (v.output?.trim()) form.set('output', v.output.trim());
    if (v.decision) form.set('decision', v.decision);
    form.set('doneDate', toIsoDate(v.doneDate) ?? '');
    if (v.nextAssigneeId) form.set('nextAssigneeId', v.nextAssigneeId);
    const file = v.file?.[0]?.originFileObj;
    if (file) form.set('file', file, file.name);
    done(await api.upload<CaseDetail>(`${path}/complete`, form), t('cases.actions.completed'));
  };

  if (!active) return null;
  return (
    <>
      {abilities.claim && (
        <Button type="primary" loading={busy} onClick={claim}>
          {t('cases.actions.claim')}
        </Button>
      )}
      {abilities.complete && (
        <Button type="primary" onClick={() => setModal('complete')}>
          {t('cases.actions.complete')}
        </Button>
      )}
      {abilities.returnStep && detail.returnTargets.length > 0 && (
        <Button onClick={() => setModal('return')}>{t('cases.actions.returnStep')}</Button>
      )}
      {abilities.reassign && (
        <Button onClick={() => setModal('reassign')}>{t('cases.actions.reassign')}</Button>
      )}
      {abilities.cancel && (
        <Button danger onClick={() => setModal('cancel')}>
          {t('cases.actions.cancel')}
        </Button>
      )}

      <FormModal<CompleteValues>
        name="complete-step"
        open={modal === 'complete'}
        title={`${t('cases.actions.complete')}: ${active.stepId}. ${active.action}`}
        okText={t('cases.actions.complete')}
        onCancel={() => setModal(null)}
        onSubmit={complete}
        initialValues={{ doneDate: todayDate() }}
        width={640}
      >
        <Form.Item
          label={t('cases.completeModal.output')}
          name="output"
          extra={
            active.expectedOutput
              ? t('cases.completeModal.outputHint', { expected: active.expectedOutput })
              : undefined
          }
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          label={t('cases.completeModal.file')}
          name="file"
          valuePropName="fileList"
          getValueFromEvent={fileList}
          extra={t('cases.completeModal.fileHint')}
        >
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.docx,.xlsx">
            <Button icon={<UploadOutlined aria-hidden />}>{t('cases.completeModal.choose')}</Button>
          </Upload>
        </Form.Item>
        {active.condition && (
          <Form.Item
            label={t('cases.completeModal.decision', { condition: active.condition })}
            name="decision"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Radio.Group
              options={[
                { value: 'yes', label: t('cases.detail.decision.yes') },
                { value: 'no', label: t('cases.detail.decision.no') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item
          label={t('cases.completeModal.doneDate')}
          name="doneDate"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={t('cases.completeModal.nextAssignee')}
          name="nextAssigneeId"
          extra={t('cases.completeModal.nextAssigneeHint')}
        >
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={people} />
        </Form.Item>
      </FormModal>

      <FormModal<{ toStepId: string; reason: string }>
        name="return-step"
        open={modal === 'return'}
        title={t('cases.actions.returnStep')}
        okText={t('cases.actions.returnStep')}
        onCancel={() => setModal(null)}
        onSubmit={async (v) =>
          done(
            await api.post<CaseDetail>(`${path}/return`, { ...v, version: detail.version }),
            t('cases.actions.returnedDone', { step: v.toStepId }),
          )
        }
      >
        <Form.Item
          label={t('cases.returnModal.to')}
          name="toStepId"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={detail.returnTargets.map((s) => ({
              value: s.stepId,
              label: `${s.stepId}. ${s.action}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('cases.returnModal.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>

      <FormModal<{ assigneeId: string }>
        name="reassign-step"
        open={modal === 'reassign'}
        title={t('cases.actions.reassign')}
        okText={t('cases.actions.reassign')}
        onCancel={() => setModal(null)}
        onSubmit={async (v) => {
          await api.post(`${path}/reassign`, { ...v, version: detail.version });
          done(null, t('cases.actions.reassigned'));
        }}
      >
        <Form.Item
          label={t('cases.reassignModal.person')}
          name="assigneeId"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={people} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        name="cancel-case"
        danger
        open={modal === 'cancel'}
        title={t('cases.actions.cancel')}
        okText={t('cases.actions.cancel')}
        onCancel={() => setModal(null)}
        onSubmit={async (v) =>
          done(
            await api.post<CaseDetail>(`${path}/cancel`, { ...v, version: detail.version }),
            t('cases.actions.cancelled'),
          )
        }
      >
        <Form.Item
          label={t('cases.cancelModal.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
