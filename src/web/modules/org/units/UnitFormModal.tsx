import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  DatePicker,
  Descriptions,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Select,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { codeRule, createUnitBody, type UnitView } from '../../../../contract/org.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { DATE_FORMAT, todayDate, toIsoDate } from '../../../app/format.ts';
import { keepTyped, zodRule } from '../../../app/forms.ts';
import { kindOptions } from '../names.ts';
import { orgKeys } from '../queries.ts';
import { UnitSelect } from './UnitSelect.tsx';

type Values = {
  code: string;
  name: string;
  kind: UnitView['kind'];
  parentId?: string | null;
  validFrom?: Dayjs;
  sortOrder?: number;
  version?: number;
};

/** Create (optionally under a parent) when `unit` is null, or edit kind, parent and order. */
export type UnitFormTarget = { mode: 'create'; parent: UnitView | null } | { mode: 'edit'; unit: UnitView };

export function UnitFormModal({ target, onClose }: { target: UnitFormTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const editing = target?.mode === 'edit' ? target.unit : null;
  const parent = target?.mode === 'create' ? target.parent : null;
  const required = { required: true, message: t('common.required') };

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: orgKeys.units });
    void queryClient.invalidateQueries({ queryKey: orgKeys.home });
  };

  const submit = async (v: Values) => {
    if (editing) {
      const saved = await api.patch<UnitView>(`/units/${editing.id}`, {
        version: v.version,
        kind: v.kind,
        parentId: v.parentId ?? null,
        sortOrder: v.sortOrder ?? 0,
      });
      message.success(t('org.units.updated', { name: saved.name }));
    } else {
      const created = await api.post<UnitView>('/units', {
        code: v.code,
        name: v.name,
        kind: v.kind,
        parentId: v.parentId ?? null,
        validFrom: toIsoDate(v.validFrom),
        sortOrder: v.sortOrder,
      });
      message.success(t('org.units.created', { name: created.name }));
    }
    refresh();
    onClose();
  };

  const reload = async (form: FormInstance<Values>) => {
    if (!editing) return;
    const fresh = await api.get<UnitView>(`/units/${editing.id}`);
    keepTyped(form, fresh, ['kind', 'parentId', 'sortOrder']);
    form.setFieldValue('version', fresh.version);
    refresh();
  };

  const title = editing
    ? t('org.units.editTitle', { name: editing.name })
    : parent
      ? t('org.units.createChildTitle', { parent: parent.name })
      : t('org.units.createTitle');

  return (
    <FormModal<Values>
      name="unit"
      open={target !== null}
      title={title}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      onReload={editing ? reload : undefined}
      initialValues={
        editing
          ? {
              kind: editing.kind,
              parentId: editing.parentId,
              sortOrder: editing.sortOrder,
              version: editing.version,
            }
          : {
              kind: parent ? 'phong' : 'vu',
              parentId: parent?.id ?? null,
              validFrom: todayDate(),
              sortOrder: 0,
            }
      }
    >
      {editing ? (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'code', label: t('org.units.code'), children: editing.code },
              { key: 'name', label: t('org.units.name'), children: editing.name },
            ]}
          />
          <Alert type="info" showIcon title={t('org.units.editNote')} style={{ marginBottom: 16 }} />
          <Form.Item name="version" hidden>
            <InputNumber />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item label={t('org.units.code')} name="code" rules={[required, zodRule(codeRule)]}>
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t('org.units.name')}
            name="name"
            rules={[required, zodRule(createUnitBody.shape.name)]}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('org.kind')} name="kind" rules={[required]}>
        <Select options={kindOptions()} />
      </Form.Item>
      <Form.Item label={t('org.units.parent')} name="parentId">
        <UnitSelect allowClear placeholder={t('org.units.parentNone')} excludeTree={editing?.id} />
      </Form.Item>
      {!editing && (
        <Form.Item label={t('org.units.validFrom')} name="validFrom">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item label={t('org.units.sortOrder')} name="sortOrder" extra={t('org.units.sortOrderHelp')}>
        <InputNumber min={0} max={10000} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
