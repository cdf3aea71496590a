import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { today } from '../../shared/dates';
import { errorMessage } from '../ui/format';
import { type CallDetails, CallDetailsFields, type DetailErrors } from './CallDetailsFields';
import { plural } from './format';
import {
  type ParticipantDraft,
  prefillParticipants,
  type RepMatch,
  type SpeakerMapping,
} from './import-model';
import { type ParticipantErrors, ParticipantsStep, RecordingField } from './ParticipantsStep';
import { type TranscriptPreview, type TranscriptSource, TranscriptStep } from './TranscriptStep';
import { useCallTypes, useReps, useStoreReview } from './use-call-reviews';

const DETAIL_FIELDS = ['repId', 'date', 'account', 'deal', 'callTypeId'] as const;
const NO_PARTICIPANT_ERRORS: ParticipantErrors = { rows: {}, speakers: {} };

interface Problems {
  details: DetailErrors;
  transcript?: string | undefined;
  participants: ParticipantErrors;
  media?: string | undefined;
  form?: string | undefined;
}

const NO_PROBLEMS: Problems = { details: {}, participants: NO_PARTICIPANT_ERRORS };

/** Sorts a failed import's issues to the step they belong to: details, transcript, participants or speakers. */
function problemsFrom(error: unknown, speakers: string[]): Problems {
  if (!(error instanceof ApiError)) return { ...NO_PROBLEMS, form: errorMessage(error) };
  const problems: Problems = { details: {}, participants: { rows: {}, speakers: {} } };
  // A transcript that fails to parse says where (line, cue) but has no field path.
  if (error.issues.length === 0) {
    const where = error.details ?? {};
    if ('line' in where || 'cue' in where || error.code === 'TOO_LARGE') problems.transcript = error.message;
    else problems.form = error.message;
    return problems;
  }
  for (const issue of error.issues) {
    const [field, index, sub] = issue.path;
    if (DETAIL_FIELDS.includes(field as (typeof DETAIL_FIELDS)[number])) {
      problems.details[field as keyof CallDetails] ??= issue.message;
    } else if (field === 'transcript') {
      problems.transcript ??= issue.message;
    } else if (field === 'participants' && typeof index === 'number') {
      const row = problems.participants.rows[index] ?? {};
      problems.participants.rows[index] = row;
      const key = sub === 'name' || sub === 'side' || sub === 'title' ? sub : 'name';
      row[key] ??= issue.message;
    } else if (field === 'participants') {
      problems.participants.participants ??= issue.message;
    } else if (field === 'speakerMap' && typeof index === 'number' && speakers[index] !== undefined) {
      problems.participants.speakers[speakers[index]] ??= issue.message;
    } else if (field === 'speakerMap') {
      problems.participants.speakerMap ??= issue.message;
    } else if (field === 'mediaFileName') {
      problems.media ??= issue.message;
    } else {
      problems.form ??= issue.message;
    }
  }
  return problems;
}

