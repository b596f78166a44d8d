/** One stored file, attached to a person or a company (exactly one of the two is set). */
export interface AttachmentsTable {
  id: string;
  personId: string | null;
  companyId: string | null;
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
