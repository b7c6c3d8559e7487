import { Suspense } from 'react';
import { useMe } from '../auth.tsx';
import { lazyPage } from '../lazyPage.ts';

// antd's Select is large and most people work in one unit: loaded only for those with several.
const ActiveUnitSelect = lazyPage(() => import('./ActiveUnitSelect.tsx'), 'ActiveUnitSelect');

/** For people who work in more than one unit: which unit they act for now. */
export function UnitSwitcher({ block }: { block?: boolean }) {
  const me = useMe();
  if (me.units.length < 2) return null;
  return (
    <Suspense fallback={null}>
      <ActiveUnitSelect block={block} />
    </Suspense>
  );
}
