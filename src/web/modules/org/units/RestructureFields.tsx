import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../../app/format.ts';

/** Effective date, decision number and note: asked by every restructuring. */
export function RestructureFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('org.restructure.effectiveDate')}
        name="effectiveDate"
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('org.restructure.decisionRef')} name="decisionRef">
        <Input placeholder={t('org.restructure.decisionPlaceholder')} maxLength={120} />
      </Form.Item>
      <Form.Item label={t('org.restructure.note')} name="note">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}
