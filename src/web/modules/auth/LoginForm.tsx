import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contract/auth.ts';
import { api } from '../../app/api.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';

type Values = { username: string; password: string };
type Props = { onSignedIn: (me: Me) => void; initialUsername?: string; formName?: string };

/** Used by the sign-in page and by the dialog that appears when a session expires. */
export function LoginForm({ onSignedIn, initialUsername, formName }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.post<Me>('/auth/login', values));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Form<Values>
      name={formName}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ username: initialUsername ?? '' }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form.Item label={t('auth.login.username')} name="username" rules={[required]}>
        <Input
          name="username"
          autoComplete="username"
          autoFocus={!initialUsername}
          size="large"
          prefix={<UserOutlined aria-hidden />}
        />
      </Form.Item>
      <Form.Item label={t('auth.login.password')} name="password" rules={[required]}>
        <Input.Password
          name="password"
          autoComplete="current-password"
          autoFocus={Boolean(initialUsername)}
          size="large"
          prefix={<LockOutlined aria-hidden />}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('auth.login.submit')}
      </Button>
    </Form>
  );
}
