import { afterEach, beforeEach, expect, it } from 'vitest';
import { escapeText, foldLine } from '../src/modules/tasks/ical.js';
import { as } from './auth-helpers.js';
import { describeEachDialect } from './context.js';
import { createTask, HOUR, type TasksWorld, tasksWorld } from './tasks-fixture.js';

it('escapes TEXT and folds long lines at 75 octets without splitting characters', () => {
  expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  const long = `SUMMARY:${'ā'.repeat(100)}`;
  const folded = foldLine(long);
  for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(
    folded
      .split('\r\n')
      .map((l, i) => (i ? l.slice(1) : l))
      .join(''),
  ).toBe(long);
});

describeEachDialect('iCalendar feed', (dialect) => {
  let w: TasksWorld;
  beforeEach(async () => {
    w = await tasksWorld(dialect);
  });
  afterEach(() => w.t.close());

  it('serves the open tasks of the user with a valid token; a bad token is 404', async () => {
    const now = w.t.clock.now();
    await createTask(w, w.alice, { title: 'Meet, greet; sign', type: 'meeting', dueAt: now + HOUR });
    const offer = await createTask(w, w.alice, {
      title: 'Send the offer',
      type: 'email',
      dueAt: now + 2 * HOUR,
    });
    const done = await createTask(w, w.alice, { title: 'Old one', dueAt: now });
    await as(w.t, w.alice, { method: 'POST', url: `/api/v1/tasks/${done.id}/complete` });
    await createTask(w, w.bob, { title: 'Bob task', dueAt: now + HOUR });

    const { url } = (await as(w.t, w.alice, { method: 'GET', url: '/api/v1/tasks/ical-url' })).json();
    const path = new URL(url).pathname;
    expect(path).toMatch(new RegExp(`^/ical/${w.alice.userId}/[0-9a-f]{64}\\.ics$`));
    const res = await w.t.app.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const body = res.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('SUMMARY:Meet\\, greet\\; sign');
    expect(body).toContain(`DTSTART:20260105T100000Z`);
    // Every task is an event (calendar apps skip to-dos in subscribed calendars): meetings 30 min,
    // an e-mail task 15, each with its link in Rapport.
    expect(body).toContain('DTEND:20260105T103000Z');
    expect(body).not.toContain('VTODO');
    const offerEvent = body.split('BEGIN:VEVENT').find((e) => e.includes('Send the offer')) ?? '';
    expect(offerEvent).toContain('DTSTART:20260105T110000Z\r\nDTEND:20260105T111500Z');
    expect(offerEvent.replace(/\r\n /g, '')).toContain(`URL:http://localhost`);
    expect(offerEvent.replace(/\r\n /g, '')).toContain(`/tasks?task=${offer.id}`);
    expect(body).not.toContain('Old one');
    expect(body).not.toContain('Bob task');
    expect(body.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);

    const bad = await w.t.app.inject({
      method: 'GET',
      url: path.replace(/[0-9a-f]{8}\.ics$/, '00000000.ics'),
    });
    expect(bad.statusCode).toBe(404);
    const other = await w.t.app.inject({ method: 'GET', url: path.replace(w.alice.userId, w.bob.userId) });
    expect(other.statusCode).toBe(404);
  });
});
