import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseDetail, StartOptions } from '../../../contract/cases.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../app/components/FormModal.tsx';
import { DATE_FORMAT, todayDate, toIsoDate } from '../../app/format.ts';
import { UnitSelect } from '../org/units/UnitSelect.tsx';
import { casePaths, storeCase, useProceduresInForce } from './queries.ts';

type Values = {
  procedureDocumentId: string;
  title: string;
  unitId: string;
  startDate: Dayjs;
  catalogueEntryId?: string;
  assigneeId?: string;
};

/**
 * Bắt đầu công việc: the procedure, title, unit and date; the catalogue entry when it must be
 * chosen. Opened from a procedure's page, the procedure comes filled in.
 */
export function StartCaseModal({
  open,
  onClose,
  procedure,
}: {
  open: boolean;
  onClose: () => void;
  procedure?: { id: string; code: string; title: string };
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const procedureDocumentId = Form.useWatch('procedureDocumentId', form);
  const unitId = Form.useWatch('unitId', form);
  const startDate = Form.useWatch('startDate', form);
  const procedures = useProceduresInForce(open);
  const options = useQuery({
    queryKey: ['cases', 'start-options', procedureDocumentId, unitId, toIsoDate(startDate)],
    enabled: open && Boolean(procedureDocumentId && unitId && startDate),
    queryFn: () =>
      api.get<StartOptions>('/cases/start-options', {
        procedureDocumentId,
        unitId,
        startDate: toIsoDate(startDate),
      }),
    retry: false,
  });
  const entries = options.data?.catalogueEntries ?? [];

  const submit = async (v: Values) => {
    const created = await api.post<CaseDetail>('/cases', {
      procedureDocumentId: v.procedureDocumentId,
      title: v.title.trim(),
      unitId: v.unitId,
      startDate: toIsoDate(v.startDate),
      catalogueEntryId: entries.length > 1 ? v.catalogueEntryId : undefined,
      assigneeId: v.assigneeId || undefined,
    });
    message.success(t('cases.startModal.started', { code: created.code }));
    storeCase(queryClient, created, created.id);
    onClose();
    navigate(casePaths.case(created.id));
  };

  return (
    <FormModal<Values>
      name="start-case"
      form={form}
      open={open}
      title={t('cases.start')}
      okText={t('cases.start')}
      onCancel={onClose}
      onSubmit={submit}
      width={680}
      intro={<Alert type="info" showIcon title={t('cases.startModal.intro')} style={{ marginBottom: 16 }} />}
      initialValues={{
        unitId: me.activeUnitId ?? me.person.unitId,
        startDate: todayDate(),
        procedureDocumentId: procedure?.id,
      }}
    >
      <Form.Item
        label={t('cases.startModal.procedure')}
        name="procedureDocumentId"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          loading={procedures.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            ...(procedure && !procedures.data?.some((p) => p.id === procedure.id) ? [procedure] : []),
            ...(procedures.data ?? []),
          ].map((p) => ({ value: p.id, label: `${p.code} – ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item
        label={t('cases.fields.title')}
        name="title"
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        label={t('cases.fields.unit')}
        name="unitId"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item
        label={t('cases.fields.startDate')}
        name="startDate"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      {options.error && (
        <Alert type="error" showIcon title={(options.error as Error).message} style={{ marginBottom: 16 }} />
      )}
      {options.data && entries.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.startModal.noEntry', { year: options.data.startDate.slice(0, 4) })}
        />
      )}
      {entries.length === 1 && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('cases.startModal.oneEntry', { code: entries[0].code, title: entries[0].title })}
        />
      )}
      {entries.length > 1 && (
        <Form.Item
          label={t('cases.startModal.entry')}
          name="catalogueEntryId"
          extra={t('cases.startModal.entryHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select options={entries.map((e) => ({ value: e.id, label: `${e.code} – ${e.title}` }))} />
        </Form.Item>
      )}
      <Form.Item
        label={t('cases.startModal.assignee')}
        name="assigneeId"
        extra={t('cases.startModal.assigneeHint')}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(options.data?.people ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
        />
      </Form.Item>
    </FormModal>
  );
}
