import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type CatalogueHeadingView,
  type CatalogueView,
  headingBody,
} from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { zodRule } from '../../../app/forms.ts';
import { catalogueApi, storeCatalogue } from './queries.ts';

type Values = { title: string; parentId: string | null };
type Props = {
  view: CatalogueView;
  editing: { heading?: CatalogueHeadingView; parentId?: string | null } | null;
  onClose: () => void;
};

/** A heading (Roman numeral) or, under one, a sub-heading (Arabic); numbers follow the order. */
export function HeadingModal({ view, editing, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = editing?.heading;
  const title = heading
    ? t('catalogue.heading.titleEdit')
    : editing?.parentId
      ? t('catalogue.heading.titleNewSub')
      : t('catalogue.heading.titleNew');
  return (
    <FormModal<Values>
      name="catalogue-heading"
      open={Boolean(editing)}
      title={title}
      okText={t('common.save')}
      onCancel={onClose}
      initialValues={{
        title: heading?.title ?? '',
        parentId: heading?.parentId ?? editing?.parentId ?? null,
      }}
      onSubmit={async (values) => {
        const saved = heading
          ? await api.patch<CatalogueView>(`${catalogueApi(view.id)}/headings/${heading.id}`, {
              title: values.title,
              version: heading.version,
            })
          : await api.post<CatalogueView>(`${catalogueApi(view.id)}/headings`, values);
        storeCatalogue(queryClient, saved);
        onClose();
      }}
    >
      <Form.Item
        name="title"
        label={t('catalogue.heading.name')}
        required
        rules={[zodRule(headingBody.shape.title)]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      {!heading && (
        <Form.Item name="parentId" label={t('catalogue.heading.parent')}>
          <Select
            options={[
              { value: null, label: t('catalogue.heading.parentNone') },
              ...view.headings
                .filter((h) => h.parentId === null)
                .map((h) => ({ value: h.id, label: `${h.number}. ${h.title}` })),
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
