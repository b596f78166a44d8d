import { Code, Text } from '@mantine/core';
import type { ReactNode } from 'react';

// Notes are Markdown and never trusted HTML: they are turned into React elements (text is escaped by
// React), covering paragraphs, **bold**, *italic* and `code`. Anything else shows as typed.
const INLINE = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;

function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of a static text never reorder
      return <b key={i}>{part.slice(2, -2)}</b>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of a static text never reorder
      return <Code key={i}>{part.slice(1, -1)}</Code>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2)
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of a static text never reorder
      return <i key={i}>{part.slice(1, -1)}</i>;
    return part;
  });
}

export function MarkdownText({ body }: { body: string }) {
  return (
    <>
      {body.split(/\n{2,}/).map((para, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of a static text never reorder
        <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {inline(para)}
        </Text>
      ))}
    </>
  );
}
