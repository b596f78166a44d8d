import { describe, expect, it } from 'vitest';
import { activityInput } from './activity-input.js';

const related = { personId: 'per_1', companyId: null, dealId: 'deal_1' };

describe('activityInput', () => {
  it('sends a call with its outcome and length in seconds, about the deal and its person', () => {
    expect(
      activityInput({
        kind: 'call',
        outcome: ' reached ',
        minutes: 7,
        attendees: [],
        body: ' Prices ',
        related,
      }),
    ).toEqual({
      kind: 'call',
      personId: 'per_1',
      companyId: null,
      dealId: 'deal_1',
      outcome: 'reached',
      durationSeconds: 420,
      attendees: [],
      body: 'Prices',
    });
  });
  it('leaves out what the kind does not have, even when typed before the kind changed', () => {
    const note = activityInput({
      kind: 'note',
      outcome: 'x',
      minutes: 5,
      attendees: ['A'],
      body: 'b',
      related,
    });
    expect(note).not.toHaveProperty('outcome');
    expect(note).not.toHaveProperty('durationSeconds');
    expect(note.attendees).toEqual([]);
    const email = activityInput({
      kind: 'email',
      outcome: 'sent',
      minutes: 5,
      attendees: [],
      body: '',
      related,
    });
    expect(email).not.toHaveProperty('durationSeconds');
    expect(email.outcome).toBe('sent');
  });
  it("keeps a meeting's attendees and no length when none was given", () => {
    const meeting = activityInput({
      kind: 'meeting',
      outcome: '',
      minutes: '',
      attendees: ['Ilze Ozola', ' ', 'Anna Bērziņa'],
      body: '',
      related,
    });
    expect(meeting.attendees).toEqual(['Ilze Ozola', 'Anna Bērziņa']);
    expect(meeting).not.toHaveProperty('durationSeconds');
    expect(meeting).not.toHaveProperty('outcome');
  });
});
