import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AccessRegime, EntryOption } from '../../../../contract/record-files.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { DATE_FORMAT, todayDate, toIsoDate } from '../../../app/format.ts';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { NotInCatalogueTag } from './FileTags.tsx';
import { PersonField, RegimeField, RetentionField } from './fields.tsx';
import { fileKeys, filePaths } from './queries.ts';

type Values = {
  mode: 'catalogue' | 'adHoc';
  unitId: string;
  startDate: Dayjs;
  catalogueEntryId?: string;
  title?: string;
  retentionYears?: number | null;
  accessRegime: AccessRegime;
  ownerPersonId?: string;
  notes?: string;
};

/** Mở hồ sơ: against an entry of the unit's catalogue of the year, or ad hoc. */
export function OpenFileModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const unitId = Form.useWatch('unitId', form);
  const startDate = Form.useWatch('startDate', form);
  const year = startDate?.year();
  const entries = useQuery({
    queryKey: fileKeys.entries(unitId ?? '', year ?? 0),
    queryFn: () => api.get<{ items: EntryOption[] }>('/record-files/catalogue-entries', { unitId, year }),
    enabled: open && mode === 'catalogue' && Boolean(unitId && year),
  });

  const submit = async (v: Values) => {
    const adHoc = v.mode === 'adHoc';
    const created = await api.post<{ id: string; fileCode: string }>('/record-files', {
      unitId: v.unitId,
      startDate: toIsoDate(v.startDate),
      catalogueEntryId: adHoc ? null : v.catalogueEntryId,
      title: v.title?.trim() || undefined,
      retentionYears: adHoc ? v.retentionYears : undefined,
      accessRegime: v.accessRegime,
      ownerPersonId: v.ownerPersonId,
      notes: v.notes?.trim() || undefined,
    });
    message.success(t('recordFiles.openModal.opened', { code: created.fileCode }));
    void queryClient.invalidateQueries({ queryKey: fileKeys.all });
    onClose();
    navigate(filePaths.file(created.id));
  };

  return (
    <FormModal<Values>
      name="open-file"
      form={form}
      open={open}
      title={t('recordFiles.openModal.title')}
      okText={t('recordFiles.open')}
      onCancel={onClose}
      onSubmit={submit}
      width={640}
      intro={
        <Alert type="info" showIcon title={t('recordFiles.openModal.intro')} style={{ marginBottom: 16 }} />
      }
      initialValues={{
        mode: 'catalogue',
        unitId: me.activeUnitId ?? me.person.unitId,
        startDate: todayDate(),
        accessRegime: 'internal',
        ownerPersonId: me.person.id,
      }}
    >
      <Form.Item label={t('recordFiles.openModal.mode')} name="mode">
        <Radio.Group
          options={[
            { value: 'catalogue', label: t('recordFiles.openModal.fromCatalogue') },
            { value: 'adHoc', label: t('recordFiles.openModal.adHoc') },
          ]}
        />
      </Form.Item>
      {mode === 'adHoc' && (
        <div style={{ marginBottom: 16 }}>
          <NotInCatalogueTag />
        </div>
      )}
      <Form.Item
        label={t('recordFiles.fields.unit')}
        name="unitId"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item
        label={t('recordFiles.fields.startDate')}
        name="startDate"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      {mode !== 'adHoc' && (
        <Form.Item
          label={t('recordFiles.openModal.entry')}
          name="catalogueEntryId"
          rules={[{ required: true, message: t('common.required') }]}
          extra={
            entries.data && entries.data.items.length === 0
              ? t('recordFiles.openModal.noEntries', { year })
              : undefined
          }
        >
          <Select
            loading={entries.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            options={(entries.data?.items ?? []).map((e) => ({
              value: e.id,
              label: `${e.code} – ${e.title}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('recordFiles.fields.title')}
        name="title"
        extra={mode === 'adHoc' ? undefined : t('recordFiles.openModal.titleHint')}
        rules={mode === 'adHoc' ? [{ required: true, whitespace: true, message: t('common.required') }] : []}
      >
        <Input maxLength={500} />
      </Form.Item>
      {mode === 'adHoc' && (
        <Form.Item
          label={t('recordFiles.fields.retention')}
          name="retentionYears"
          required
          rules={[
            {
              validator: (_, v) =>
                v === undefined ? Promise.reject(new Error(t('common.required'))) : Promise.resolve(),
            },
          ]}
        >
          <RetentionField />
        </Form.Item>
      )}
      <Form.Item label={t('recordFiles.fields.accessRegime')} name="accessRegime">
        <RegimeField />
      </Form.Item>
      <Form.Item
        label={t('recordFiles.fields.owner')}
        name="ownerPersonId"
        rules={mode === 'adHoc' ? [{ required: true, message: t('common.required') }] : []}
      >
        <PersonField />
      </Form.Item>
      <Form.Item label={t('recordFiles.fields.notes')} name="notes">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
