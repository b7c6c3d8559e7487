import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type CatalogueEntryView,
  type CatalogueView,
  entryBody,
} from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { zodRule } from '../../../app/forms.ts';
import { PersonSelect } from '../../org/people/PersonSelect.tsx';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { catalogueApi, storeCatalogue } from './queries.ts';

type Values = {
  headingId: string | null;
  code?: string;
  title: string;
  permanent: boolean;
  retentionYears?: number | null;
  ownerUnitId?: string;
  ownerPersonId?: string | null;
  notes?: string;
};
type Props = {
  view: CatalogueView;
  editing: { entry?: CatalogueEntryView; headingId?: string | null } | null;
  onClose: () => void;
};

/** Add or edit one file of the catalogue; an empty code takes the proposed next number. */
export function EntryModal({ view, editing, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const permanent = Form.useWatch('permanent', form);
  const entry = editing?.entry;
  return (
    <FormModal<Values>
      name="catalogue-entry"
      form={form}
      open={Boolean(editing)}
      width={640}
      title={entry ? t('catalogue.entry.titleEdit', { code: entry.code }) : t('catalogue.entry.titleNew')}
      okText={t('common.save')}
      onCancel={onClose}
      initialValues={{
        headingId: entry?.headingId ?? editing?.headingId ?? null,
        code: entry?.code,
        title: entry?.title ?? '',
        permanent: entry ? entry.retentionYears === null : false,
        retentionYears: entry?.retentionYears ?? 10,
        ownerUnitId: entry?.ownerUnitId ?? view.unitId,
        ownerPersonId: entry?.ownerPersonId ?? null,
        notes: entry?.notes ?? '',
      }}
      onSubmit={async (values) => {
        const body = {
          headingId: values.headingId ?? null,
          code: values.code?.trim() || undefined,
          title: values.title,
          retentionYears: values.permanent ? null : (values.retentionYears ?? null),
          ownerUnitId: values.ownerUnitId,
          ownerPersonId: values.ownerPersonId ?? null,
          notes: values.notes?.trim() || null,
        };
        const saved = entry
          ? await api.patch<CatalogueView>(`${catalogueApi(view.id)}/entries/${entry.id}`, {
              ...body,
              version: entry.version,
            })
          : await api.post<CatalogueView>(`${catalogueApi(view.id)}/entries`, body);
        storeCatalogue(queryClient, saved);
        onClose();
      }}
    >
      <Form.Item name="headingId" label={t('catalogue.entry.heading')}>
        <Select
          options={[
            { value: null, label: t('catalogue.entry.headingNone') },
            ...view.headings.map((h) => ({
              value: h.id,
              label: `${h.parentId ? '\u2003' : ''}${h.number}. ${h.title}`,
            })),
          ]}
        />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('catalogue.entry.code')}
        extra={entry ? undefined : t('catalogue.entry.codeHelp', { code: view.nextCode })}
        rules={entry ? [zodRule(entryBody.shape.code.unwrap())] : [zodRule(entryBody.shape.code)]}
      >
        <Input placeholder={entry ? undefined : view.nextCode} style={{ maxWidth: 220 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('catalogue.entry.title')}
        required
        rules={[zodRule(entryBody.shape.title)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="permanent" label={t('catalogue.entry.retentionKind')}>
        <Radio.Group
          options={[
            { value: true, label: t('catalogue.entry.retentionPermanent') },
            { value: false, label: t('catalogue.entry.retentionYears') },
          ]}
        />
      </Form.Item>
      {!permanent && (
        <Form.Item
          name="retentionYears"
          label={t('catalogue.entry.years')}
          required
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} style={{ width: 120 }} />
        </Form.Item>
      )}
      <Form.Item name="ownerUnitId" label={t('catalogue.entry.ownerUnit')}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="ownerPersonId" label={t('catalogue.entry.ownerPerson')}>
        <PersonSelect onChange={(id) => form.setFieldValue('ownerPersonId', id ?? null)} />
      </Form.Item>
      <Form.Item name="notes" label={t('catalogue.entry.notes')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
