/** Organisation-wide settings, one JSON value per key (e.g. `company`: the details on documents). */
export interface OrgSettingsTable {
  key: string;
  value: unknown;
  version: number;
  updatedAt: number;
}
