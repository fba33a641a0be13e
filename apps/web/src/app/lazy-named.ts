import { lazy, type ComponentType } from 'react';

/**
 * A component fetched with its module the first time it renders, for a module that names its exports (React.lazy
 * wants a default one). Render it under a Suspense: `PageSuspense` or the pages' `PageOutlet`.
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
