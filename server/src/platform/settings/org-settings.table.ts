/** One organisation setting: a namespaced key (`phone.defaultRegion`, `company`) and its JSON value. */
export interface OrgSettingsTable {
  key: string;
  value: unknown;
  /** Bumped on every write; records edited as a whole (company details) use it for If-Match. */
  version: number;
  updatedAt: number;
  /** User id of the last writer; null for system writes. */
  updatedBy: string | null;
}
