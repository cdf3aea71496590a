import { type DragEvent, useId, useRef, useState } from 'react';
import { MAX_TRANSCRIPT_FILE_BYTES, type OutputOf } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import { formatBytes, formatClock, formatDuration, plural, TRANSCRIPT_FORMAT_LABELS } from './format';
import { bytesToBase64, TRANSCRIPT_EXTENSIONS } from './import-model';

/** The core's reading of the transcript; its preparedId is what callReviews.create imports. */
export type TranscriptPreview = OutputOf<'transcripts.prepare'>;

/**
 * What the core is sent: a file's bytes (base64) or pasted text, with the manager's answers to the
 * preview (labels that are not speakers; a Word document to import as plain text anyway).
 */
export type TranscriptSource = (
  | { kind: 'file'; fileName: string; contentBase64: string }
  | { kind: 'text'; text: string }
) & { notSpeakers?: string[]; asPlainText?: boolean };

function sourceInput(source: TranscriptSource) {
  const answers = {
    ...(source.notSpeakers?.length ? { notSpeakers: source.notSpeakers } : {}),
    ...(source.asPlainText ? { asPlainText: true } : {}),
  };
  return source.kind === 'file'
    ? { fileName: source.fileName, contentBase64: source.contentBase64, ...answers }
    : { text: source.text, ...answers };
}

/**
 * Step 2: a transcript file (dropped or chosen) or pasted text, previewed by the core without saving.
 * A file over the limit is refused before it is read; a transcript that does not parse shows what is
 * wrong and where, and nothing else happens.
 */
