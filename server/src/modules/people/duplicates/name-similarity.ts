/** Lower-case, accents stripped (`Bērziņa` → `berzina`), whitespace collapsed. */
export function normalizeName(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const word of s.split(' ').filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm-style similarity: shared trigrams / all trigrams of both names (0…1). */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Names at or above this similarity (within one company) are proposed as duplicates. */
export const NAME_SIMILARITY_THRESHOLD = 0.55;

export interface NameParts {
  firstName: string | null;
  lastName: string | null;
}

/**
 * How alike two colleagues' names are, as a 0–1 score, or null when not alike enough: the same
 * normalised last name and first-name initial ("A. Bērziņa" = "Anna Berzina"), or full names whose
 * trigram similarity reaches the threshold ("Jānis Kalniņš" ≈ "Janis Kalnins").
 */
export function nameMatch(a: NameParts, b: NameParts): number | null {
  const [la, lb] = [normalizeName(a.lastName), normalizeName(b.lastName)];
  const [fa, fb] = [normalizeName(a.firstName), normalizeName(b.firstName)];
  if (!la && !fa) return null;
  if (!lb && !fb) return null;
  const sim = trigramSimilarity(`${fa} ${la}`.trim(), `${fb} ${lb}`.trim());
  if (la && la === lb && fa && fb && fa[0] === fb[0]) return Math.max(sim, 0.75);
  return sim >= NAME_SIMILARITY_THRESHOLD ? sim : null;
}
