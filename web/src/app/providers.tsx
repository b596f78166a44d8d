import { Badge, createTheme, localStorageColorSchemeManager, MantineProvider, Table } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client.js';
import { sessionKey } from '../features/auth/use-session.js';
import { LocalizedDates } from '../shared/date-field.js';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    // Role and status badges in table cells: readable case, never cut to "ADMINISTRA…".
    Badge: Badge.extend({ defaultProps: { tt: 'none' }, styles: { label: { overflow: 'visible' } } }),
    Table: Table.extend({ styles: { td: { whiteSpace: 'nowrap' } } }),
  },
});

const colorSchemeManager = localStorageColorSchemeManager({ key: 'rapport.color-scheme' });

// A session that ends mid-work (expired, signed out elsewhere, password changed) drops the cached
// session, so the auth gate sends the user to the sign-in page instead of showing broken pages.
// A stale CSRF token (a new session in another tab) is refreshed with the session.
const onError = (err: unknown) => {
  if (isApiError(err, 401) && err.code !== 'invalid_credentials') queryClient.setQueryData(sessionKey, null);
  if (isApiError(err, 403) && err.code === 'csrf_failed')
    void queryClient.invalidateQueries({ queryKey: sessionKey });
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // 4xx answers will not change on retry; only transient failures are retried.
      retry: (count, err) => count < 2 && !(isApiError(err) && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="top-right" />
      <LocalizedDates>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </LocalizedDates>
    </MantineProvider>
  );
}
