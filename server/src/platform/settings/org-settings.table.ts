/** One organisation setting: a namespaced key (`phone.defaultRegion`) and its JSON value. */
export interface OrgSettingsTable {
  key: string;
  value: unknown;
  updatedAt: number;
  /** User id of the last writer; null for system writes. */
  updatedBy: string | null;
}
