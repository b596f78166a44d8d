import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { useFormat } from '../../shared/format.js';

interface AppNotification {
  id: string;
  kind: string;
  titleKey: string;
  params: Record<string, unknown>;
  link: string | null;
  readAt: number | null;
  createdAt: number;
}

const key = ['notifications'] as const;
const POLL_MS = 30_000;

/** The header bell: unread count (polled every 30 s), the latest notifications, mark read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const count = useQuery({
    queryKey: [...key, 'count'],
    queryFn: () => api.get<{ count: number }>('/notifications/unread-count'),
    refetchInterval: POLL_MS,
  });
  const list = useQuery({
    queryKey: [...key, 'list'],
    queryFn: () => api.get<Page<AppNotification>>('/notifications', { limit: 20 }),
    enabled: opened,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: key });
  const read = useMutation({
    mutationFn: (id: string) => api.post(`/notifications/${id}/read`),
    onSuccess: refresh,
  });
  const readAll = useMutation({ mutationFn: () => api.post('/notifications/read-all'), onSuccess: refresh });
  const unread = count.data?.count ?? 0;
  const open = (n: AppNotification) => {
    if (!n.readAt) read.mutate(n.id);
    setOpened(false);
    if (n.link) navigate(n.link);
  };
  const text = (n: AppNotification) =>
    t(n.titleKey, {
      ...n.params,
      due: typeof n.params.dueAt === 'number' ? fmt.dateTime(n.params.dueAt) : '',
      defaultValue: n.kind,
    });

  return (
    <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} offset={4} data-testid="bell-count">
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('notifications.title')}
            data-testid="bell"
            data-unread={unread}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" p="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          <Button size="compact-xs" variant="subtle" disabled={unread === 0} onClick={() => readAll.mutate()}>
            {t('notifications.readAll')}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={400}>
          <Stack gap={0} data-testid="notification-list">
            {list.data?.data.length === 0 && (
              <Text c="dimmed" size="sm" p="sm">
                {t('notifications.empty')}
              </Text>
            )}
            {list.data?.data.map((n) => (
              <UnstyledButton
                key={n.id}
                p="xs"
                onClick={() => open(n)}
                data-testid="notification-item"
                data-kind={n.kind}
              >
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {text(n)}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(n.createdAt)}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
