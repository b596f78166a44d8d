import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { FullPageError, FullPageLoader } from '../../shared/page-states.js';
import { SessionPreferences } from './session-preferences.js';
import { useSession, useSetupStatus } from './use-session.js';

/** Sends visitors to /setup on a fresh install and to /login when nobody is signed in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const setup = useSetupStatus();
  const session = useSession();
  if (setup.isPending || session.isPending) return <FullPageLoader />;
  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => setup.refetch()} />;
  if (setup.data.needsSetup) return <Navigate to="/setup" replace />;
  if (session.isError) return <FullPageError error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <>
      <SessionPreferences user={session.data.user} />
      {children}
    </>
  );
}

/** For the sign-in pages: skips them when already signed in, and forces setup first. */
export function PublicOnly({ children, page }: { children: ReactNode; page: 'setup' | 'login' }) {
  const [params] = useSearchParams();
  const setup = useSetupStatus();
  const session = useSession();
  if (setup.isPending || session.isPending) return <FullPageLoader />;
  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => setup.refetch()} />;
  if (page === 'login' && setup.data.needsSetup) return <Navigate to="/setup" replace />;
  if (page === 'setup' && !setup.data.needsSetup) return <Navigate to="/login" replace />;
  // Signing in refreshes the session, which lands here: continue to where the user was heading.
  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <>{children}</>;
}

/** Only same-origin paths, so `?next=` cannot send the user to another site. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
