import { type ComponentType, lazy } from 'react';

/** A component in its own chunk, loaded when first shown (wrap it in Suspense). */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
