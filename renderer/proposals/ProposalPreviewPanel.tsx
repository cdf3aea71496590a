import { FORMAT_LABELS } from './format';
import type { ProposalPreview } from './use-proposal-file';

/** What the core read: format, size, outline and warnings, before anything is saved. */
export function ProposalPreviewPanel({ preview }: { preview: ProposalPreview }) {
  return (
    <section className="panel" aria-labelledby="proposal-preview-title">
      <h2 id="proposal-preview-title">
        {preview.fileName ?? 'Pasted text'} · {FORMAT_LABELS[preview.format]}
      </h2>
      <p className="muted">
        {preview.words.toLocaleString()} words
        {preview.pages !== null ? ` · ${preview.pages} pages` : ''}
        {preview.sha256 ? ` · SHA-256 ${preview.sha256.slice(0, 12)}…` : ''}
      </p>
      {preview.outline.length > 0 ? (
        <>
          <h3>Outline</h3>
          <ol className="plain-list">
            {preview.outline.map((heading, i) => (
              // Headings repeat ("Pricing" twice): the position is the identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one preview
              <li key={i}>{heading}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">No headings were found.</p>
      )}
      {preview.warnings.length > 0 ? (
        <>
          <h3>Read with changes</h3>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="proposal-excerpt">{preview.excerpt}</p>
    </section>
  );
}
