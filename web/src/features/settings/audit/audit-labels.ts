/**
 * The record types and actions the server writes to the audit log (`recordAudit` calls), each worded
 * in the catalogs under `audit.entities.*` / `audit.actions.*`. A value not listed here (a newer
 * server, a plug-in) is shown as it is rather than as a missing key.
 */
export const AUDIT_ENTITY_TYPES = [
  'activity',
  'api_key',
  'attachment',
  'automation_rule',
  'company',
  'custom_field',
  'deal',
  'deal_line',
  'escalation_rule',
  'form',
  'import',
  'lead',
  'lead_scoring_rule',
  'lost_reason',
  'order',
  'org_settings',
  'person',
  'pipeline',
  'price_list',
  'price_list_price',
  'product',
  'product_category',
  'quote',
  'suppression',
  'task',
  'team',
  'user',
  'view',
] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'password_change',
  'revoke',
  'pause',
  'merge',
  'move',
  'reassign',
  'link_company',
  'unlink_company',
] as const;

type Translate = (key: string) => string;
type Exists = (key: string) => boolean;

const labelOf = (group: 'entities' | 'actions') => (value: string, t: Translate, exists: Exists) => {
  const key = `audit.${group}.${value}`;
  return exists(key) ? t(key) : value;
};

/** "price_list_price" → "Price in a price list" (in the user's language); unknown types as they are. */
export const auditEntityLabel = labelOf('entities');
/** "create" → "Created"; unknown actions as they are. */
export const auditActionLabel = labelOf('actions');
