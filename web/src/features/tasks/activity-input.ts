import type { ACTIVITY_KINDS, LogActivityInput } from '@server/modules/tasks/tasks.schemas.js';

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What the Log activity form holds: minutes as typed ('' = not given), attendees as chips. */
export interface ActivityDraft {
  kind: ActivityKind;
  outcome: string;
  minutes: number | '';
  attendees: string[];
  body: string;
  related: { personId: string | null; companyId: string | null; dealId?: string | null };
}

/**
 * The `POST /activities` body of a draft: minutes become `durationSeconds`, blank text is left
 * out, and what a kind does not have (a note's outcome, an e-mail's length, attendees outside a
 * meeting) is not sent even if it was typed before the kind was changed.
 */
export function activityInput(d: ActivityDraft): Partial<LogActivityInput> & Pick<LogActivityInput, 'kind'> {
  const outcome = d.kind === 'note' ? '' : d.outcome.trim();
  const timed = d.kind === 'call' || d.kind === 'meeting';
  const attendees = d.kind === 'meeting' ? d.attendees.map((a) => a.trim()).filter(Boolean) : [];
  return {
    kind: d.kind,
    personId: d.related.personId,
    companyId: d.related.companyId,
    dealId: d.related.dealId ?? null,
    ...(outcome ? { outcome } : {}),
    ...(timed && d.minutes !== '' ? { durationSeconds: Math.round(d.minutes * 60) } : {}),
    attendees,
    body: d.body.trim(),
  };
}
