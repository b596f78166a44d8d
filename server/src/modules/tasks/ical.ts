import type { Task } from './tasks.schemas.js';

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * RFC 5545 §3.1 folding: lines longer than 75 octets are split, continuation lines start with a
 * space. Splits on UTF-8 octets but never inside a character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** UTC DATE-TIME form, e.g. 20260105T090000Z. */
export function icsDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** How long a task blocks the calendar from its due time: meetings and calls take a slot, the rest a mark. */
const MINUTES: Record<string, number> = { meeting: 30, call: 30 };
const DEFAULT_MINUTES = 15;

/**
 * The calendar of a user's open tasks, every one as a VEVENT from its due time (meetings and calls
 * 30 min, the rest 15) with a link to it in Rapport. Not VTODO: Google Calendar and Outlook ignore
 * to-dos in a subscribed calendar, so those tasks would not show. CRLF line ends, folded, escaped.
 */
export function renderCalendar(
  tasks: Task[],
  opts: { now: number; host: string; name: string; appUrl: string },
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Tasks//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
  ];
  for (const t of tasks) {
    const minutes = MINUTES[t.type] ?? DEFAULT_MINUTES;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${t.id}@${opts.host}`,
      `DTSTAMP:${icsDate(opts.now)}`,
      `DTSTART:${icsDate(t.dueAt)}`,
      `DTEND:${icsDate(t.dueAt + minutes * 60_000)}`,
      `SUMMARY:${escapeText(t.title)}`,
      ...(t.description ? [`DESCRIPTION:${escapeText(t.description)}`] : []),
      `URL:${new URL(`/tasks?task=${encodeURIComponent(t.id)}`, opts.appUrl).href}`,
      `PRIORITY:${t.priority === 'high' ? 1 : t.priority === 'low' ? 9 : 5}`,
      `LAST-MODIFIED:${icsDate(t.updatedAt)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
