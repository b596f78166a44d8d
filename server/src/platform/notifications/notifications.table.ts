import type { Selectable } from 'kysely';

export interface NotificationsTable {
  id: string;
  userId: string;
  kind: string;
  /** An i18n key of the web catalog (`notifications.<kind>`); params fill its placeholders. */
  titleKey: string;
  params: unknown;
  link: string | null;
  /** Set when the notification must exist once only (e.g. `overdue:<task>:<due>`). */
  dedupeKey: string | null;
  readAt: number | null;
  createdAt: number;
}

export type NotificationRow = Selectable<NotificationsTable>;
