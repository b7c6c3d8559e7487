import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../modules/documents/search/SearchBox.tsx';
import { NotificationBell } from '../../modules/notifications/NotificationBell.tsx';
import { useMe } from '../auth.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UnitSwitcher } from './UnitSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

type Props = { mobile: boolean; collapsed: boolean; onToggle: () => void };

/** Agency, search box, unit switcher, notifications bell, language and the person's menu (UX.md "Shape of the app"). */
export function TopBar({ mobile, collapsed, onToggle }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { token } = theme.useToken();
  const toggleLabel = mobile ? t('nav.open') : collapsed ? t('nav.expand') : t('nav.collapse');
  const toggleIcon = mobile ? (
    <MenuOutlined aria-hidden />
  ) : collapsed ? (
    <MenuUnfoldOutlined aria-hidden />
  ) : (
    <MenuFoldOutlined aria-hidden />
  );
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: mobile ? '0 8px' : '0 16px',
        height: 56,
        lineHeight: 'normal',
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Button
        type="text"
        icon={toggleIcon}
        aria-label={toggleLabel}
        aria-expanded={mobile ? undefined : !collapsed}
        onClick={onToggle}
      />
      <Typography.Text
        strong
        ellipsis
        style={{ flex: 1, minWidth: 0, fontSize: mobile ? 14 : 16 }}
        title={me.agency.name}
      >
        {me.agency.name}
      </Typography.Text>
      <Flex align="center" gap={mobile ? 0 : 8} style={{ flexShrink: 0 }}>
        <SearchBox compact={mobile} />
        {!mobile && <UnitSwitcher />}
        <NotificationBell mobile={mobile} />
        <LanguageSwitch compact={mobile} />
        <UserMenu compact={mobile} />
      </Flex>
    </Layout.Header>
  );
}
