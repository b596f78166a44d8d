/** The managed list of first-contact sources (exhibition, web_form, ...). */
export interface ContactSourcesTable {
  key: string;
  label: string;
  archived: number;
  position: number;
}
