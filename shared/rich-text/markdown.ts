/** tiptap JSON → Markdown, for exports. Behaviour tags are coaching metadata and are left out. */
interface Node {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: Node[];
  marks?: { type?: string }[];
}

function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]#<>])/g, '\\$1');
}

function inline(nodes: Node[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '  \n';
      if (typeof n.text !== 'string') return inline(n.content);
      let text = escapeText(n.text);
      const marks = new Set((n.marks ?? []).map((m) => m.type));
      if (marks.has('code')) text = `\`${n.text}\``;
      if (marks.has('bold')) text = `**${text}**`;
      if (marks.has('italic')) text = `*${text}*`;
      if (marks.has('strike')) text = `~~${text}~~`;
      return text;
    })
    .join('');
}

function block(node: Node, indent: string): string[] {
  switch (node.type) {
    case 'paragraph':
      return [indent + inline(node.content)];
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 2)));
      return [`${'#'.repeat(level + 1)} ${inline(node.content)}`];
    }
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => block(child, '')).map((line) => `> ${line}`);
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).flatMap((item, index) => {
        const bullet = node.type === 'bulletList' ? '- ' : `${index + 1}. `;
        const lines = (item.content ?? []).flatMap((child) => block(child, ''));
        return lines.map((line, i) => (i === 0 ? `${indent}${bullet}${line}` : `${indent}   ${line}`));
      });
    case 'codeBlock':
      return ['```', ...(node.content ?? []).map((n) => n.text ?? ''), '```'];
    case 'horizontalRule':
      return ['---'];
    default:
      return node.content ? node.content.flatMap((child) => block(child, indent)) : [];
  }
}

export function markdownOf(doc: unknown): string {
  const root = doc as Node;
  const blocks = (root?.content ?? []).map((n) => block(n, '').join('\n')).filter((b) => b.trim() !== '');
  return blocks.join('\n\n');
}
