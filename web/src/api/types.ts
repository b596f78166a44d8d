export type Role = 'admin' | 'supervisor' | 'manager' | 'marketer' | 'agent' | 'viewer';
export const ROLES: Role[] = ['admin', 'supervisor', 'manager', 'marketer', 'agent', 'viewer'];
export type Locale = 'en' | 'ru' | 'lv';
export const LOCALES: Locale[] = ['en', 'ru', 'lv'];
export type Theme = 'light' | 'dark' | 'auto';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  locale: Locale;
  theme: Theme;
  /** IANA zone; null = the browser's. */
  timeZone: string | null;
  teamIds: string[];
  absentFrom: number | null;
  absentUntil: number | null;
  substituteId: string | null;
  createdAt: number;
}

export interface Session {
  user: User;
  csrfToken: string;
  permissions: string[];
}

export interface Team {
  id: string;
  name: string;
  leadId: string | null;
  memberIds: string[];
  createdAt: number;
}

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface Page<T> {
  data: T[];
  nextCursor?: string | null;
}
