import type { SnippetPart } from '../../shared/contract';

/**
 * Text with the matching words marked. The parts are plain strings rendered as React text, so a note
 * holding markup shows the characters, never runs them.
 */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder; the index is their identity.
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
