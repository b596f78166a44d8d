/** Current consent per person and purpose; every change is also a `consent.changed` event. */
export interface PersonConsentsTable {
  personId: string;
  purpose: string;
  status: string;
  source: string | null;
  textVersion: string | null;
  changedAt: number;
  actorType: string;
  actorId: string | null;
}

/** The stop-list: an email or phone that must never be messaged on a channel. */
export interface SuppressionsTable {
  id: string;
  channel: string;
  value: string;
  reason: string | null;
  createdAt: number;
}
