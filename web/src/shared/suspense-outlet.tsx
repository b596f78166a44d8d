import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoader } from './page-states.js';

/** A layout's child route, with a loader while its page's chunk arrives (pages load lazily). */
export function SuspenseOutlet({ context }: { context?: unknown }) {
  return (
    <Suspense fallback={<PageLoader />}>
      <Outlet context={context} />
    </Suspense>
  );
}
