import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceDesktop,
  IconLogout,
  IconMoon,
  IconSun,
  IconUserCircle,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LOCALES, type Locale, type Theme } from '../api/types.js';
import { authApi } from '../features/auth/auth.api.js';
import { useCurrentSession, useSessionUpdates } from '../features/auth/use-session.js';
import { useErrorMessage } from '../shared/error-message.js';

const THEMES: { value: Theme; icon: typeof IconSun }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
];

export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const { user } = useCurrentSession();
  const { userChanged, signedOut } = useSessionUpdates();
  const onError = (err: unknown) => notifications.show({ color: 'red', message: message(err) });
  // Saved per user; the session update re-applies language and theme at once.
  const prefs = useMutation({ mutationFn: authApi.updateMe, onSuccess: userChanged, onError });
  const logout = useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      signedOut();
      navigate('/login', { replace: true });
    },
  });
  const initials = user.name
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const tick = (on: boolean) => (on ? <IconCheck size={14} /> : null);

  return (
    <Menu position="bottom-end" width={230} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('shell.userMenu')}>
          <Group gap={8}>
            <Avatar size={30} radius="xl" color="blue">
              {initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="xs" data-testid="user-name">
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          leftSection={<IconUserCircle size={16} />}
          onClick={() => navigate('/settings/profile')}
          data-testid="menu-profile"
        >
          {t('shell.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('common.language')}</Menu.Label>
        {LOCALES.map((l: Locale) => (
          <Menu.Item
            key={l}
            rightSection={tick(user.locale === l)}
            onClick={() => prefs.mutate({ locale: l })}
            data-testid={`menu-locale-${l}`}
          >
            {t(`locales.${l}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Label>{t('common.theme')}</Menu.Label>
        {THEMES.map(({ value, icon: Icon }) => (
          <Menu.Item
            key={value}
            leftSection={<Icon size={16} />}
            rightSection={tick(user.theme === value)}
            onClick={() => prefs.mutate({ theme: value })}
            data-testid={`menu-theme-${value}`}
          >
            {t(`themes.${value}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => logout.mutate()}
          data-testid="menu-logout"
        >
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
