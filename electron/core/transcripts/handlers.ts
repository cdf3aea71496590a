import { parseTranscript } from '.';
import { defineDomain } from '../registry';
import type { Handler } from '../registry';
import { durationOf, sourceOf } from '../services/transcript-import';
export const previewTranscript: Handler<'transcripts.preview'> = (input, ctx) => {
  void ctx;
  const parsed = parseTranscript(sourceOf(input));
  const speakers = parsed.speakers.map((label) => {
    const own = parsed.segments.filter((s) => s.speaker === label);
    return {
      label,
      segments: own.length,
      words: own.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0),
    };
  });
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    segmentCount: parsed.segments.length,
    durationMs: durationOf(parsed.segments),
    speakers,
    warnings: parsed.warnings,
    firstSegments: parsed.segments.slice(0, 6).map((s) => ({ ...s, participantId: null })),
  };
};

export const transcriptsDomain = defineDomain('transcripts', {
  preview: previewTranscript,
});
