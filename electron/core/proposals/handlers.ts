import { defineDomain } from '../registry';
import {
  annotateProposal,
  deleteProposalAnnotationHandler,
  reanchorProposalAnnotation,
  replyToProposalAnnotation,
  resolveProposalAnnotation,
} from './annotations';
import { saveProposalChecklist } from './checklist';
import { exportProposal } from './export';
import { prepareProposal } from './prepare';
import {
  addProposalVersion,
  compareProposalVersions,
  createProposal,
  getProposal,
  listProposals,
  proposalOriginal,
  updateProposal,
} from './reviews';

export const proposalsDomain = defineDomain('proposals', {
  // A prepare job, run by the dispatcher in the import worker (see core/prepare/).
  prepare: prepareProposal,
  list: listProposals,
  get: getProposal,
  compare: compareProposalVersions,
  original: proposalOriginal,
  export: exportProposal,
  create: createProposal,
  update: updateProposal,
  addVersion: addProposalVersion,
  annotate: annotateProposal,
  reanchor: reanchorProposalAnnotation,
  reply: replyToProposalAnnotation,
  resolve: resolveProposalAnnotation,
  deleteAnnotation: deleteProposalAnnotationHandler,
  saveChecklist: saveProposalChecklist,
});
