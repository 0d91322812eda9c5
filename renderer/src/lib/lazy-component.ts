import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** Resolves once the task under way (a React render and its commit) is over. */
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A component that is not part of a screen's first drawing (a dialog, a drawer, a menu), loaded
 * from its own chunk the first time it is drawn, inside a `<Suspense>`: the screen's chunk then
 * carries, and its first drawing waits for, only what it shows at once. The chunk is asked for
 * once that drawing is committed: asking during it would add the chunk's preload links (a couple
 * of milliseconds each, inserted by Vite's loader) to the first screen.
 */
export function lazyComponent<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    afterThisTask()
      .then(load)
      .then((m) => ({ default: m[name] })),
  );
}
