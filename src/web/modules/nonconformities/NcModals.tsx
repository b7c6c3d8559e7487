import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NcDetail,
  ncActionKinds,
  ncCauseCategories,
  ncDecisions,
} from '../../../contract/nonconformities.ts';
import { api } from '../../app/api.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { UploadButton } from '../../app/components/UploadButton.tsx';
import { todayDate } from '../../app/format.ts';
import { useProceduresInForce } from '../cases/queries.ts';
import { PersonSelect } from '../org/people/PersonSelect.tsx';
import { useUnits } from '../org/queries.ts';
import { EvidenceFiles } from './NcEvidence.tsx';
import { storeNc } from './queries.ts';

type Props = { nc: NcDetail; open: boolean; onClose: () => void };

function useSend(nc: NcDetail, onClose: () => void) {
  const queryClient = useQueryClient();
  return async (path: string, body: object) => {
    storeNc(
      queryClient,
      await api.post<NcDetail>(`/nonconformities/${nc.id}${path}`, { version: nc.version, ...body }),
    );
    onClose();
  };
}

type AnalysisValues = {
  correctionWhat?: string;
  correctionBy?: string;
  correctionOn?: dayjs.Dayjs;
  whys: string[];
  causeCategories: string[];
  extent?: string;
  decision: string;
};

