import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One figure on the start page: a label, the value, a line of context; the card links to the module. */
export function KpiCard(props: {
  icon: Icon;
  label: string;
  value: string;
  hint?: ReactNode;
  to: string;
  testId: string;
}) {
  return (
    <Card withBorder radius="md" padding="md" component={Link} to={props.to} data-testid={props.testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        {/* The label may wrap (Russian, Latvian); the icon keeps its size and stays inside the card. */}
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {props.label}
          </Text>
          <Text fw={700} fz={26} lh={1.3} data-testid={`${props.testId}-value`}>
            {props.value}
          </Text>
        </div>
        <ThemeIcon
          size={36}
          radius="md"
          variant="light"
          style={{ flexShrink: 0 }}
          data-testid={`${props.testId}-icon`}
        >
          <props.icon size={20} />
        </ThemeIcon>
      </Group>
      {props.hint && (
        <Text size="sm" c="dimmed" mt={4}>
          {props.hint}
        </Text>
      )}
    </Card>
  );
}
