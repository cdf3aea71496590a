import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import type { OutputOf, PackCounts, ReplyImport } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDate } from '../ui/format';
import { useToast } from '../ui/Toast';
import { saveJsonFile } from './files';

/*
 * The manager's side of share packs (docs/share-pack.md): "Share with rep…" writes the pack and logs it;
 * "Import reply file…" previews what the rep wrote back and attaches it, all or nothing; the log says
 * what left and what came back, with every reply that had nothing left to attach to.
 */

export function countsText(c: PackCounts): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    part(c.oneOnOnes, 'one-to-one', 'one-to-ones'),
    part(c.observations, 'piece of feedback', 'pieces of feedback'),
    part(c.calls, 'call', 'calls'),
    part(c.commitments, 'commitment', 'commitments'),
    part(c.goals, 'goal', 'goals'),
  ].join(', ');
}

/** The header button and its dialog: what goes in the pack, what never does, then the file. */
export function ShareWithRepButton({ repId, repName }: { repId: string; repName: string }) {
  const api = useApi();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const share = useMutation({
    mutationFn: () => api.sharePacks.export({ repId }),
    onSuccess: (result) => {
      saveJsonFile(result.fileName, result.content);
      setOpen(false);
      toast({
        message: `Share pack for ${repName} saved as ${result.fileName}: ${countsText(result.export.counts)}.`,
      });
    },
  });
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Share with rep…
      </button>
      <Dialog title={`Share with ${repName}`} open={open} onClose={() => setOpen(false)}>
        <p>
          Saves one file with everything you have shared with {repName}: one-to-ones with their shared notes,
          agenda, focus and commitments; feedback marked “Shared with rep” (observations, call annotations,
          scorecard lines) with its replies; goals; and the behaviours they name.
        </p>
        <p>
          <strong>Never in it:</strong> your private notes, private feedback, coaching notes, or anything
          about another rep. {repName} opens it read-only in their own Coachbench and can send back a reply
          file.
        </p>
        {share.error ? (
          <p className="form-error" role="alert">
            {errorMessage(share.error)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={share.isPending}
            onClick={() => share.mutate()}
          >
            {share.isPending ? 'Saving…' : 'Save share pack'}
          </button>
        </div>
      </Dialog>
    </>
  );
}

type ReplyPreview = OutputOf<'sharePacks.prepareReplies'>;

/** The rep page's panel: import a reply file, and the log of packs and replies. */
export function SharingPanel({ repId, repName }: { repId: string; repName: string }) {
  const api = useApi();
  const log = useApiQuery('sharePacks.log', { repId });
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<ReplyPreview | null>(null);
  const [result, setResult] = useState<ReplyImport | null>(null);
  const read = useMutation({
    mutationFn: async (file: File) =>
      api.sharePacks.prepareReplies({ fileName: file.name, content: await file.text() }),
    onSuccess: (p) => setPreview(p),
  });
  const commit = useMutation({
    mutationFn: (preparedId: string) => api.sharePacks.importReplies({ preparedId }),
    onSuccess: (r) => {
      setPreview(null);
      setResult(r.import);
    },
  });
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) {
      commit.reset();
      setResult(null);
      read.mutate(file);
    }
  };
  return (
    <section className="panel share-panel" aria-labelledby="sharing-title">
      <h2 id="sharing-title">Shared with {repName}</h2>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => input.current?.click()}
          disabled={read.isPending}
        >
          {read.isPending ? 'Reading…' : 'Import reply file…'}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={`Reply file from ${repName}`}
          onChange={choose}
        />
      </div>
      {read.error ? (
        <p className="form-error" role="alert">
          {errorMessage(read.error)}
        </p>
      ) : null}
      {result ? <ImportResult result={result} /> : null}
      {log.isPending ? <p className="muted">Loading…</p> : null}
      {log.error ? <p role="alert">{errorMessage(log.error)}</p> : null}
      {log.data ? <ShareLog log={log.data} /> : null}
      <Dialog
        title={`Replies from ${preview?.repName ?? repName}`}
        open={preview !== null}
        onClose={() => setPreview(null)}
      >
        {preview ? (
          <>
            <p>
              Written {formatDate(preview.writtenAt.slice(0, 10))}, answering your share pack.{' '}
              {preview.replies.length} {preview.replies.length === 1 ? 'reply' : 'replies'} and{' '}
              {preview.agendaPoints.length} talking {preview.agendaPoints.length === 1 ? 'point' : 'points'}.
            </p>
            <ul className="plain-list share-preview">
              {preview.replies.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a preview's rows have no ids and never move
                <li key={i}>
                  <strong>{r.about}</strong>: {r.stance === 'agree' ? 'agrees' : 'sees it differently'} —{' '}
                  {r.text}
                </li>
              ))}
              {preview.agendaPoints.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <li key={`p${i}`}>
                  <strong>{p.about}</strong>: talking point — {p.text}
                </li>
              ))}
            </ul>
            {commit.error ? (
              <p className="form-error" role="alert">
                {errorMessage(commit.error)}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setPreview(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={commit.isPending}
                onClick={() => commit.mutate(preview.preparedId)}
              >
                Import replies
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}

function ImportResult({ result }: { result: ReplyImport }) {
  return (
    <div role="status" className="share-result">
      <p>
        Imported {result.replies} {result.replies === 1 ? 'reply' : 'replies'} and {result.agendaPoints}{' '}
        talking {result.agendaPoints === 1 ? 'point' : 'points'}
        {result.alreadyImported > 0 ? ` (${result.alreadyImported} were already here)` : ''}.
        {result.unmatched.length > 0
          ? ` ${result.unmatched.length} had nothing left to attach to: see below.`
          : ''}
      </p>
    </div>
  );
}

function ShareLog({ log }: { log: OutputOf<'sharePacks.log'> }) {
  if (log.exports.length === 0 && log.replyImports.length === 0)
    return <p className="muted">Nothing shared as a file yet.</p>;
  return (
    <>
      {log.replyImports.some((i) => i.unmatched.length > 0) ? (
        <section aria-labelledby="unmatched-title">
          <h3 id="unmatched-title">Replies with nothing left to attach to</h3>
          <ul className="plain-list">
            {log.replyImports.flatMap((i) =>
              i.unmatched.map((u) => (
                <li key={`${i.id}-${u.itemId}-${u.writtenAt}`}>
                  <strong>{u.about}</strong>
                  {u.stance
                    ? ` · ${u.stance === 'agree' ? 'agrees' : 'sees it differently'}`
                    : ' · talking point'}
                  : {u.text}
                  <br />
                  <span className="muted">{u.reason}</span>
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}
      <h3>History</h3>
      <ul className="plain-list share-log">
        {[
          ...log.exports.map((e) => ({
            at: e.exportedAt,
            key: e.id,
            text: `Share pack saved by ${e.exportedByName}: ${countsText(e.counts)}`,
          })),
          ...log.replyImports.map((i) => ({
            at: i.importedAt,
            key: i.id,
            text: `Reply file imported by ${i.importedByName}: ${i.replies} ${i.replies === 1 ? 'reply' : 'replies'}, ${i.agendaPoints} talking ${i.agendaPoints === 1 ? 'point' : 'points'}${i.unmatched.length > 0 ? `, ${i.unmatched.length} kept unattached` : ''}`,
          })),
        ]
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((entry) => (
            <li key={entry.key}>
              <time dateTime={entry.at}>{formatDate(entry.at.slice(0, 10))}</time> · {entry.text}
            </li>
          ))}
      </ul>
    </>
  );
}
