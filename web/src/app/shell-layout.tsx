import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCan } from '../features/auth/use-session.js';
import { NotificationBell } from '../features/notifications/notification-bell.js';
import { SuspenseOutlet } from '../shared/suspense-outlet.js';
import { MODULES } from './modules.js';
import { UserMenu } from './user-menu.js';

/** The signed-in frame: header with the user menu, navbar with the modules the user may open. */
export function ShellLayout() {
  const { t } = useTranslation();
  const can = useCan();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const visible = MODULES.filter((m) => !m.permission || can(m.permission));
  const isActive = (path: string) =>
    path === '/' ? location.pathname === '/' : location.pathname.startsWith(path);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <IconAddressBook size={26} color="var(--mantine-color-blue-filled)" />
            <Text fw={700} size="lg" data-testid="product-name">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          <nav data-testid="main-nav">
            {visible.map((m) => (
              <NavLink
                key={m.key}
                component={Link}
                to={m.path}
                label={t(`modules.${m.key}.title`)}
                leftSection={<m.icon size={18} stroke={1.6} />}
                active={isActive(m.path)}
                onClick={close}
                data-testid={`nav-${m.key}`}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py={4}>
            {t('app.tagline')}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <SuspenseOutlet />
      </AppShell.Main>
    </AppShell>
  );
}
