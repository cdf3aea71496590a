import { defineDomain } from '../registry';
import { prepareTranscript } from './prepare';

export const transcriptsDomain = defineDomain('transcripts', {
  // A prepare job, run by the dispatcher in the import worker (see core/prepare/).
  prepare: prepareTranscript,
});
