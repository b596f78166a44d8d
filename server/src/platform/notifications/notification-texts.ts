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
};
const ru: Texts = {
  'task.reminder': (p) => `Напоминание: «${p.title}», срок ${p.due}`,
  'task.overdue': (p) => `Просрочено: «${p.title}» (${p.assignee}), срок был ${p.due}`,
  'task.reassigned': (p) => `Задача «${p.title}» передана от ${p.from} к ${p.to}`,
  'task.escalated': (p) => `Эскалация: «${p.title}» (${p.assignee}) просрочена с ${p.due}`,
  'task.assigned': (p) => `Вам назначена задача «${p.title}»`,
  'automation.message': (p) => `${p.rule}: ${p.message}`,
};
const lv: Texts = {
  'task.reminder': (p) => `Atgādinājums: "${p.title}", termiņš ${p.due}`,
  'task.overdue': (p) => `Nokavēts: "${p.title}" (${p.assignee}), termiņš bija ${p.due}`,
  'task.reassigned': (p) => `Uzdevums "${p.title}" nodots no ${p.from} uz ${p.to}`,
  'task.escalated': (p) => `Eskalācija: "${p.title}" (${p.assignee}) nokavēts kopš ${p.due}`,
  'task.assigned': (p) => `Jums piešķirts uzdevums "${p.title}"`,
  'automation.message': (p) => `${p.rule}: ${p.message}`,
};
const BY_LOCALE: Record<string, Texts> = { en, ru, lv };

/** The one-line text of a notification in a locale (English when the locale or kind is unknown). */
export function notificationText(locale: string, kind: string, params: Record<string, unknown>): string {
  const texts = BY_LOCALE[locale] ?? en;
  const render = texts[kind] ?? en[kind];
  // Users have no time zone yet: e-mails show due times in UTC.
  const due =
    typeof params.dueAt === 'number'
      ? `${new Date(params.dueAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`
      : '';
  return render ? render({ due, ...params }) : kind;
}
