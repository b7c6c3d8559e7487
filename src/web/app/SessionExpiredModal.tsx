import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../modules/auth/LoginForm.tsx';
import { useAuth, useMe } from './auth.tsx';

/**
 * When the session ends while a page is open, sign in again here: the page and whatever
 * the person typed stay as they were (UX.md: nothing typed is lost on a session timeout).
 */
export function SessionExpiredModal() {
  const { t } = useTranslation();
  const { sessionExpired, accept } = useAuth();
  const me = useMe();
  return (
    <Modal
      open={sessionExpired}
      title={t('session.expiredTitle')}
      footer={null}
      closable={false}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('session.expiredText')}</Typography.Paragraph>
      <LoginForm initialUsername={me.person.username} onSignedIn={accept} />
    </Modal>
  );
}
