import type { AttachmentsTable } from '../modules/attachments/attachments.table.js';
import type { AutomationRulesTable, RuleRunsTable } from '../modules/automation/automation.table.js';
import type { CompaniesTable, PersonCompaniesTable } from '../modules/companies/companies.table.js';
import type { CustomFieldsTable } from '../modules/fields/custom-fields.table.js';
import type { FormAssignmentStateTable, FormsTable } from '../modules/forms/forms.table.js';
import type { ImportErrorsTable, ImportsTable } from '../modules/imports/imports.table.js';
import type {
  LeadScoreHistoryTable,
  LeadScoringRulesTable,
  LeadsTable,
} from '../modules/leads/leads.table.js';
import type { OrderDailyTotalsTable } from '../modules/orders/order-daily-totals.table.js';
import type { OrderLinesTable, OrdersTable } from '../modules/orders/orders.table.js';
import type { PersonConsentsTable, SuppressionsTable } from '../modules/people/consents.table.js';
import type { ContactSourcesTable } from '../modules/people/contact-sources.table.js';
import type { PersonDuplicatesTable } from '../modules/people/duplicates/duplicates.table.js';
import type {
  PeopleTable,
  PersonEmailsTable,
  PersonExternalIdsTable,
  PersonPhonesTable,
} from '../modules/people/people.table.js';
import type { PriceListPricesTable, PriceListsTable } from '../modules/pricing/pricing.table.js';
import type { ProductCategoriesTable, ProductsTable } from '../modules/products/products.table.js';
import type { DocumentSequencesTable, QuotesTable } from '../modules/quotes/quotes.table.js';
import type { DealLinesTable } from '../modules/sales/deal-lines.table.js';
import type { DealStageHistoryTable, DealsTable } from '../modules/sales/deals.table.js';
import type {
  LostReasonsTable,
  PipelineStagesTable,
  PipelinesTable,
} from '../modules/sales/pipelines.table.js';
import type {
  ActivitiesTable,
  EscalationRulesTable,
  TaskAlertsTable,
  TasksTable,
} from '../modules/tasks/tasks.table.js';
import type { SavedViewsTable } from '../modules/views/views.table.js';
import type { AuditLogTable } from '../platform/audit/audit.table.js';
import type { ApiKeysTable, LoginAttemptsTable, SessionsTable } from '../platform/auth/auth.table.js';
import type { EventConsumersTable } from '../platform/events/event-consumers.table.js';
import type { EventsTable } from '../platform/events/events.table.js';
import type { JobSchedulesTable, JobsTable } from '../platform/jobs/jobs.table.js';
import type { MailOutboxTable } from '../platform/mail/mail.table.js';
import type { NotificationsTable } from '../platform/notifications/notifications.table.js';
import type { OrgSettingsTable } from '../platform/settings/org-settings.table.js';
import type { SetupTable, TeamMembersTable, TeamsTable, UsersTable } from '../platform/users/users.table.js';

/**
 * The whole database as Kysely sees it (camelCase; the CamelCasePlugin maps to snake_case columns).
 * Each module owns its tables' interfaces in `<thing>.table.ts`; they are gathered here.
 */
export interface Database {
  events: EventsTable;
  eventConsumers: EventConsumersTable;
  jobs: JobsTable;
  jobSchedules: JobSchedulesTable;
  contactSources: ContactSourcesTable;
  people: PeopleTable;
  personEmails: PersonEmailsTable;
  personPhones: PersonPhonesTable;
  personExternalIds: PersonExternalIdsTable;
  companies: CompaniesTable;
  personCompanies: PersonCompaniesTable;
  customFields: CustomFieldsTable;
  personConsents: PersonConsentsTable;
  suppressions: SuppressionsTable;
  savedViews: SavedViewsTable;
  personDuplicates: PersonDuplicatesTable;
  attachments: AttachmentsTable;
  users: UsersTable;
  teams: TeamsTable;
  teamMembers: TeamMembersTable;
  setup: SetupTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  loginAttempts: LoginAttemptsTable;
  auditLog: AuditLogTable;
  imports: ImportsTable;
  importErrors: ImportErrorsTable;
  mailOutbox: MailOutboxTable;
  notifications: NotificationsTable;
  tasks: TasksTable;
  activities: ActivitiesTable;
  taskAlerts: TaskAlertsTable;
  escalationRules: EscalationRulesTable;
  automationRules: AutomationRulesTable;
  ruleRuns: RuleRunsTable;
  pipelines: PipelinesTable;
  pipelineStages: PipelineStagesTable;
  lostReasons: LostReasonsTable;
  deals: DealsTable;
  products: ProductsTable;
  productCategories: ProductCategoriesTable;
  orders: OrdersTable;
  orderLines: OrderLinesTable;
  orderDailyTotals: OrderDailyTotalsTable;
  dealStageHistory: DealStageHistoryTable;
  leads: LeadsTable;
  leadScoreHistory: LeadScoreHistoryTable;
  leadScoringRules: LeadScoringRulesTable;
  forms: FormsTable;
  formAssignmentState: FormAssignmentStateTable;
  priceLists: PriceListsTable;
  priceListPrices: PriceListPricesTable;
  dealLines: DealLinesTable;
  orgSettings: OrgSettingsTable;
  documentSequences: DocumentSequencesTable;
  quotes: QuotesTable;
}
