import { api, isApiError, setCsrfToken } from '../../api/client.js';
import type { Locale, Session, Theme, User } from '../../api/types.js';

export interface SignedIn {
  user: User;
  csrfToken: string;
}

export const authApi = {
  setupStatus: () => api.get<{ needsSetup: boolean }>('/setup'),
  setup: (body: { email: string; password: string; name: string; locale?: Locale }) =>
    api.post<SignedIn>('/setup', body),
  login: (body: { email: string; password: string }) => api.post<SignedIn>('/auth/login', body),
  logout: () => api.post<void>('/auth/logout'),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    api.post<void>('/auth/password', body),
  updateMe: (body: { name?: string; locale?: Locale; theme?: Theme; timeZone?: string | null }) =>
    api.patch<User>('/me', body),

  /** The current session, or null when nobody is signed in. */
  async session(): Promise<Session | null> {
    try {
      const session = await api.get<Session>('/auth/session');
      setCsrfToken(session.csrfToken);
      return session;
    } catch (err) {
      if (isApiError(err, 401)) {
        setCsrfToken(null);
        return null;
      }
      throw err;
    }
  },
};
