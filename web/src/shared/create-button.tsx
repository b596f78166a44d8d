import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

/** The "+ New …" button at the head of a page. */
export function CreateButton(props: { label: string; onClick: () => void; testId?: string }) {
  return (
    <Button leftSection={<IconPlus size={16} />} onClick={props.onClick} data-testid={props.testId}>
      {props.label}
    </Button>
  );
}
