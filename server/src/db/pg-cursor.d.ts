// pg-cursor ships no types; the part of its API that stream-rows.ts uses.
declare module 'pg-cursor' {
  import type { FieldDef, Submittable } from 'pg';

  export default class Cursor implements Submittable {
    constructor(text: string, values?: readonly unknown[], config?: { rowMode?: 'array' });
    submit: Submittable['submit'];
    read(
      rowCount: number,
      callback: (err: Error | undefined, rows: unknown[][], result: { fields: FieldDef[] }) => void,
    ): void;
    close(): Promise<void>;
  }
}
