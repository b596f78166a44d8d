import { Avatar } from '@mantine/core';
import { buildUrl } from '../../../api/client.js';
import { initialsOf } from './initials.js';

interface Props {
  personId: string;
  name: string;
  /** From the list/GET response: only then is the image requested (no 404 per row). */
  hasPhoto: boolean | undefined;
  size?: number;
}

/** A small round avatar for lists: the person's photo when the server says there is one, else initials. */
export function PersonAvatar({ personId, name, hasPhoto, size = 26 }: Props) {
  return (
    <Avatar
      src={hasPhoto ? buildUrl(`/people/${encodeURIComponent(personId)}/photo`) : null}
      size={size}
      radius="xl"
      alt={name}
      data-testid="person-avatar"
      data-has-photo={String(!!hasPhoto)}
    >
      {initialsOf(name)}
    </Avatar>
  );
}
