import { ConfigProvider, Grid, Layout, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useMe } from '../auth.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { lazyPage } from '../lazyPage.ts';
import { SessionExpiredModal } from '../SessionExpiredModal.tsx';
import { AntdRoot } from './AntdRoot.tsx';
import { Brand } from './Brand.tsx';
import { NavMenu } from './nav.tsx';
import { TopBar } from './TopBar.tsx';

const NavDrawer = lazyPage(() => import('./NavDrawer.tsx'), 'NavDrawer');

const COLLAPSED_KEY = 'eiso.nav.collapsed';
/** On a phone every millimetre counts: tighter cards. */
const phoneTheme = { components: { Card: { bodyPadding: 12, headerPadding: 12 } } };

/** Side navigation (a drawer under 768 px), top bar, and the page in the one <main>. */
export function AppLayout() {
  return (
    <AntdRoot>
      <SignedInLayout />
    </AntdRoot>
  );
}

function SignedInLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const mobile = screens.md === false;
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);

  const toggle = () => {
    if (mobile) return setDrawerOpen(true);
    localStorage.setItem(COLLAPSED_KEY, collapsed ? '0' : '1');
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      {mobile ? (
        <Suspense fallback={null}>
          <NavDrawer me={me} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      ) : (
        <Layout.Sider
          width={248}
          collapsedWidth={64}
          collapsed={collapsed}
          trigger={null}
          theme="light"
          style={{
            borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: 0,
            height: '100vh',
            overflow: 'auto',
          }}
        >
          <div
            style={{ height: 56, display: 'flex', alignItems: 'center', paddingInline: collapsed ? 20 : 24 }}
          >
            <Brand collapsed={collapsed} />
          </div>
          <NavMenu me={me} collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <TopBar mobile={mobile} collapsed={collapsed} onToggle={toggle} />
        <Layout.Content id="main" tabIndex={-1} style={{ padding: mobile ? 12 : 24, outline: 'none' }}>
          <ConfigProvider theme={mobile ? phoneTheme : undefined}>
            <ErrorBoundary key={pathname}>
              <Suspense fallback={<PageSpinner />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          </ConfigProvider>
        </Layout.Content>
      </Layout>
      <SessionExpiredModal />
    </Layout>
  );
}
