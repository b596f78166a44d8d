import { ActionIcon, Box, Card, Group, Menu, Text } from '@mantine/core';
import { IconArrowsRightLeft, IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat, useTimeZone } from '../../../shared/format.js';
import { useMoney } from '../money.js';
import { useLabel } from '../sales.api.js';
import type { Deal, Stage } from '../sales.types.js';
import { isCloseOverdue, todayIn } from './close-overdue.js';

interface Props {
  deal: Deal;
  stages: Stage[];
  canMove: boolean;
  onOpen: () => void;
  onMove: (stageId: string) => void;
  /** Dropping another card on this one places it just before. */
  onDropBefore: (dealId: string) => void;
}

/** A draggable deal card; the "move to stage" menu is the keyboard way to do the same. */
export function DealCard({ deal, stages, canMove, onOpen, onMove, onDropBefore }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  const label = useLabel();
  const timeZone = useTimeZone();
  const kind = stages.find((s) => s.id === deal.stageId)?.kind;
  const overdue = isCloseOverdue(deal.expectedCloseDate, kind, todayIn(timeZone));
  return (
    <Card
      withBorder
      padding="xs"
      radius="sm"
      draggable={canMove}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', deal.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => canMove && e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const id = e.dataTransfer.getData('text/plain');
        if (id && id !== deal.id) onDropBefore(id);
      }}
      // A click anywhere on the card opens the deal (not only on its title); a drag is not a click.
      onClick={onOpen}
      style={{ cursor: canMove ? 'grab' : 'pointer' }}
      data-testid={`deal-card-${deal.id}`}
      data-deal-title={deal.title}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Text
          size="sm"
          fw={500}
          component="button"
          onClick={(e) => {
            e.stopPropagation();
            onOpen();
          }}
          style={{
            background: 'none',
            border: 0,
            padding: 0,
            textAlign: 'left',
            cursor: 'pointer',
            color: 'inherit',
          }}
          lineClamp={2}
        >
          {deal.title}
        </Text>
        {canMove && (
          // React events bubble out of the portal too: picking a stage must not also open the deal.
          <Box onClick={(e) => e.stopPropagation()}>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('sales.moveTo')}
                  data-testid="deal-move-menu"
                >
                  <IconArrowsRightLeft size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('sales.moveTo')}</Menu.Label>
                {stages
                  .filter((s) => s.id !== deal.stageId)
                  .map((s) => (
                    <Menu.Item
                      key={s.id}
                      onClick={() => onMove(s.id)}
                      data-testid={`move-to-${s.key ?? s.id}`}
                    >
                      {label(s)}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          </Box>
        )}
      </Group>
      <Group justify="space-between" mt={4} gap={4}>
        <Text size="sm" c="teal.7" fw={600}>
          {money(deal.amount, deal.currency)}
        </Text>
        {deal.expectedCloseDate && (
          <Group gap={2} c={overdue ? 'red' : 'dimmed'}>
            <IconCalendar size={12} />
            <Text
              size="xs"
              c={overdue ? 'red' : 'dimmed'}
              fw={overdue ? 600 : undefined}
              title={overdue ? t('sales.closeOverdue') : undefined}
              data-testid="deal-close-date-card"
              data-overdue={overdue || undefined}
            >
              {fmt.date(deal.expectedCloseDate)}
            </Text>
          </Group>
        )}
      </Group>
    </Card>
  );
}