/** /calls/new: details, transcript, participants and speakers, then import and open the review. */
export function ImportCallPage() {
  const api = useApi();
  const storeReview = useStoreReview();
  const [, navigate] = useLocation();
  const search = useSearch();
  const reps = useReps();
  const callTypes = useCallTypes();
  const [details, setDetails] = useState<CallDetails>(() => ({
    repId: new URLSearchParams(search).get('rep') ?? '',
    date: today(),
    account: '',
    deal: '',
    callTypeId: '',
  }));
  const [transcript, setTranscript] = useState<{
    source: TranscriptSource;
    preview: TranscriptPreview;
  } | null>(null);
  const [participants, setParticipants] = useState<ParticipantDraft[]>([]);
  const [mapping, setMapping] = useState<SpeakerMapping>({});
  const [repMatch, setRepMatch] = useState<RepMatch | null>(null);
  // Once the manager edits the participants, a change of rep no longer re-fills them.
  const [edited, setEdited] = useState(false);
  const [mediaFileName, setMediaFileName] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);

  const repName = reps.data?.find((r) => r.id === details.repId)?.name ?? null;
  const speakers = transcript?.preview.speakers.map((s) => s.label) ?? [];

  function prefill(speakerLabels: string[], name: string | null) {
    const filled = prefillParticipants(speakerLabels, name);
    setParticipants(filled.participants);
    setMapping(filled.mapping);
    setRepMatch(filled.repMatch);
    setEdited(false);
  }

  function changeDetails(patch: Partial<CallDetails>) {
    const next = { ...details, ...patch };
    setDetails(next);
    setProblems((p) => ({
      ...p,
      details: Object.fromEntries(Object.entries(p.details).filter(([k]) => !(k in patch))),
      form: undefined,
    }));
    if (patch.repId !== undefined && transcript && !edited) {
      prefill(speakers, reps.data?.find((r) => r.id === patch.repId)?.name ?? null);
    }
  }

  const create = useMutation({
    mutationFn: () => {
      const keys = participants.map((p) => p.key);
      return api.callReviews.create({
        repId: details.repId,
        date: details.date,
        account: details.account,
        deal: details.deal,
        callTypeId: details.callTypeId,
        participants: participants.map((p) => ({ name: p.name, side: p.side, title: p.title })),
        // The file was read when it was previewed (transcripts.prepare); the import only writes it.
        transcript: { preparedId: transcript!.preview.preparedId },
        speakerMap: speakers.map((speaker) => {
          const key = mapping[speaker] ?? null;
          return { speaker, participant: key === null ? null : keys.indexOf(key) };
        }),
        mediaFileName,
      });
    },
    onSuccess: (review) => {
      storeReview(review);
      // The trailing '?' clears the ?rep= this page may have been opened with.
      navigate(`/calls/${review.id}?`);
    },
    onError: (error) => setProblems(problemsFrom(error, speakers)),
  });

  /** What can be told before asking the core: the same rules, said beside the fields. */
  function check(): Problems {
    const found: Problems = { details: {}, participants: { rows: {}, speakers: {} } };
    if (!details.repId) found.details.repId = 'Choose the rep whose call this was';
    if (!details.date) found.details.date = 'Give the date of the call';
    if (!details.account.trim()) found.details.account = 'Account is required';
    if (!details.callTypeId) found.details.callTypeId = 'Choose a call type';
    if (!transcript) {
      found.transcript = 'Choose a transcript file or paste its text, and check the preview';
      return found;
    }
    participants.forEach((p, i) => {
      if (!p.name.trim()) found.participants.rows[i] = { name: 'Name is required' };
    });
    const reps = participants.filter((p) => p.side === 'rep');
    if (participants.length < 2) found.participants.participants = 'A call has at least two participants';
    else if (reps.length !== 1) found.participants.participants = 'Mark exactly one participant as the rep';
    // A transcript without speaker names imports with its lines spoken by nobody yet: who spoke is said
    // afterwards, on the review ("Spoken by…"). Only named speakers must say which one is the rep.
    else if (speakers.length > 0 && !Object.values(mapping).includes(reps[0]!.key)) {
      found.participants.speakerMap = `Say which speaker is ${reps[0]!.name.trim() || 'the rep'}, so the metrics know which side is which.`;
    }
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const found = check();
    const any =
      Object.keys(found.details).length > 0 ||
      found.transcript ||
      found.participants.participants ||
      found.participants.speakerMap ||
      Object.keys(found.participants.rows).length > 0;
    setProblems(found);
    if (!any) create.mutate();
  }

  return (
    <section className="screen import-call" aria-labelledby="screen-title">
      <Link href="/calls" className="back-link">
        ← Call reviews
      </Link>
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Import a call</h1>
          <p className="screen-summary">
            Nothing is saved until you press Import: a transcript that cannot be read leaves everything as it
            was.
          </p>
        </div>
      </header>
      <form className="import-steps" onSubmit={submit} noValidate>
        <section className="import-step panel" aria-labelledby="step-details">
          <h2 id="step-details">
            <span className="step-number">1</span> The call
          </h2>
          <CallDetailsFields
            value={details}
            onChange={changeDetails}
            errors={problems.details}
            reps={reps.data}
            callTypes={callTypes.data}
          />
        </section>

        <section className="import-step panel" aria-labelledby="step-transcript">
          <h2 id="step-transcript">
            <span className="step-number">2</span> Transcript
          </h2>
          <TranscriptStep
            preview={transcript?.preview ?? null}
            error={problems.transcript}
            onPreview={(result) => {
              setTranscript(result);
              setProblems((p) => ({ ...p, transcript: undefined, participants: NO_PARTICIPANT_ERRORS }));
              if (result)
                prefill(
                  result.preview.speakers.map((s) => s.label),
                  repName,
                );
            }}
          />
        </section>

        <section className="import-step panel" aria-labelledby="step-people">
          <h2 id="step-people">
            <span className="step-number">3</span> Participants and speakers
          </h2>
          {transcript ? (
            <>
              <ParticipantsStep
                preview={transcript.preview}
                participants={participants}
                mapping={mapping}
                repName={repName}
                repMatch={edited ? undefined : repMatch}
                errors={problems.participants}
                onChange={(nextParticipants, nextMapping) => {
                  setParticipants(nextParticipants);
                  setMapping(nextMapping);
                  setEdited(true);
                  setProblems((p) => ({ ...p, participants: NO_PARTICIPANT_ERRORS, form: undefined }));
                }}
              />
              <RecordingField fileName={mediaFileName} onChange={setMediaFileName} error={problems.media} />
            </>
          ) : (
            <p className="muted">
              Once the transcript reads well, say who was on the call and who each speaker is.
            </p>
          )}
        </section>

        <section className="import-step panel" aria-labelledby="step-import">
          <h2 id="step-import">
            <span className="step-number">4</span> Import
          </h2>
          {problems.form ? (
            <p className="form-error" role="alert">
              {problems.form}
            </p>
          ) : null}
          <div className="import-submit">
            <p className="muted">
              {transcript
                ? `${plural(transcript.preview.segmentCount, 'line')} from ${plural(speakers.length, 'speaker')}, for ${repName ?? 'the rep you choose'}.`
                : 'Choose a transcript first.'}
            </p>
            <button
              type="submit"
              className="button button-primary"
              disabled={create.isPending || !transcript}
            >
              {create.isPending ? 'Importing…' : 'Import'}
            </button>
          </div>
        </section>
      </form>
    </section>
  );
}
