import type { Selectable } from 'kysely';

/** queued → sent (SMTP) | sandbox (no SMTP_URL: kept here only) | failed (after the last retry). */
export type MailStatus = 'queued' | 'sent' | 'sandbox' | 'failed';

export interface MailOutboxTable {
  id: string;
  /** The caller's key: the same key twice is one e-mail. */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  status: MailStatus;
  transport: string | null;
  messageId: string | null;
  error: string | null;
  createdAt: number;
  sentAt: number | null;
}

export type MailRow = Selectable<MailOutboxTable>;
