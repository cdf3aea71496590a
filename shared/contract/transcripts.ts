import { query } from './define';
import { transcriptPreviewSchema, transcriptSourceSchema } from './call-reviews';

export const transcriptMethods = {
  'transcripts.preview': query(
    'Parses a transcript without saving anything: format, speakers, first lines, warnings; or what is wrong and where.',
    transcriptSourceSchema,
    transcriptPreviewSchema,
  ),
};
