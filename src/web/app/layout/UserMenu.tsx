import { ApiOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth.tsx';
import { paths } from '../paths.ts';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0])
    .join('')
    .toUpperCase();

export function UserMenu({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const items = [
    { key: paths.account, icon: <UserOutlined aria-hidden />, label: t('top.myAccount') },
    { key: paths.password, icon: <KeyOutlined aria-hidden />, label: t('top.changePassword') },
    { key: paths.tokens, icon: <ApiOutlined aria-hidden />, label: t('top.tokens') },
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('top.logout') },
  ];
  const onClick = async ({ key }: { key: string }) => {
    if (key !== 'logout') return navigate(key);
    // Signing out leaves the signed-in layout, which sends the person to the sign-in page.
    await signOut();
  };
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }}>
      <Button
        type="text"
        aria-label={t('top.accountMenu', { name: me.person.fullName })}
        style={{ paddingInline: 6 }}
      >
        <Avatar size="small" style={{ background: token.colorPrimary }} aria-hidden>
          {initials(me.person.fullName)}
        </Avatar>
        {!compact && <span>{me.person.fullName}</span>}
      </Button>
    </Dropdown>
  );
}
