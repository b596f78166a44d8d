/**
 * The rules Rapport seeds (server migration create_escalation_rules) are stored with English names.
 * While a seeded rule keeps its seeded name, it is shown in the user's language
 * (`escalation.defaults.<id>`); a name the admin gave it is shown as written.
 */
export const SEEDED_RULE_NAMES: Record<string, string> = {
  esc_default_absent: 'Assignee absent → substitute',
  esc_default_overdue_24h: 'Overdue 24 h → notify team lead',
};

export function escalationRuleName(rule: { id: string; name: string }, t: (key: string) => string): string {
  return SEEDED_RULE_NAMES[rule.id] === rule.name ? t(`escalation.defaults.${rule.id}`) : rule.name;
}
