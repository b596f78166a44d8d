/** One stored file, attached to a person, a company or a deal (exactly one of the three is set). */
export interface AttachmentsTable {
  id: string;
  personId: string | null;
  companyId: string | null;
  /** Deal files (generated quotes, uploads on a deal). Optional for rows written before it existed. */
  dealId?: string | null;
  /** `file` (an attachment) or `photo` (the record's picture; at most one). */
  kind: string;
  filename: string;
  /** Sniffed from the bytes, never taken from the client. */
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  createdAt: number;
  actorType: string;
  actorId: string | null;
}
