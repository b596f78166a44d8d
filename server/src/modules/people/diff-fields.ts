/** `{field: [old, new]}` for every top-level (and `custom.<key>`) value that changed. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: string[] = ['version', 'updatedAt', 'createdAt'],
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue;
    if (key === 'custom') {
      const b = (before.custom ?? {}) as Record<string, unknown>;
      const a = (after.custom ?? {}) as Record<string, unknown>;
      for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
        if (!same(b[k], a[k])) out[`custom.${k}`] = [b[k] ?? null, a[k] ?? null];
      }
    } else if (!same(before[key], after[key])) {
      out[key] = [before[key] ?? null, after[key] ?? null];
    }
  }
  return out;
}
