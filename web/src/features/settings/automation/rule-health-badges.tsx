import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { RuleHealth } from '@server/modules/automation/rule-health.schemas.js';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';

/**
 * Under a rule's name in the list: a red badge with its failures of the last 7 days, "paused" when it
 * was switched off for failing too often, and the last error while it keeps failing. Nothing when
 * the rule is healthy. Clicking a badge opens the run history (`onOpen`).
 */
export function RuleHealthBadges({ health, onOpen }: { health: RuleHealth; onOpen: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const failingNow = health.failureStreak > 0 && health.lastError != null;
  if (health.failedLast7Days === 0 && health.pausedAt == null && !failingNow) return null;
  return (
    <Stack gap={2} mt={4} data-testid="rule-health">
      <Group gap={4}>
        {health.pausedAt != null && (
          <Tooltip label={t('automation.health.pausedHint')} multiline w={260}>
            <Badge
              color="red"
              variant="filled"
              size="sm"
              style={{ cursor: 'pointer' }}
              data-testid="rule-paused"
              onClick={onOpen}
            >
              {t('automation.health.paused', { count: health.failureStreak })}
            </Badge>
          </Tooltip>
        )}
        {health.failedLast7Days > 0 && (
          <Badge
            color="red"
            variant="light"
            size="sm"
            style={{ cursor: 'pointer' }}
            data-testid="rule-failures"
            onClick={onOpen}
          >
            {t('automation.health.failures', { count: health.failedLast7Days })}
          </Badge>
        )}
      </Group>
      {failingNow && (
        <Text
          size="xs"
          c="red"
          lineClamp={2}
          title={health.lastError ?? undefined}
          data-testid="rule-last-error"
        >
          {t('automation.health.lastError', {
            error: health.lastError,
            at: health.lastFailedAt != null ? fmt.dateTime(health.lastFailedAt) : '',
          })}
        </Text>
      )}
    </Stack>
  );
}
