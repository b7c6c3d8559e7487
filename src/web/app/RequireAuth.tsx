import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../../contract/auth.ts';
import { useAuth, useMe } from './auth.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { PageSpinner } from './components/PageSpinner.tsx';
import { paths } from './layout/nav.tsx';

/** Signed-in pages: otherwise to the sign-in page; a one-time password must be changed first. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loadError, retry, signedOut } = useAuth();
  const location = useLocation();
  if (me === undefined) {
    if (!loadError) return <PageSpinner />;
    return (
      <Result
        status="warning"
        title={loadError.message}
        extra={
          <Button type="primary" onClick={retry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (me === null) {
    const next = location.pathname + location.search;
    const back = next !== '/' && !signedOut;
    return <Navigate to={back ? `${paths.login}?next=${encodeURIComponent(next)}` : paths.login} replace />;
  }
  if (me.person.mustChangePassword && location.pathname !== paths.password)
    return <Navigate to={paths.password} replace />;
  return children;
}

/** A page for those with an ability; others get "not found", as the server answers. */
export function RequireAbility({
  ability,
  children,
}: {
  ability: keyof Me['abilities'];
  children: ReactNode;
}) {
  const me = useMe();
  return me.abilities[ability] ? children : <NotFoundPage />;
}