export function AnalysisModal({ nc, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(nc, onClose);
  return (
    <FormModal<AnalysisValues>
      name="nc-analysis"
      open={open}
      width={680}
      title={t('nonconformities.steps.analyse')}
      okText={t('nonconformities.steps.analyse')}
      onCancel={onClose}
      initialValues={{
        correctionWhat: nc.correction?.what,
        correctionBy: nc.correction?.byName,
        correctionOn: nc.correction ? dayjs(nc.correction.on) : undefined,
        whys: nc.whys.length ? nc.whys : [''],
        causeCategories: nc.causeCategories,
        extent: nc.extent,
        decision: nc.decision ?? 'corrective_action',
      }}
      onSubmit={(v) =>
        send('/analysis', {
          correction: v.correctionWhat?.trim()
            ? {
                what: v.correctionWhat,
                byName: v.correctionBy ?? '',
                on: (v.correctionOn ?? todayDate()).format('YYYY-MM-DD'),
              }
            : null,
          whys: v.whys.filter((w) => w?.trim()),
          causeCategories: v.causeCategories ?? [],
          extent: v.extent ?? '',
          decision: v.decision,
        })
      }
    >
      <Form.Item
        name="correctionWhat"
        label={`${t('nonconformities.fields.correction')}: ${t('nonconformities.fields.correctionWhat')}`}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="correctionBy" label={t('nonconformities.fields.correctionBy')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="correctionOn" label={t('nonconformities.fields.correctionOn')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Flex>
      <Form.List name="whys">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item
                  name={field.name}
                  label={t('nonconformities.fields.why', { n: i + 1 })}
                  rules={[{ required: i === 0 }]}
                  style={{ flex: 1 }}
                >
                  <Input maxLength={1000} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    aria-label="−"
                    icon={<MinusCircleOutlined aria-hidden />}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Flex>
            ))}
            {fields.length < 7 && (
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add('')}
                style={{ marginBottom: 16 }}
              >
                {t('nonconformities.fields.why', { n: fields.length + 1 })}
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Form.Item
        name="causeCategories"
        label={t('nonconformities.fields.causeCategories')}
        rules={[{ required: true }]}
      >
        <Checkbox.Group
          options={ncCauseCategories.map((c) => ({ value: c, label: t(`nonconformities.causes.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="extent" label={t('nonconformities.fields.extent')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="decision" label={t('nonconformities.fields.decision')} rules={[{ required: true }]}>
        <Radio.Group
          options={ncDecisions.map((d) => ({ value: d, label: t(`nonconformities.decisions.${d}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}

type ActionValues = {
  kind: string;
  description: string;
  ownerUnitId: string;
  ownerPersonId: string;
  dueInWorkingDays: number;
  documentId?: string;
};

export function AddActionModal({ nc, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(nc, onClose);
  const units = useUnits();
  const [form] = Form.useForm<ActionValues>();
  const kind = Form.useWatch('kind', form);
  const procedures = useProceduresInForce(open && kind === 'revise_document');
  return (
    <FormModal<ActionValues>
      name="nc-action"
      form={form}
      open={open}
      width={640}
      title={t('nonconformities.action.add')}
      okText={t('nonconformities.action.add')}
      onCancel={onClose}
      initialValues={{
        kind: nc.decision === 'correct_only' ? 'correction' : 'corrective',
        ownerUnitId: nc.unitId,
        dueInWorkingDays: 10,
      }}
      onSubmit={(v) =>
        send('/actions', { ...v, documentId: v.kind === 'revise_document' ? (v.documentId ?? null) : null })
      }
    >
      <Form.Item name="kind" label={t('nonconformities.action.kind')} rules={[{ required: true }]}>
        <Select
          options={ncActionKinds.map((k) => ({ value: k, label: t(`nonconformities.action.kinds.${k}`) }))}
        />
      </Form.Item>
      {kind === 'revise_document' && (
        <Form.Item
          name="documentId"
          label={t('nonconformities.action.document')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={procedures.isLoading}
            options={(procedures.data ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('nonconformities.action.description')}
        rules={[{ required: true }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="ownerUnitId"
        label={t('nonconformities.action.ownerUnit')}
        rules={[{ required: true }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('nonconformities.action.owner')} rules={[{ required: true }]}>
        <PersonSelect
          onChange={(id) => form.setFieldValue('ownerPersonId', id)}
          aria-label={t('nonconformities.action.owner')}
        />
      </Form.Item>
      <Form.Item
        name="dueInWorkingDays"
        label={t('nonconformities.action.dueIn')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={250} />
      </Form.Item>
    </FormModal>
  );
}

export function CompleteActionModal({
  nc,
  action,
  onClose,
}: {
  nc: NcDetail;
  action: NcDetail['actions'][number] | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The files as the record now has them (each upload answers with the record).
  const files = nc.actions.find((a) => a.id === action?.id)?.files ?? [];
  const upload = async (file: File) => {
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const updated = await api.upload<NcDetail>(
        `/nonconformities/${nc.id}/actions/${action.id}/evidence`,
        form,
      );
      storeNc(queryClient, updated);
      const added = updated.actions.find((a) => a.id === action.id)?.files.at(-1);
      if (added)
        message.success(
          t('nonconformities.action.uploaded', {
            name: added.fileName,
            code: added.recordFile?.fileCode ?? '',
          }),
        );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormModal<{ evidence: string }>
      name="nc-complete"
      open={Boolean(action)}
      title={t('nonconformities.action.completeTitle')}
      okText={t('nonconformities.action.complete')}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      intro={action?.description}
      onSubmit={async (v) => {
        if (!action) return;
        storeNc(
          queryClient,
          await api.post<NcDetail>(`/nonconformities/${nc.id}/actions/${action.id}/complete`, {
            version: action.version,
            evidence: v.evidence,
          }),
        );
        onClose();
      }}
    >
      <Form.Item name="evidence" label={t('nonconformities.action.evidence')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('nonconformities.action.fileHint')}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <UploadButton
        accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
        busy={busy}
        label={t('nonconformities.action.uploadFile')}
        onFile={(file) => void upload(file)}
      />
      <EvidenceFiles ncId={nc.id} files={files} />
    </FormModal>
  );
}

export function VerifyModal({ nc, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(nc, onClose);
  return (
    <FormModal<{ effective: boolean; note?: string }>
      name="nc-verify"
      open={open}
      title={t('nonconformities.steps.verify')}
      okText={t('nonconformities.steps.verify')}
      onCancel={onClose}
      initialValues={{ effective: true }}
      onSubmit={(v) => send('/transitions', { action: 'verify', effective: v.effective, note: v.note ?? '' })}
    >
      <Form.Item name="effective" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: t('nonconformities.steps.effective') },
            { value: false, label: t('nonconformities.steps.notEffective') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('nonconformities.steps.note')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

export function CancelModal({ nc, open, onClose }: Props) {
  const { t } = useTranslation();
  const send = useSend(nc, onClose);
  return (
    <FormModal<{ reason: string }>
      name="nc-cancel"
      danger
      open={open}
      title={t('nonconformities.steps.cancelTitle')}
      okText={t('nonconformities.steps.cancel')}
      onCancel={onClose}
      onSubmit={(v) => send('/transitions', { action: 'cancel', reason: v.reason })}
    >
      <Form.Item name="reason" label={t('nonconformities.fields.cancelReason')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
