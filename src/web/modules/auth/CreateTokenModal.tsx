import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTokenBody, type TokenView } from '../../../contract/auth.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { SecretModal } from '../../app/components/SecretModal.tsx';
import { DATE_FORMAT, todayIso, toIsoDate } from '../../app/format.ts';
import { zodRule } from '../../app/forms.ts';

type Values = { name: string; scope: 'read' | 'write'; expiresAt?: Dayjs | null };
type Props = { open: boolean; onClose: () => void; onCreated: () => void };

export function CreateTokenModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);

  const submit = async (v: Values) => {
    const token = await api.post<TokenView & { token: string }>('/auth/tokens', {
      name: v.name,
      scope: v.scope,
      expiresAt: toIsoDate(v.expiresAt),
    });
    onClose();
    onCreated();
    setCreated(token.token);
  };

  return (
    <>
      <FormModal<Values>
        name="token"
        open={open}
        title={t('auth.tokens.create')}
        okText={t('auth.tokens.create')}
        onCancel={onClose}
        onSubmit={submit}
        initialValues={{ scope: 'read' }}
      >
        <Form.Item
          label={t('auth.tokens.name')}
          name="name"
          rules={[{ required: true, message: t('common.required') }, zodRule(createTokenBody.shape.name)]}
        >
          <Input placeholder={t('auth.tokens.namePlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item label={t('auth.tokens.scope')} name="scope" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'read', label: t('auth.tokens.scopeRead') },
              { value: 'write', label: t('auth.tokens.scopeWrite') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('auth.tokens.expiresAt')} name="expiresAt" extra={t('auth.tokens.expiresHelp')}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(d) => d.format('YYYY-MM-DD') < todayIso()}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </FormModal>
      <SecretModal
        secret={created}
        title={t('auth.tokens.createdTitle')}
        warning={t('auth.tokens.createdText')}
        label={t('auth.tokens.token')}
        onClose={() => setCreated(null)}
      />
    </>
  );
}
