import { SafetyCertificateFilled } from '@ant-design/icons';
import { Card, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../../contract/auth.ts';
import { useAuth } from '../../app/auth.tsx';
import { useDocumentTitle } from '../../app/components/PageHeader.tsx';
import { LanguageSwitch } from '../../app/layout/LanguageSwitch.tsx';
import { paths } from '../../app/layout/nav.tsx';
import { LoginForm } from './LoginForm.tsx';

/** Only addresses inside the app, so a crafted link cannot send people elsewhere. */
const safeNext = (next: string | null) =>
  next?.startsWith('/') && !next.startsWith('//') ? next : paths.home;

export function LoginPage() {
  const { t } = useTranslation();
  const { me, accept } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('auth.login.title'));

  if (me) return <Navigate to={me.person.mustChangePassword ? paths.password : next} replace />;

  const signedIn = (signed: Me) => {
    accept(signed);
    navigate(signed.person.mustChangePassword ? paths.password : next, { replace: true });
  };

  return (
    <Flex vertical style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Flex justify="flex-end" style={{ padding: 8 }}>
        <LanguageSwitch />
      </Flex>
      <Flex
        component="main"
        justify="center"
        align="flex-start"
        style={{ flex: 1, padding: '4vh 12px 24px' }}
      >
        <Card style={{ width: '100%', maxWidth: 400 }}>
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
            <SafetyCertificateFilled aria-hidden style={{ fontSize: 40, color: token.colorPrimary }} />
            <Typography.Title level={1} style={{ fontSize: 24, margin: '8px 0 0' }}>
              {t('auth.login.title')}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
              {t('auth.login.subtitle')}
            </Typography.Text>
          </Flex>
          <LoginForm onSignedIn={signedIn} />
        </Card>
      </Flex>
    </Flex>
  );
}
