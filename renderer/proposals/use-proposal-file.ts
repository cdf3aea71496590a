import { useState } from 'react';
import { MAX_PROPOSAL_FILE_BYTES, type OutputOf } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { bytesToBase64 } from '../call-reviews/import-model';
import { errorMessage } from '../ui/format';

export type ProposalPreview = OutputOf<'proposals.prepare'>;

/**
 * Reading a proposal file (or pasted text) through proposals.prepare: the core reads it off its thread
 * and answers a preview with the preparedId that proposals.create or proposals.addVersion commits. A file
 * over the limit is refused before it is read.
 */
export function useProposalFile() {
  const api = useApi();
  const [preview, setPreview] = useState<ProposalPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function read(source: { file: File } | { text: string }) {
    setError(null);
    setPreview(null);
    if ('file' in source && source.file.size > MAX_PROPOSAL_FILE_BYTES) {
      setError(
        `${source.file.name} is larger than ${MAX_PROPOSAL_FILE_BYTES / (1024 * 1024)} MB, the largest proposal Coachbench imports.`,
      );
      return;
    }
    setReading(true);
    try {
      const input =
        'file' in source
          ? { fileName: source.file.name, contentBase64: bytesToBase64(await source.file.arrayBuffer()) }
          : { text: source.text };
      setPreview(await api.proposals.prepare(input));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setReading(false);
    }
  }

  return { preview, error, reading, read, clear: () => setPreview(null) };
}