export function TranscriptStep({
  preview,
  onPreview,
  error,
}: {
  preview: TranscriptPreview | null;
  onPreview(result: { source: TranscriptSource; preview: TranscriptPreview } | null): void;
  /** A problem with the transcript reported when importing. */
  error?: string | undefined;
}) {
  const api = useApi();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<'file' | 'text'>('file');
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The source last previewed: rejecting a speaker or accepting plain text previews it again.
  const [shown, setShown] = useState<TranscriptSource | null>(null);
  const [notATranscript, setNotATranscript] = useState(false);

  async function show(source: TranscriptSource) {
    setBusy(true);
    setProblem(null);
    setNotATranscript(false);
    setShown(source);
    onPreview(null);
    try {
      onPreview({ source, preview: await api.transcripts.prepare(sourceInput(source)) });
    } catch (e) {
      setProblem(errorMessage(e));
      setNotATranscript(e instanceof ApiError && e.details?.reason === 'not-a-transcript');
    } finally {
      setBusy(false);
    }
  }

  async function readFile(file: File) {
    setFileName(file.name);
    onPreview(null);
    if (file.size > MAX_TRANSCRIPT_FILE_BYTES) {
      // Refused before reading: nothing this size is a transcript, and reading it would only stall the page.
      const size = formatBytes(file.size);
      const limit = formatBytes(MAX_TRANSCRIPT_FILE_BYTES);
      setProblem(
        `“${file.name}” is ${size === limit ? `just over ${size}` : size}: transcripts can be at most ${limit}. Export the transcript as text (.vtt, .srt, .docx or .txt), not the recording.`,
      );
      return;
    }
    setBusy(true);
    setProblem(null);
    let contentBase64: string;
    try {
      contentBase64 = bytesToBase64(await file.arrayBuffer());
    } catch (e) {
      setBusy(false);
      setProblem(`Could not read “${file.name}”: ${errorMessage(e)}`);
      return;
    }
    await show({ kind: 'file', fileName: file.name, contentBase64 });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  const shownError = problem ?? error;
  return (
    <div className="transcript-step">
      <fieldset className="field">
        <legend className="visually-hidden">Transcript source</legend>
        <div className="segmented">
          {(
            [
              ['file', 'A file'],
              ['text', 'Pasted text'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="segmented-option">
              <input
                type="radio"
                name={`${id}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      {mode === 'file' ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the button inside does the same from the keyboard.
        <div
          className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p className="drop-zone-title">Drop a transcript file here</p>
          <p className="muted drop-zone-hint">
            WebVTT, SRT, YouTube .sbv, Teams .docx or text ({TRANSCRIPT_EXTENSIONS.join(' ')}), up to{' '}
            {formatBytes(MAX_TRANSCRIPT_FILE_BYTES)}
          </p>
          <button type="button" className="button" onClick={() => inputRef.current?.click()}>
            Choose a file
          </button>
          <input
            ref={inputRef}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Transcript file"
            accept={TRANSCRIPT_EXTENSIONS.join(',')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) reads it again.
              e.target.value = '';
              if (file) void readFile(file);
            }}
          />
          {fileName ? <p className="drop-zone-file">{fileName}</p> : null}
        </div>
      ) : (
        <div className="paste-transcript">
          <div className="field">
            <label htmlFor={`${id}-text`}>Transcript text</label>
            <textarea
              id={`${id}-text`}
              rows={8}
              value={text}
              placeholder={'Priya: Thanks for making the time today.\nTom: Happy to.'}
              onChange={(e) => setText(e.target.value)}
            />
            <p className="field-hint">
              One line a turn, “Name: words”. Time stamps such as [00:01:23] are read when present.
            </p>
          </div>
          <button
            type="button"
            className="button"
            disabled={busy || text.trim() === ''}
            onClick={() => void show({ kind: 'text', text })}
          >
            Preview the text
          </button>
        </div>
      )}

      {busy ? (
        <p className="muted" aria-busy="true" role="status">
          Reading the transcript…
        </p>
      ) : null}
      {shownError ? (
        <div className="form-error transcript-error" role="alert">
          <strong>This transcript cannot be imported.</strong>
          <p>{shownError}</p>
          {notATranscript && shown && problem ? (
            <button
              type="button"
              className="button"
              onClick={() => void show({ ...shown, asPlainText: true })}
            >
              Import as plain text anyway
            </button>
          ) : null}
        </div>
      ) : null}
      {preview && !busy ? (
        <PreviewCard
          preview={preview}
          notSpeakers={shown?.notSpeakers ?? []}
          onNotSpeakers={(notSpeakers) => {
            if (shown) void show({ ...shown, notSpeakers });
          }}
        />
      ) : null}
    </div>
  );
}

function PreviewCard({
  preview,
  notSpeakers,
  onNotSpeakers,
}: {
  preview: TranscriptPreview;
  /** Labels the manager said are not speakers, read as text. */
  notSpeakers: string[];
  onNotSpeakers(labels: string[]): void;
}) {
  return (
    <section className="transcript-preview" aria-label="Transcript preview">
      <dl className="preview-facts">
        <div>
          <dt>Format</dt>
          <dd>{TRANSCRIPT_FORMAT_LABELS[preview.format]}</dd>
        </div>
        <div>
          <dt>Lines</dt>
          <dd>{preview.segmentCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{preview.durationMs === null ? 'No time stamps' : formatDuration(preview.durationMs)}</dd>
        </div>
        <div>
          <dt>Speakers</dt>
          <dd>{preview.speakers.length}</dd>
        </div>
        {preview.encoding === null ? null : (
          <div>
            <dt>Encoding</dt>
            <dd>{preview.encoding}</dd>
          </div>
        )}
      </dl>
      {preview.speakers.length > 0 ? (
        <table className="table preview-speakers" aria-label="Speakers in the transcript">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col" className="numeric">
                Lines
              </th>
              <th scope="col" className="numeric">
                Words
              </th>
              <th scope="col">
                <span className="visually-hidden">Not a speaker?</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.speakers.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td className="numeric">{s.segments.toLocaleString()}</td>
                <td className="numeric">{s.words.toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`${s.label} is not a speaker`}
                    onClick={() => onNotSpeakers([...notSpeakers, s.label])}
                  >
                    Not a speaker
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.speakers.length > 0 ? (
        <p className="field-hint">
          A name before a colon counts as a speaker when it recurs, or when names start most of the lines. If
          one above is not a person (a heading, a quoted word), choose “Not a speaker”: its lines keep their
          text whole.
        </p>
      ) : null}
      {notSpeakers.length > 0 ? (
        <p className="notice">
          Read as text, not as speakers:{' '}
          {notSpeakers.map((label) => (
            <span key={label} className="not-speaker">
              “{label}”{' '}
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Undo: ${label} is a speaker`}
                onClick={() => onNotSpeakers(notSpeakers.filter((l) => l !== label))}
              >
                Undo
              </button>{' '}
            </span>
          ))}
        </p>
      ) : null}
      {preview.speakers.length > 0 ? null : (
        <p className="notice">
          The transcript does not say who speaks. Coachbench needs speaker names (“Name: words”) to tell the
          rep from the customer.
        </p>
      )}
      {preview.warnings.length > 0 ? (
        <div className="preview-warnings">
          <h3>{plural(preview.warnings.length, 'thing', 'things')} to know</h3>
          <ul>
            {preview.warnings.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings are plain text and may repeat.
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3 className="preview-heading">First lines</h3>
      <ol className="preview-lines" aria-label="First lines of the transcript">
        {preview.firstSegments.map((s) => (
          <li key={s.index}>
            <span className="preview-time">{s.startMs === null ? '' : formatClock(s.startMs)}</span>
            <span className="preview-speaker">{s.speaker ?? 'No speaker'}</span>
            <span className="preview-text">{s.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
