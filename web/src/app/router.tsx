import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { PublicOnly, RequireAuth } from '../features/auth/auth-gate.js';
import { LoginPage } from '../features/auth/login-page.js';
import { SetupPage } from '../features/auth/setup-page.js';
import { useCan } from '../features/auth/use-session.js';
import { CustomersLayout } from '../features/customers/customers-layout.js';
import { HomePage } from '../features/home/home-page.js';
import { ModulePlaceholderPage } from '../features/home/module-placeholder-page.js';
import { NotFoundPage } from '../features/home/not-found-page.js';
import { SalesLayout } from '../features/sales/sales-layout.js';
import { RequirePermission, SettingsLayout } from '../features/settings/settings-layout.js';
import { Forbidden } from '../shared/page-states.js';
import { lazyPage } from './lazy-page.js';
import { MODULES } from './modules.js';
import { ShellLayout } from './shell-layout.js';

const AnalyticsPage = lazyPage(() => import('../features/analytics/analytics-page.js'), 'AnalyticsPage');
const CompaniesListPage = lazyPage(
  () => import('../features/companies/companies-list-page.js'),
  'CompaniesListPage',
);
const CompanyPage = lazyPage(() => import('../features/companies/company-page.js'), 'CompanyPage');
const DuplicatesPage = lazyPage(
  () => import('../features/customers/duplicates/duplicates-page.js'),
  'DuplicatesPage',
);
const ImportWizard = lazyPage(() => import('../features/customers/import/import-wizard.js'), 'ImportWizard');
const PeopleListPage = lazyPage(
  () => import('../features/customers/list/people-list-page.js'),
  'PeopleListPage',
);
const PersonPage = lazyPage(() => import('../features/customers/person/person-page.js'), 'PersonPage');
const FieldsPage = lazyPage(() => import('../features/fields/fields-page.js'), 'FieldsPage');
const LeadsListPage = lazyPage(() => import('../features/leads/leads-list-page.js'), 'LeadsListPage');
const FormsPage = lazyPage(() => import('../features/leads/settings/forms-page.js'), 'FormsPage');
const ScoringRulesPage = lazyPage(
  () => import('../features/leads/settings/scoring-rules-page.js'),
  'ScoringRulesPage',
);
const OrdersPage = lazyPage(() => import('../features/orders/orders-page.js'), 'OrdersPage');
const ProductsPage = lazyPage(() => import('../features/orders/products-page.js'), 'ProductsPage');
const CompanyDetailsPage = lazyPage(
  () => import('../features/pricing/company-details-page.js'),
  'CompanyDetailsPage',
);
const PriceListsPage = lazyPage(() => import('../features/pricing/price-lists-page.js'), 'PriceListsPage');
const KanbanBoard = lazyPage(() => import('../features/sales/board/kanban-board.js'), 'KanbanBoard');
const DealsListPage = lazyPage(() => import('../features/sales/list/deals-list-page.js'), 'DealsListPage');
const ForecastPage = lazyPage(() => import('../features/sales/reports/forecast-page.js'), 'ForecastPage');
const FunnelPage = lazyPage(() => import('../features/sales/reports/funnel-page.js'), 'FunnelPage');
const PipelinesPage = lazyPage(() => import('../features/sales/settings/pipelines-page.js'), 'PipelinesPage');
const ApiKeysPage = lazyPage(() => import('../features/settings/api-keys/api-keys-page.js'), 'ApiKeysPage');
const AuditPage = lazyPage(() => import('../features/settings/audit/audit-page.js'), 'AuditPage');
const AutomationPage = lazyPage(
  () => import('../features/settings/automation/automation-page.js'),
  'AutomationPage',
);
const EscalationPage = lazyPage(
  () => import('../features/settings/escalation/escalation-page.js'),
  'EscalationPage',
);
const OrganisationPage = lazyPage(
  () => import('../features/settings/organisation/organisation-page.js'),
  'OrganisationPage',
);
const OutboxPage = lazyPage(() => import('../features/settings/outbox/outbox-page.js'), 'OutboxPage');
const ProfilePage = lazyPage(() => import('../features/settings/profile/profile-page.js'), 'ProfilePage');
const TeamsPage = lazyPage(() => import('../features/settings/teams/teams-page.js'), 'TeamsPage');
const UsersPage = lazyPage(() => import('../features/settings/users/users-page.js'), 'UsersPage');
const TasksPage = lazyPage(() => import('../features/tasks/tasks-page.js'), 'TasksPage');

