import { useQueryClient } from '@tanstack/react-query';
import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueView } from '../../../../contract/records-catalogue.ts';
import { api } from '../../../app/api.ts';
import { useMe } from '../../../app/auth.tsx';
import { FormModal } from '../../../app/components/FormModal.tsx';
import { UnitSelect } from '../../org/units/UnitSelect.tsx';
import { storeCatalogue } from './queries.ts';

type Values = { unitId: string; year: number };

export function CreateCatalogueModal(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  return (
    <FormModal<Values>
      name="create-catalogue"
      open={props.open}
      title={t('catalogue.create.title')}
      okText={t('catalogue.create.ok')}
      onCancel={props.onClose}
      initialValues={{ unitId: me.activeUnitId ?? me.person.unitId, year: new Date().getFullYear() + 1 }}
      onSubmit={async (values) => {
        const view = await api.post<CatalogueView>('/records-catalogues', values);
        storeCatalogue(queryClient, view);
        props.onClose();
        props.onCreated(view.id);
      }}
    >
      <Form.Item name="unitId" label={t('catalogue.create.unit')} rules={[{ required: true }]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="year" label={t('catalogue.create.year')} rules={[{ required: true }]}>
        <InputNumber min={1990} max={2999} style={{ width: 140 }} />
      </Form.Item>
    </FormModal>
  );
}
