import { Center, Stack, Text } from '@mantine/core';
import { CreateButton } from '../../../shared/create-button.js';

/** An empty settings list: what its rows are for, and (for those who may) a button to create the first. */
export function EmptyList(props: {
  text: string;
  createLabel?: string;
  onCreate?: () => void;
  testId: string;
}) {
  return (
    <Center py="xl" data-testid={props.testId}>
      <Stack align="center" gap="sm" maw={520}>
        <Text c="dimmed" ta="center">
          {props.text}
        </Text>
        {props.onCreate && props.createLabel && (
          <CreateButton
            label={props.createLabel}
            onClick={props.onCreate}
            testId={`${props.testId}-create`}
          />
        )}
      </Stack>
    </Center>
  );
}
