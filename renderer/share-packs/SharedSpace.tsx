import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import type { OutputOf } from '../../shared/contract';
import { useApiCache, useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDate } from '../ui/format';
import { countsText } from './ManagerSharing';
import { OpenedPackView } from './OpenedPackView';

type PackPreview = OutputOf<'sharePacks.prepareOpen'>;

/**
 * The rep's space for share packs: open a pack their manager sent (read, checked, previewed, then
 * opened), and each open pack, read-only, apart from their own records.
 */
export function SharedSpace() {
  const api = useApi();
  const cache = useApiCache();
  const opened = useApiQuery('sharePacks.opened', {});
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const read = useMutation({
    mutationFn: async (file: File) =>
      api.sharePacks.prepareOpen({ fileName: file.name, content: await file.text() }),
    onSuccess: (p) => setPreview(p),
  });
  const open = useMutation({
    mutationFn: (preparedId: string) => api.sharePacks.open({ preparedId }),
    onSuccess: (pack) => {
      const others = (opened.data ?? []).filter((p) => p.pack.manager.id !== pack.pack.manager.id);
      cache.set('sharePacks.opened', {}, [pack, ...others]);
      setPreview(null);
    },
  });
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) {
      open.reset();
      read.mutate(file);
    }
  };
  return (
    <section className="shared-space" aria-labelledby="shared-space-title">
      <div className="section-header">
        <h2 id="shared-space-title">From your manager</h2>
        <button
          type="button"
          className="button"
          onClick={() => input.current?.click()}
          disabled={read.isPending}
        >
          {read.isPending ? 'Reading…' : 'Open a share pack…'}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Share pack file"
          onChange={choose}
        />
      </div>
      <p className="muted">
        A share pack is the file your manager saves with everything they shared with you. It opens here
        read-only, apart from your own records; a newer pack from the same manager replaces the older one.
      </p>
      {read.error ? (
        <p className="form-error" role="alert">
          {errorMessage(read.error)}
        </p>
      ) : null}
      {opened.isPending ? <p className="muted">Loading…</p> : null}
      {opened.error ? <p role="alert">{errorMessage(opened.error)}</p> : null}
      {opened.data && opened.data.length === 0 ? <p className="muted">No share pack opened yet.</p> : null}
      {(opened.data ?? []).map((p) => (
        <OpenedPackView key={p.id} opened={p} />
      ))}
      <Dialog title="Open share pack" open={preview !== null} onClose={() => setPreview(null)}>
        {preview ? (
          <>
            <p>
              From <strong>{preview.managerName}</strong> for {preview.repName}, written{' '}
              {formatDate(preview.exportedAt.slice(0, 10))}: {countsText(preview.counts)}.
            </p>
            {(opened.data ?? []).some((p) => p.pack.manager.name === preview.managerName) ? (
              <p>It replaces the pack from {preview.managerName} open now; what you wrote about it stays.</p>
            ) : null}
            {open.error ? (
              <p className="form-error" role="alert">
                {errorMessage(open.error)}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setPreview(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={open.isPending}
                onClick={() => open.mutate(preview.preparedId)}
              >
                Open pack
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}