function ModuleRoute({ moduleKey }: { moduleKey: string }) {
  const can = useCan();
  const module = MODULES.find((m) => m.key === moduleKey)!;
  if (module.permission && !can(module.permission)) return <Forbidden />;
  return <ModulePlaceholderPage module={module} />;
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route
          path="/setup"
          element={
            <PublicOnly page="setup">
              <SetupPage />
            </PublicOnly>
          }
        />
        <Route
          path="/login"
          element={
            <PublicOnly page="login">
              <LoginPage />
            </PublicOnly>
          }
        />
        <Route
          element={
            <RequireAuth>
              <ShellLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          {MODULES.filter((m) => m.planned).map((m) => (
            <Route key={m.key} path={`${m.path.slice(1)}/*`} element={<ModuleRoute moduleKey={m.key} />} />
          ))}
          <Route
            path="analytics"
            element={
              <RequirePermission permission="analytics:read">
                <AnalyticsPage />
              </RequirePermission>
            }
          />
          <Route
            path="tasks"
            element={
              <RequirePermission permission="tasks:read">
                <TasksPage />
              </RequirePermission>
            }
          />
          <Route
            path="customers"
            element={
              <RequirePermission permission="people:read">
                <CustomersLayout />
              </RequirePermission>
            }
          >
            <Route index element={<Navigate to="people" replace />} />
            <Route path="people" element={<PeopleListPage />} />
            <Route path="people/:id" element={<PersonPage />} />
            <Route
              path="companies"
              element={
                <RequirePermission permission="companies:read">
                  <CompaniesListPage />
                </RequirePermission>
              }
            />
            <Route path="companies/:id" element={<CompanyPage />} />
            <Route path="duplicates" element={<DuplicatesPage />} />
            <Route
              path="import"
              element={
                <RequirePermission permission="imports:create">
                  <ImportWizard />
                </RequirePermission>
              }
            />
          </Route>
          <Route
            path="sales"
            element={
              <RequirePermission permission="deals:read">
                <SalesLayout />
              </RequirePermission>
            }
          >
            <Route index element={<Navigate to="board" replace />} />
            <Route path="board" element={<KanbanBoard />} />
            <Route path="list" element={<DealsListPage />} />
            <Route path="forecast" element={<ForecastPage />} />
            <Route path="funnel" element={<FunnelPage />} />
            <Route
              path="leads"
              element={
                <RequirePermission permission="leads:read">
                  <LeadsListPage />
                </RequirePermission>
              }
            />
            <Route path="orders" element={<OrdersPage />} />
            <Route path="products" element={<ProductsPage />} />
            <Route
              path="price-lists"
              element={
                <RequirePermission permission="products:read">
                  <PriceListsPage />
                </RequirePermission>
              }
            />
          </Route>
          <Route path="settings" element={<SettingsLayout />}>
            <Route index element={<Navigate to="profile" replace />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route
              path="company"
              element={
                <RequirePermission permission="settings:read">
                  <CompanyDetailsPage />
                </RequirePermission>
              }
            />
            <Route
              path="automation"
              element={
                <RequirePermission permission="settings:manage">
                  <AutomationPage />
                </RequirePermission>
              }
            />
            <Route
              path="escalation"
              element={
                <RequirePermission permission="tasks:manage">
                  <EscalationPage />
                </RequirePermission>
              }
            />
            <Route
              path="organisation"
              element={
                <RequirePermission permission="settings:update">
                  <OrganisationPage />
                </RequirePermission>
              }
            />
            <Route
              path="users"
              element={
                <RequirePermission permission="users:read">
                  <UsersPage />
                </RequirePermission>
              }
            />
            <Route
              path="teams"
              element={
                <RequirePermission permission="teams:read">
                  <TeamsPage />
                </RequirePermission>
              }
            />
            <Route
              path="api-keys"
              element={
                <RequirePermission permission="api_keys:read">
                  <ApiKeysPage />
                </RequirePermission>
              }
            />
            <Route
              path="fields"
              element={
                <RequirePermission permission="fields:read">
                  <FieldsPage />
                </RequirePermission>
              }
            />
            <Route
              path="pipelines"
              element={
                <RequirePermission permission="deals:read">
                  <PipelinesPage />
                </RequirePermission>
              }
            />
            <Route
              path="scoring"
              element={
                <RequirePermission permission="leads:read">
                  <ScoringRulesPage />
                </RequirePermission>
              }
            />
            <Route
              path="forms"
              element={
                <RequirePermission permission="leads:read">
                  <FormsPage />
                </RequirePermission>
              }
            />
            <Route
              path="audit"
              element={
                <RequirePermission permission="audit:read">
                  <AuditPage />
                </RequirePermission>
              }
            />
            <Route
              path="outbox"
              element={
                <RequirePermission permission="mail:read">
                  <OutboxPage />
                </RequirePermission>
              }
            />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
