interface Absence {
  absentFrom: number | null;
  absentUntil: number | null;
}

/**
 * Whether a user's absence is worth showing: `now` while it runs, `planned` before it starts, null
 * when there is none or it is over (a past absence stays in the record but says nothing today).
 * `absentUntil` is the last millisecond of the last day; none means open-ended.
 */
export function absenceState(user: Absence, now: number): 'now' | 'planned' | null {
  if (user.absentFrom == null) return null;
  if (user.absentUntil != null && user.absentUntil < now) return null;
  return user.absentFrom <= now ? 'now' : 'planned';
}
