import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';

export interface Bar {
  key: string;
  label: string;
  /** The main (dark) part. */
  value: number;
  /** Optional lighter background bar (e.g. the unweighted amount). */
  outer?: number;
  caption: string;
}

/** Horizontal bars scaled to the largest value: no chart library, just boxes. */
export function BarChart({ bars, testId }: { bars: Bar[]; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.outer ?? 0)));
  return (
    <Stack gap={6} data-testid={testId}>
      {bars.map((b) => (
        <Group key={b.key} gap="sm" wrap="nowrap" data-testid="bar">
          {/* Wraps (two lines at most) rather than cutting a long stage name; the title has it whole. */}
          <Text size="sm" w={200} lineClamp={2} ta="right" title={b.label} style={{ flexShrink: 0 }}>
            {b.label}
          </Text>
          <Tooltip label={b.caption}>
            <Box pos="relative" h={22} style={{ flex: 1 }}>
              {b.outer !== undefined && (
                <Box
                  pos="absolute"
                  h="100%"
                  w={`${(b.outer / max) * 100}%`}
                  bg="var(--mantine-color-blue-light)"
                  style={{ borderRadius: 4 }}
                />
              )}
              <Box
                pos="absolute"
                h="100%"
                w={`${(b.value / max) * 100}%`}
                miw={b.value > 0 ? 2 : 0}
                bg="var(--mantine-color-blue-filled)"
                style={{ borderRadius: 4 }}
              />
            </Box>
          </Tooltip>
          <Text size="xs" w={240} c="dimmed">
            {b.caption}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
