import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../../contract/auth.ts';
import { useAuth, useMe } from './auth.tsx';
import { PageSpinner } from './components/PageSpinner.tsx';
import { lazyPage } from './lazyPage.ts';
import { paths } from './paths.ts';

const NotFoundPage = lazyPage(() => import('./components/NotFoundPage.tsx'), 'NotFoundPage');

/** Signed-in pages: otherwise to the sign-in page; a one-time password must be changed first. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loadError, retry, signedOut } = useAuth();
  const location = useLocation();
  if (me === undefined) {
    if (!loadError) return <PageSpinner />;
    // Plain elements (styled in index.html): antd has not loaded yet, and may not be reachable.
    return (
      <div className="load-error" role="alert">
        <p>{loadError.message}</p>
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
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
