/** Up to two capital letters from a display name ("anna  bērziņa" → "AB"), for an avatar without a photo. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => Array.from(w)[0] ?? '')
    .filter((c) => /\p{L}|\p{N}/u.test(c))
    .slice(0, 2)
    .join('')
    .toUpperCase();
}
