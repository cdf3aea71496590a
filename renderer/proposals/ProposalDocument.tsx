import { type ReactNode, useMemo } from 'react';
import type { ProposalAnnotation, RichTextDoc } from '../../shared/contract';
import { documentText } from '../../shared/rich-text/text-offsets';

type Json = Record<string, unknown>;

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The selection inside the document as offsets into its plain text (what annotations count in), or
 * null when it is empty or reaches outside. Every piece of text is its own span with `data-start`.
 */
export function selectionRange(container: HTMLElement): TextRange | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const span = element?.closest<HTMLElement>('[data-start]');
    if (!span || !container.contains(span)) return null;
    const start = Number(span.dataset.start);
    return node.nodeType === Node.TEXT_NODE ? start + offset : start;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

const MARKS: Record<string, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
};

/** The annotation a click in the document landed on (its highlight), if any. */
export function annotationAt(target: EventTarget | null): string | null {
  return target instanceof Element
    ? (target.closest<HTMLElement>('[data-annotation]')?.dataset.annotation ?? null)
    : null;
}

/**
 * A version's document, read-only, with each annotated passage highlighted. Drawn from the stored JSON
 * (no editor): a 50-page proposal is a few thousand blocks, and nothing here is typed into.
 */
export function ProposalDocument({
  doc,
  annotations,
  selectedId,
  pageStarts,
}: {
  doc: RichTextDoc;
  annotations: ProposalAnnotation[];
  selectedId: string | null;
  pageStarts: { page: number; offset: number }[];
}) {
  const placed = useMemo(
    () => annotations.filter((a) => a.start !== null && a.end !== null && !a.resolved),
    [annotations],
  );
  const rendered = useMemo(() => {
    const { runs } = documentText(doc);
    const startOf = new Map(runs.map((r) => [r.node, r.start]));
    const pageAt = new Map(pageStarts.map((p) => [p.offset, p.page]));
    let key = 0;
    const textPieces = (node: Json): ReactNode[] => {
      const text = node.text as string;
      const start = startOf.get(node) ?? 0;
      const end = start + text.length;
      const cuts = new Set([0, text.length]);
      for (const a of placed) {
        if (a.start! > start && a.start! < end) cuts.add(a.start! - start);
        if (a.end! > start && a.end! < end) cuts.add(a.end! - start);
      }
      const points = [...cuts].sort((x, y) => x - y);
      const out: ReactNode[] = [];
      for (let i = 0; i < points.length - 1; i += 1) {
        const from = start + points[i]!;
        const to = start + points[i + 1]!;
        let piece: ReactNode = (
          <span key={key++} data-start={from}>
            {text.slice(points[i]!, points[i + 1]!)}
          </span>
        );
        for (const mark of (node.marks as { type: string }[] | undefined) ?? []) {
          const Tag = MARKS[mark.type] as 'strong' | undefined;
          if (Tag) piece = <Tag key={key++}>{piece}</Tag>;
        }
        const covering = placed.filter((a) => a.start! < to && a.end! > from);
        if (covering.length > 0) {
          const first = covering[0]!;
          piece = (
            <mark
              key={key++}
              className={
                covering.some((a) => a.id === selectedId)
                  ? 'proposal-mark proposal-mark-selected'
                  : 'proposal-mark'
              }
              data-annotation={first.id}
            >
              {piece}
            </mark>
          );
        }
        out.push(piece);
      }
      return out;
    };
    const render = (node: Json): ReactNode => {
      const children = () => ((node.content as Json[] | undefined) ?? []).map(render);
      const k = key++;
      switch (node.type) {
        case 'doc':
          return <>{children()}</>;
        case 'paragraph':
        case 'heading': {
          const first = ((node.content as Json[] | undefined) ?? []).find((c) => typeof c.text === 'string');
          const page = first ? pageAt.get(startOf.get(first) ?? -1) : undefined;
          const marker =
            page !== undefined ? (
              <span className="proposal-page">
                <span className="visually-hidden">Page </span>
                <span aria-hidden="true">p. </span>
                {page}
              </span>
            ) : null;
          if (node.type === 'paragraph')
            return (
              <p key={k}>
                {marker}
                {children()}
              </p>
            );
          const level = Math.min(6, Number((node.attrs as { level?: number } | undefined)?.level ?? 1) + 1);
          const Tag = `h${level}` as 'h2';
          return (
            <Tag key={k}>
              {marker}
              {children()}
            </Tag>
          );
        }
        case 'text':
          return <span key={k}>{textPieces(node)}</span>;
        case 'hardBreak':
          return <br key={k} />;
        case 'bulletList':
          return <ul key={k}>{children()}</ul>;
        case 'orderedList':
          return <ol key={k}>{children()}</ol>;
        case 'listItem':
          return <li key={k}>{children()}</li>;
        case 'blockquote':
          return <blockquote key={k}>{children()}</blockquote>;
        case 'codeBlock':
          return <pre key={k}>{children()}</pre>;
        case 'horizontalRule':
          return <hr key={k} />;
        case 'table':
          return (
            <div className="table-scroll" key={k}>
              <table className="table">
                <tbody>{children()}</tbody>
              </table>
            </div>
          );
        case 'tableRow':
          return <tr key={k}>{children()}</tr>;
        case 'tableCell':
          return <td key={k}>{children()}</td>;
        case 'tableHeader':
          return <th key={k}>{children()}</th>;
        default:
          return <span key={k}>{children()}</span>;
      }
    };
    return render(doc as Json);
  }, [doc, placed, selectedId, pageStarts]);
  return <>{rendered}</>;
}
