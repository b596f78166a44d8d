import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { setCsrfToken } from '../../api/client.js';
import type { Session, User } from '../../api/types.js';
import { forgetKeptState, KEPT_LISTS } from '../../shared/kept-state.js';
import { authApi, type SignedIn } from './auth.api.js';

export const sessionKey = ['session'] as const;
export const setupKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({ queryKey: setupKey, queryFn: authApi.setupStatus, staleTime: Number.POSITIVE_INFINITY });
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: authApi.session, staleTime: 60_000 });
}

/** The signed-in session; only call below the auth gate, which guarantees it exists. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside a signed-in area');
  return data;
}

export function useCan(): (permission: string) => boolean {
  const { data } = useSession();
  return useCallback((permission: string) => hasPermission(data?.permissions ?? [], permission), [data]);
}

export function hasPermission(permissions: string[], permission: string): boolean {
  if (permissions.includes('*') || permissions.includes(permission)) return true;
  const [resource] = permission.split(':');
  return permissions.includes(`${resource}:*`);
}

/** Hooks for the moments the session changes: sign-in, profile edits, sign-out. */
export function useSessionUpdates() {
  const qc = useQueryClient();
  const signedIn = useCallback(
    async (res: SignedIn) => {
      setCsrfToken(res.csrfToken);
      // Also here: a session that expired signs in again without a sign-out, maybe as someone else.
      forgetKeptState(KEPT_LISTS);
      qc.setQueryData(setupKey, { needsSetup: false });
      // Fetch the full session (with permissions) before the shell renders.
      await qc.fetchQuery({ queryKey: sessionKey, queryFn: authApi.session });
    },
    [qc],
  );
  const userChanged = useCallback(
    (user: User) => {
      qc.setQueryData<Session | null>(sessionKey, (old) => (old ? { ...old, user } : old));
    },
    [qc],
  );
  const signedOut = useCallback(() => {
    setCsrfToken(null);
    qc.clear();
    // Lists kept for the tab (search, filter, columns) were this user's.
    forgetKeptState(KEPT_LISTS);
    qc.setQueryData(sessionKey, null);
    qc.setQueryData(setupKey, { needsSetup: false });
  }, [qc]);
  return { signedIn, userChanged, signedOut };
}
