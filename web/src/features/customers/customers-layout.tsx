import { Stack, Tabs, Title } from '@mantine/core';
import { IconBuilding, IconCopy, IconUpload, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SuspenseOutlet } from '../../shared/suspense-outlet.js';
import { useCan } from '../auth/use-session.js';

const TABS = [
  { key: 'people', icon: IconUsers, permission: 'people:read' },
  { key: 'companies', icon: IconBuilding, permission: 'companies:read' },
  { key: 'duplicates', icon: IconCopy, permission: 'people:read' },
  { key: 'import', icon: IconUpload, permission: 'imports:create' },
] as const;

/** Customers frame: people, companies and import as tabs; the section renders below. */
export function CustomersLayout() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const current = useLocation().pathname.split('/')[2] ?? 'people';
  return (
    <Stack gap="md">
      <Title order={2}>{t('modules.customers.title')}</Title>
      <Tabs value={current} onChange={(v) => v && navigate(`/customers/${v}`)} keepMounted={false}>
        <Tabs.List>
          {TABS.filter((tab) => can(tab.permission)).map((tab) => (
            <Tabs.Tab
              key={tab.key}
              value={tab.key}
              leftSection={<tab.icon size={16} />}
              data-testid={`customers-tab-${tab.key}`}
            >
              {t(`customers.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SuspenseOutlet />
    </Stack>
  );
}
