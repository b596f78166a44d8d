/** A candidate duplicate pair; `firstId < secondId` so each pair has one row. */
export interface PersonDuplicatesTable {
  id: string;
  firstId: string;
  secondId: string;
  /** `[{kind: 'email'|'phone'|'name_company', value}]`: why the pair was proposed. */
  reasons: unknown;
  /** 0–100, higher = more likely the same person. */
  score: number;
  /** `open` (in the queue), `dismissed` (not duplicates, never proposed again), `merged`. */
  status: string;
  createdAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

export interface DuplicateReason {
  kind: 'email' | 'phone' | 'name_company';
  value: string;
}
