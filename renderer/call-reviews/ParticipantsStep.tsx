import { useId, useRef } from 'react';
import { CALL_SIDES, type CallSide } from '../../shared/contract';
import { SIDE_LABELS } from './format';
import { type ParticipantDraft, participantKey, type RepMatch, type SpeakerMapping } from './import-model';
import type { TranscriptPreview } from './TranscriptStep';

export interface ParticipantErrors {
  participants?: string | undefined;
  /** By participant index, then field. */
  rows: Record<number, Partial<Record<'name' | 'side' | 'title', string>>>;
  speakerMap?: string | undefined;
  /** By speaker label. */
  speakers: Record<string, string>;
}

const NOBODY = '';

/**
 * Step 3: who was on the call, and who each transcript speaker is. Every speaker maps to a participant
 * or to nobody (lines such as "Recording started"); exactly one participant is the rep.
 */
export function ParticipantsStep({
  preview,
  participants,
  mapping,
  repName,
  repMatch,
  errors,
  onChange,
}: {
  preview: TranscriptPreview;
  participants: ParticipantDraft[];
  mapping: SpeakerMapping;
  repName: string | null;
  /** How the rep was found among the speakers; undefined once the manager has edited the list. */
  repMatch: RepMatch | null | undefined;
  errors: ParticipantErrors;
  onChange(participants: ParticipantDraft[], mapping: SpeakerMapping): void;
}) {
  const id = useId();
  const update = (index: number, patch: Partial<ParticipantDraft>) => {
    const next = participants.map((p, i) => {
      if (i === index) return { ...p, ...patch };
      // One rep: marking someone the rep makes the previous rep a colleague.
      if (patch.side === 'rep' && p.side === 'rep') return { ...p, side: 'colleague' as CallSide };
      return p;
    });
    onChange(next, mapping);
  };
  const remove = (index: number) => {
    const gone = participants[index]?.key;
    const next = participants.filter((_, i) => i !== index);
    const nextMapping = Object.fromEntries(
      Object.entries(mapping).map(([speaker, key]) => [speaker, key === gone ? null : key]),
    );
    onChange(next, nextMapping);
  };
  const add = () =>
    onChange([...participants, { key: participantKey(), name: '', side: 'customer', title: '' }], mapping);

  return (
    <div className="participants-step">
      {repMatch === null && repName && preview.speakers.length > 0 ? (
        <p className="notice">
          None of the speakers looks like {repName}. Mark the rep below and say which speaker they are.
        </p>
      ) : null}
      {repMatch?.by === 'first' && repName ? (
        <p className="notice">
          “{repMatch.speaker}” is marked as the rep because the first name matches {repName}’s. Check that is
          right.
        </p>
      ) : null}
      <div className={errors.participants ? 'field field-invalid' : 'field'}>
        <table className="table participants-table" aria-label="Participants">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Side</th>
              <th scope="col">Title</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, index) => {
              const rowErrors = errors.rows[index] ?? {};
              const label = p.name.trim() || `participant ${index + 1}`;
              return (
                <tr key={p.key}>
                  <td>
                    <input
                      type="text"
                      aria-label={`Name of participant ${index + 1}`}
                      aria-invalid={Boolean(rowErrors.name)}
                      aria-describedby={rowErrors.name ? `${id}-${p.key}-name` : undefined}
                      value={p.name}
                      onChange={(e) => update(index, { name: e.target.value })}
                    />
                    {rowErrors.name ? (
                      <p id={`${id}-${p.key}-name`} className="field-error">
                        {rowErrors.name}
                      </p>
                    ) : null}
                  </td>
                  <td>
                    <select
                      aria-label={`Side of ${label}`}
                      className={`side-select side-${p.side}`}
                      value={p.side}
                      onChange={(e) => update(index, { side: e.target.value as CallSide })}
                    >
                      {CALL_SIDES.map((side) => (
                        <option key={side} value={side}>
                          {SIDE_LABELS[side]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={`Title of ${label}`}
                      placeholder="Optional"
                      value={p.title}
                      onChange={(e) => update(index, { title: e.target.value })}
                    />
                    {rowErrors.title ? <p className="field-error">{rowErrors.title}</p> : null}
                  </td>
                  <td className="participant-remove">
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      aria-label={`Remove ${label}`}
                      onClick={() => remove(index)}
                      disabled={participants.length <= 1}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="button" className="button button-small add-participant" onClick={add}>
          Add participant
        </button>
        {errors.participants ? (
          <p className="field-error" role="alert">
            {errors.participants}
          </p>
        ) : null}
      </div>

      <div className={errors.speakerMap ? 'field field-invalid' : 'field'}>
        <h3 className="step-subheading" id={`${id}-speakers`}>
          Who is who in the transcript
        </h3>
        {preview.speakers.length === 0 ? (
          <p className="muted">
            This transcript names no speakers, so its lines start with no speaker. Import it, then select
            lines in the review and choose “Spoken by…” to say who said them.
          </p>
        ) : null}
        <table
          hidden={preview.speakers.length === 0}
          className="table speaker-map"
          aria-labelledby={`${id}-speakers`}
        >
          <thead>
            <tr>
              <th scope="col">Speaker in the transcript</th>
              <th scope="col" className="numeric">
                Lines
              </th>
              <th scope="col">Is</th>
            </tr>
          </thead>
          <tbody>
            {preview.speakers.map((speaker) => {
              const chosen = mapping[speaker.label] ?? null;
              const problem = errors.speakers[speaker.label];
              return (
                <tr key={speaker.label}>
                  <th scope="row">{speaker.label}</th>
                  <td className="numeric">{speaker.segments}</td>
                  <td>
                    <select
                      aria-label={`Who is “${speaker.label}”?`}
                      aria-invalid={Boolean(problem)}
                      value={chosen ?? NOBODY}
                      onChange={(e) =>
                        onChange(participants, { ...mapping, [speaker.label]: e.target.value || null })
                      }
                    >
                      {participants.map((p, index) => (
                        <option key={p.key} value={p.key}>
                          {p.name.trim() || `Participant ${index + 1}`} ({SIDE_LABELS[p.side]})
                        </option>
                      ))}
                      <option value={NOBODY}>Nobody (not a person)</option>
                    </select>
                    {problem ? <p className="field-error">{problem}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {errors.speakerMap ? (
          <p className="field-error" role="alert">
            {errors.speakerMap}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** Optional: the recording's file name, so the review can ask for that file when it is played. */
export function RecordingField({
  fileName,
  onChange,
  error,
}: {
  fileName: string | null;
  onChange(fileName: string | null): void;
  error?: string | undefined;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className={error ? 'field field-invalid recording-field' : 'field recording-field'}>
      <span className="field-label">Recording (optional)</span>
      <div className="recording-choice">
        {fileName ? <span className="recording-name">{fileName}</span> : null}
        <button type="button" className="button button-small" onClick={() => inputRef.current?.click()}>
          {fileName ? 'Choose another…' : 'Choose the audio or video file…'}
        </button>
        {fileName ? (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange(null)}>
            No recording
          </button>
        ) : null}
        <input
          ref={inputRef}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Recording file"
          accept="audio/*,video/*"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onChange(file.name);
          }}
        />
      </div>
      <p className={error ? 'field-error' : 'field-hint'}>
        {error ??
          'Only its name is kept. The recording stays where it is: you choose the file again each time you play it.'}
      </p>
    </div>
  );
}
