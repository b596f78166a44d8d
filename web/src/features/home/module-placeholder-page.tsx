import { Badge, Center, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ModuleDef } from '../../app/modules.js';

const FEATURES = ['f1', 'f2', 'f3'] as const;

/** A module that is not built yet: says so and what it will do, rather than a blank page. */
export function ModulePlaceholderPage({ module }: { module: ModuleDef }) {
  const { t } = useTranslation();
  const base = `modules.${module.key}`;
  return (
    <Center py="xl" data-testid={`module-${module.key}`}>
      <Paper withBorder radius="md" p="xl" maw={620} w="100%">
        <Stack align="center" ta="center" gap="sm">
          <ThemeIcon size={64} radius="xl" variant="light">
            <module.icon size={34} stroke={1.5} />
          </ThemeIcon>
          <Title order={2}>{t(`${base}.title`)}</Title>
          <Badge variant="light" color="gray">
            {t('modules.comingSoon')}
          </Badge>
          <Text c="dimmed">{t(`${base}.description`)}</Text>
        </Stack>
        <Text fw={600} mt="lg" mb="xs">
          {t('modules.willDo')}
        </Text>
        <List
          spacing="xs"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="teal">
              <IconCircleCheck size={14} />
            </ThemeIcon>
          }
        >
          {FEATURES.map((f) => (
            <List.Item key={f}>{t(`${base}.${f}`)}</List.Item>
          ))}
        </List>
      </Paper>
    </Center>
  );
}
