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

const MEETING_MINUTES = 30;

/**
 * The calendar of a user's open tasks: meetings and calls as VEVENT (30 min from the due time, so
 * they show in the day view), the rest as VTODO with DUE. CRLF line ends, folded, escaped.
 */
export function renderCalendar(tasks: Task[], opts: { now: number; host: string; name: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Tasks//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
  ];
  for (const t of tasks) {
    const asEvent = t.type === 'meeting' || t.type === 'call';
    const common = [
      `UID:${t.id}@${opts.host}`,
      `DTSTAMP:${icsDate(opts.now)}`,
      `SUMMARY:${escapeText(t.title)}`,
      ...(t.description ? [`DESCRIPTION:${escapeText(t.description)}`] : []),
      `PRIORITY:${t.priority === 'high' ? 1 : t.priority === 'low' ? 9 : 5}`,
      `LAST-MODIFIED:${icsDate(t.updatedAt)}`,
    ];
    if (asEvent) {
      lines.push('BEGIN:VEVENT', ...common, `DTSTART:${icsDate(t.dueAt)}`);
      lines.push(`DTEND:${icsDate(t.dueAt + MEETING_MINUTES * 60_000)}`, 'END:VEVENT');
    } else {
      lines.push('BEGIN:VTODO', ...common, `DUE:${icsDate(t.dueAt)}`, 'STATUS:NEEDS-ACTION', 'END:VTODO');
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
