import type { ReactNode } from 'react';
import type { RichTextDoc } from '../../shared/contract';
import { plainTextOf, richTextProblem } from '../../shared/rich-text/schema';

interface Node {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: Node[];
  marks?: { type?: string }[];
}

function text(node: Node, key: number): ReactNode {
  let out: ReactNode = node.text;
  // Behaviour tags are coaching metadata: printed as the plain words, like the Markdown export.
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = <strong>{out}</strong>;
    else if (mark.type === 'italic') out = <em>{out}</em>;
    else if (mark.type === 'strike') out = <s>{out}</s>;
    else if (mark.type === 'code') out = <code>{out}</code>;
    else if (mark.type === 'underline') out = <u>{out}</u>;
  }
  return <span key={key}>{out}</span>;
}

function children(node: Node): ReactNode[] {
  return (node.content ?? []).map((child, i) => render(child, i));
}

function render(node: Node, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return text(node, key);
    case 'paragraph':
      return <p key={key}>{children(node)}</p>;
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 3), 1), 3);
      // The page has its own h1 and h2: note headings sit below them.
      return level === 1 ? <h4 key={key}>{children(node)}</h4> : <h5 key={key}>{children(node)}</h5>;
    }
    case 'bulletList':
      return <ul key={key}>{children(node)}</ul>;
    case 'orderedList':
      return <ol key={key}>{children(node)}</ol>;
    case 'listItem':
      return <li key={key}>{children(node)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children(node)}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children(node)}</code>
        </pre>
      );
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return node.content ? <div key={key}>{children(node)}</div> : null;
  }
}

export function hasText(doc: RichTextDoc): boolean {
  return plainTextOf(doc).trim() !== '';
}

/**
 * A tiptap document shown read-only, built as React elements (never as HTML strings). One that does not
 * fit the schema (older content, or nesting deep enough to overflow this recursive rendering) is shown
 * as its plain text, so nothing the rep should see goes blank.
 */
export function RichTextView({ doc }: { doc: RichTextDoc }) {
  if (richTextProblem(doc) !== null)
    return (
      <div className="rich-text-view">
        {plainTextOf(doc)
          .split('\n')
          .map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered.
            <p key={i}>{line}</p>
          ))}
      </div>
    );
  return <div className="rich-text-view">{children(doc as Node)}</div>;
}
