import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODULES } from '../../app/modules.js';
import { useCan, useCurrentSession } from '../auth/use-session.js';

/** The landing page after sign-in: a greeting and a card per module the user may open. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const can = useCan();
  const cards = MODULES.filter((m) => m.key !== 'home' && (!m.permission || can(m.permission)));
  return (
    <Stack gap="lg" data-testid="home-page">
      <div>
        <Title order={2}>{t('home.welcome', { name: user.name })}</Title>
        <Text c="dimmed">{t('home.subtitle')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {cards.map((m) => (
          <Card key={m.key} withBorder radius="md" padding="lg" component={Link} to={m.path}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon size={40} radius="md" variant="light">
                <m.icon size={22} />
              </ThemeIcon>
              <div>
                <Text fw={600}>{t(`modules.${m.key}.title`)}</Text>
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {t(`modules.${m.key}.description`)}
                </Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
