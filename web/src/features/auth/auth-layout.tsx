import { Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../shared/language-picker.js';

/** The centred card around the setup and sign-in forms. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="var(--mantine-color-body)">
      <Container size={440} w="100%" py="xl">
        <Stack gap="lg">
          <Group justify="space-between">
            <Group gap="xs">
              <IconAddressBook size={28} color="var(--mantine-color-blue-filled)" />
              <Text fw={700} size="xl">
                {t('app.name')}
              </Text>
            </Group>
            <LanguagePicker />
          </Group>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={2} size="h3">
              {title}
            </Title>
            <Text c="dimmed" size="sm" mt={4} mb="lg">
              {subtitle}
            </Text>
            {children}
          </Paper>
        </Stack>
      </Container>
    </Center>
  );
}
