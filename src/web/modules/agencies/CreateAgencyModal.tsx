import { useQueryClient } from '@tanstack/react-query';
import { Divider, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgencyView, codeRule, createAgencyBody, usernameRule } from '../../../contract/org.ts';
import { api } from '../../app/api.ts';
import { FormModal } from '../../app/components/FormModal.tsx';
import { SecretModal } from '../../app/components/SecretModal.tsx';
import { zodRule } from '../../app/forms.ts';
import { agenciesKey } from './keys.ts';

type Values = {
  code: string;
  name: string;
  shortName?: string;
  admin: { fullName: string; username: string; email?: string };
};
type Created = { agency: AgencyView; adminPassword: string | null; username: string };

const admin = createAgencyBody.shape.admin.shape;

/** A new agency with its first administrator, whose one-time password is shown once. */
export function CreateAgencyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const required = { required: true, message: t('common.required') };

  const submit = async (v: Values) => {
    const result = await api.post<Omit<Created, 'username'>>('/agencies', {
      code: v.code,
      name: v.name,
      shortName: v.shortName?.trim() || undefined,
      admin: {
        fullName: v.admin.fullName,
        username: v.admin.username.trim(),
        email: v.admin.email?.trim() || undefined,
      },
    });
    void queryClient.invalidateQueries({ queryKey: agenciesKey });
    onClose();
    setCreated({ ...result, username: v.admin.username.trim() });
  };

  return (
    <>
      <FormModal<Values>
        name="agency"
        open={open}
        title={t('agencies.createTitle')}
        okText={t('common.save')}
        onCancel={onClose}
        onSubmit={submit}
      >
        <Form.Item
          label={t('agencies.name')}
          name="name"
          rules={[required, zodRule(createAgencyBody.shape.name)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('agencies.code')} name="code" rules={[required, zodRule(codeRule)]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          label={t('agencies.shortName')}
          name="shortName"
          rules={[zodRule(createAgencyBody.shape.shortName)]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('agencies.admin')}
        </Divider>
        <Form.Item
          label={t('agencies.adminFullName')}
          name={['admin', 'fullName']}
          rules={[required, zodRule(admin.fullName)]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          label={t('agencies.adminUsername')}
          name={['admin', 'username']}
          rules={[required, zodRule(usernameRule)]}
        >
          <Input maxLength={64} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('agencies.adminEmail')} name={['admin', 'email']} rules={[zodRule(admin.email)]}>
          <Input type="email" maxLength={200} autoComplete="off" />
        </Form.Item>
      </FormModal>
      <SecretModal
        secret={created?.adminPassword ?? null}
        title={t('agencies.createdTitle', { name: created?.agency.name ?? '' })}
        warning={t('agencies.createdText', { username: created?.username ?? '' })}
        label={t('agencies.adminPassword')}
        onClose={() => setCreated(null)}
      />
    </>
  );
}
