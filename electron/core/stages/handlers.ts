import { defineDomain } from '../registry';
import { taxonomyHandlers } from '../services/taxonomy';

export const stagesDomain = defineDomain('stages', taxonomyHandlers('stage'));
