import { prepare } from './define';
import { transcriptPreviewSchema, transcriptSourceSchema } from './call-reviews';

export const transcriptMethods = {
  'transcripts.prepare': prepare(
    'Reads a transcript off the core’s thread without saving anything: format, encoding, speakers with their line counts, first lines and warnings, and a preparedId that callReviews.create imports; or what is wrong and where.',
    transcriptSourceSchema,
    transcriptPreviewSchema,
    'The transcript preview expired; choose the file again.',
  ),
};
