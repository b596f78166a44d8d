import { Stack, Tabs, Title } from '@mantine/core';
import {
  IconAlarm,
  IconBuilding,
  IconBuildingCommunity,
  IconForms,
  IconGauge,
  IconHistory,
  IconInputCheck,
  IconKey,
  IconLayoutKanban,
  IconMail,
  IconRobot,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Forbidden } from '../../shared/page-states.js';
import { SuspenseOutlet } from '../../shared/suspense-outlet.js';
import { useCan } from '../auth/use-session.js';

export const SETTINGS_TABS = [
  { key: 'profile', icon: IconUserCircle },
  { key: 'users', icon: IconUsers, permission: 'users:read' },
  { key: 'teams', icon: IconUsersGroup, permission: 'teams:read' },
  { key: 'api-keys', icon: IconKey, permission: 'api_keys:read' },
  { key: 'fields', icon: IconForms, permission: 'fields:read' },
  { key: 'pipelines', icon: IconLayoutKanban, permission: 'deals:read' },
  { key: 'scoring', icon: IconGauge, permission: 'leads:read' },
  { key: 'forms', icon: IconInputCheck, permission: 'leads:read' },
  { key: 'audit', icon: IconHistory, permission: 'audit:read' },
  { key: 'outbox', icon: IconMail, permission: 'mail:read' },
  { key: 'automation', icon: IconRobot, permission: 'settings:manage' },
  { key: 'escalation', icon: IconAlarm, permission: 'tasks:manage' },
  { key: 'organisation', icon: IconBuildingCommunity, permission: 'settings:update' },
  { key: 'company', icon: IconBuilding, permission: 'settings:read' },
] as const;

/** Settings frame: a tab per section the user may open; the section renders below. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname.split('/')[2] ?? 'profile';
  const tabs = SETTINGS_TABS.filter((tab) => !('permission' in tab) || can(tab.permission));
  return (
    <Stack gap="md">
      <Title order={2}>{t('settings.title')}</Title>
      <Tabs value={current} onChange={(v) => v && navigate(`/settings/${v}`)} keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab
              key={tab.key}
              value={tab.key}
              leftSection={<tab.icon size={16} />}
              data-testid={`settings-tab-${tab.key}`}
            >
              {t(`settings.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SuspenseOutlet />
    </Stack>
  );
}

/** Guards a settings section by permission; the server checks too and 403s are shown the same way. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <Forbidden />;
}
