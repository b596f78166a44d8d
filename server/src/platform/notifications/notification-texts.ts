/**
 * E-mail wording of notifications, per locale. The web shows the same kinds from its own catalog
 * (`notifications.<kind>` in web/src/i18n); e-mail needs the text on the server.
 */
type Texts = Record<string, (p: Record<string, unknown>) => string>;

const en: Texts = {
  'task.reminder': (p) => `Reminder: "${p.title}" is due ${p.due}`,
  'task.overdue': (p) => `Overdue: "${p.title}" (${p.assignee}) was due ${p.due}`,
  'task.reassigned': (p) => `Task "${p.title}" was reassigned from ${p.from} to ${p.to}`,
  'task.escalated': (p) => `Escalation: "${p.title}" (${p.assignee}) is overdue since ${p.due}`,
  'task.assigned': (p) => `You were assigned "${p.title}"`,
  'automation.message': (p) => `${p.rule}: ${p.message}`,
  'automation.failed': (p) => `Automation rule "${p.rule}" failed: ${p.error}`,
  'automation.paused': (p) =>
    `Automation rule "${p.rule}" was switched off after ${p.count} failures in a row. Last: ${p.error}`,
};
const ru: Texts = {
  'task.reminder': (p) => `Напоминание: «${p.title}», срок ${p.due}`,
  'task.overdue': (p) => `Просрочено: «${p.title}» (${p.assignee}), срок был ${p.due}`,
  'task.reassigned': (p) => `Задача «${p.title}» передана от ${p.from} к ${p.to}`,
  'task.escalated': (p) => `Эскалация: «${p.title}» (${p.assignee}) просрочена с ${p.due}`,
  'task.assigned': (p) => `Вам назначена задача «${p.title}»`,
  'automation.message': (p) => `${p.rule}: ${p.message}`,
  'automation.failed': (p) => `Ошибка в правиле автоматизации «${p.rule}»: ${p.error}`,
  'automation.paused': (p) =>
    `Правило автоматизации «${p.rule}» отключено: ошибок подряд — ${p.count}. Последняя: ${p.error}`,
};
const lv: Texts = {
  'task.reminder': (p) => `Atgādinājums: "${p.title}", termiņš ${p.due}`,
  'task.overdue': (p) => `Nokavēts: "${p.title}" (${p.assignee}), termiņš bija ${p.due}`,
  'task.reassigned': (p) => `Uzdevums "${p.title}" nodots no ${p.from} uz ${p.to}`,
  'task.escalated': (p) => `Eskalācija: "${p.title}" (${p.assignee}) nokavēts kopš ${p.due}`,
  'task.assigned': (p) => `Jums piešķirts uzdevums "${p.title}"`,
  'automation.message': (p) => `${p.rule}: ${p.message}`,
  'automation.failed': (p) => `Automatizācijas noteikumā "${p.rule}" radās kļūda: ${p.error}`,
  'automation.paused': (p) =>
    `Automatizācijas noteikums "${p.rule}" izslēgts: kļūdas pēc kārtas — ${p.count}. Pēdējā: ${p.error}`,
};
const BY_LOCALE: Record<string, Texts> = { en, ru, lv };

/**
 * A due time as the recipient reads it: in their time zone and their language's date format (as the
 * web shows it). Without a zone of their own, UTC, and then said so.
 */
export function formatDue(at: number, locale: string, timeZone: string | null): string {
  const zone = timeZone && isZone(timeZone) ? timeZone : null;
  const text = new Intl.DateTimeFormat(BY_LOCALE[locale] ? locale : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone ?? 'UTC',
  }).format(new Date(at));
  return zone ? text : `${text} UTC`;
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The one-line text of a notification in a locale (English when the locale or kind is unknown), times
 * in the recipient's time zone (`timeZone`, their setting; null = UTC).
 */
export function notificationText(
  locale: string,
  kind: string,
  params: Record<string, unknown>,
  timeZone: string | null = null,
): string {
  const texts = BY_LOCALE[locale] ?? en;
  const render = texts[kind] ?? en[kind];
  const due = typeof params.dueAt === 'number' ? formatDue(params.dueAt, locale, timeZone) : '';
  return render ? render({ due, ...params }) : kind;
}
