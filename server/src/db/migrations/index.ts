import type { Migration } from 'kysely';
import * as createEvents from './2026_11_22_1900_create_events.js';
import * as createEventConsumers from './2026_11_22_1910_create_event_consumers.js';
import * as createJobs from './2026_11_22_1911_create_jobs.js';
import * as createJobSchedules from './2026_11_22_1912_create_job_schedules.js';
import * as createUsers from './2026_11_22_1930_create_users.js';
import * as createTeams from './2026_11_22_1931_create_teams.js';
import * as createSessions from './2026_11_22_1932_create_sessions.js';
import * as createApiKeys from './2026_11_22_1933_create_api_keys.js';
import * as createLoginAttempts from './2026_11_22_1934_create_login_attempts.js';
import * as createAuditLog from './2026_11_22_1935_create_audit_log.js';
import * as createPeople from './2026_11_22_2000_create_people.js';
import * as createCompanies from './2026_11_22_2001_create_companies.js';
import * as createCustomFields from './2026_11_22_2002_create_custom_fields.js';
import * as createPersonConsents from './2026_11_22_2003_create_person_consents.js';
import * as createImports from './2026_11_22_2030_create_imports.js';
import * as createSavedViews from './2026_11_22_2050_create_saved_views.js';
import * as createPersonDuplicates from './2026_11_22_2051_create_person_duplicates.js';
import * as createAttachments from './2026_11_22_2052_create_attachments.js';
import * as addCompaniesMergedInto from './2026_11_22_2053_add_companies_merged_into.js';
import * as createPipelines from './2026_11_22_2100_create_pipelines.js';
import * as createDeals from './2026_11_22_2101_create_deals.js';
import * as createMailOutbox from './2026_11_22_2120_create_mail_outbox.js';
import * as createNotifications from './2026_11_22_2121_create_notifications.js';
import * as createTasks from './2026_11_22_2122_create_tasks.js';
import * as createEscalationRules from './2026_11_22_2123_create_escalation_rules.js';
import * as createProducts from './2026_11_22_2140_create_products.js';
import * as createOrders from './2026_11_22_2141_create_orders.js';
import * as createLeads from './2026_11_22_2200_create_leads.js';
import * as createForms from './2026_11_22_2201_create_forms.js';
import * as createAutomationRules from './2026_11_22_2220_create_automation_rules.js';
import * as uigapsOrgSettings from './2026_11_23_0900_uigaps_org_settings_and_user_time_zone.js';
import * as createPricing from './2026_11_23_1000_create_pricing.js';
import * as createOrderDailyTotals from './2026_11_23_1100_create_order_daily_totals.js';
import * as addProductsCostPrice from './2026_11_23_1200_add_products_cost_price.js';
import * as addDealLinesUnitCost from './2026_11_23_1201_add_deal_lines_unit_cost.js';
import * as slimPersonIdentityTables from './2026_11_24_1000_slim_person_identity_tables.js';
import * as unifyFileIdSource from './2026_11_24_1001_unify_file_id_source.js';
import * as addImportsFileName from './2026_11_24_1002_add_imports_file_name.js';
import * as ordersExternalIdPrefix from './2026_11_24_1003_orders_external_id_prefix.js';
import * as addOrdersNumber from './2026_11_24_1004_add_orders_number.js';
import * as addAutomationRuleFailures from './2026_11_24_1100_add_automation_rule_failures.js';
import * as addImportErrorsCode from './2026_11_24_1200_add_import_errors_code.js';

/**
 * Every migration, by name. Names sort by time (YYYY_MM_DD_HHMM_<verb>_<table>); add new ones here.
 * A static list (rather than reading a folder) works the same from src under tsx and from dist.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_22_1900_create_events': createEvents,
  '2026_11_22_1910_create_event_consumers': createEventConsumers,
  '2026_11_22_1911_create_jobs': createJobs,
  '2026_11_22_1912_create_job_schedules': createJobSchedules,
  '2026_11_22_1930_create_users': createUsers,
  '2026_11_22_1931_create_teams': createTeams,
  '2026_11_22_1932_create_sessions': createSessions,
  '2026_11_22_1933_create_api_keys': createApiKeys,
  '2026_11_22_1934_create_login_attempts': createLoginAttempts,
  '2026_11_22_1935_create_audit_log': createAuditLog,
  '2026_11_22_2000_create_people': createPeople,
  '2026_11_22_2001_create_companies': createCompanies,
  '2026_11_22_2002_create_custom_fields': createCustomFields,
  '2026_11_22_2003_create_person_consents': createPersonConsents,
  '2026_11_22_2030_create_imports': createImports,
  '2026_11_22_2120_create_mail_outbox': createMailOutbox,
  '2026_11_22_2121_create_notifications': createNotifications,
  '2026_11_22_2122_create_tasks': createTasks,
  '2026_11_22_2123_create_escalation_rules': createEscalationRules,
  '2026_11_22_2050_create_saved_views': createSavedViews,
  '2026_11_22_2051_create_person_duplicates': createPersonDuplicates,
  '2026_11_22_2052_create_attachments': createAttachments,
  '2026_11_22_2053_add_companies_merged_into': addCompaniesMergedInto,
  '2026_11_22_2100_create_pipelines': createPipelines,
  '2026_11_22_2101_create_deals': createDeals,
  '2026_11_22_2220_create_automation_rules': createAutomationRules,
  '2026_11_23_0900_uigaps_org_settings_and_user_time_zone': uigapsOrgSettings,
  '2026_11_22_2200_create_leads': createLeads,
  '2026_11_22_2201_create_forms': createForms,
  '2026_11_22_2140_create_products': createProducts,
  '2026_11_22_2141_create_orders': createOrders,
  '2026_11_23_1000_create_pricing': createPricing,
  '2026_11_23_1100_create_order_daily_totals': createOrderDailyTotals,
  '2026_11_23_1200_add_products_cost_price': addProductsCostPrice,
  '2026_11_23_1201_add_deal_lines_unit_cost': addDealLinesUnitCost,
  '2026_11_24_1000_slim_person_identity_tables': slimPersonIdentityTables,
  '2026_11_24_1001_unify_file_id_source': unifyFileIdSource,
  '2026_11_24_1002_add_imports_file_name': addImportsFileName,
  '2026_11_24_1003_orders_external_id_prefix': ordersExternalIdPrefix,
  '2026_11_24_1004_add_orders_number': addOrdersNumber,
  '2026_11_24_1100_add_automation_rule_failures': addAutomationRuleFailures,
  '2026_11_24_1200_add_import_errors_code': addImportErrorsCode,
};
