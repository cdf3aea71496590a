import { defineDomain } from '../registry';
import { taxonomyHandlers } from '../services/taxonomy';

const { create, update } = taxonomyHandlers('competency');

// Competencies keep the library's own order of first use; only stages are reordered by hand.
export const competenciesDomain = defineDomain('competencies', { create, update });
