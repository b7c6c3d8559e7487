import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Me, passwordRule } from '../../../contract/auth.ts';
import { api } from '../../app/api.ts';
import { useAuth, useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { useFormError, zodRule } from '../../app/forms.ts';
import { paths } from '../../app/paths.ts';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { accept } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const failure = useFormError(form);
  const [busy, setBusy] = useState(false);
  const forced = me.person.mustChangePassword;

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    failure.clear();
    try {
      await api.post('/auth/password', { currentPassword, newPassword });
      accept(await api.get<Me>('/auth/me'));
      message.success(t('auth.password.done'));
      form.resetFields();
      if (forced) navigate(paths.home, { replace: true });
    } catch (e) {
      failure.capture(e);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <>
      <PageHeader title={t('auth.password.title')} />
      <Card style={{ maxWidth: 520 }}>
        {forced && (
          <Alert type="info" showIcon title={t('auth.password.mustChange')} style={{ marginBottom: 16 }} />
        )}
        <ErrorAlert error={failure.error} details={failure.unplaced} />
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('auth.password.current')} name="currentPassword" rules={[required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('auth.password.new')}
            name="newPassword"
            extra={t('auth.password.rule')}
            rules={[required, zodRule(passwordRule)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('auth.password.confirm')}
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: async (_, value) => {
                  if (value && value !== getFieldValue('newPassword'))
                    throw new Error(t('auth.password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('auth.password.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
