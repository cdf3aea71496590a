import type { z } from 'zod';
import { appMethods } from './app';
import { behaviourMethods } from './behaviours';
import { callReviewMethods } from './call-reviews';
import { noteMethods } from './notes';
import { observationMethods } from './observations';
import { oneOnOneMethods } from './one-on-ones';
import { peopleMethods } from './people';
import { workspaceMethods } from './workspace';
import { agendaMethods } from './agenda';
import { templateMethods } from './templates';
import { commitmentMethods } from './commitments';
import { callTypeMethods } from './call-types';
import { transcriptMethods } from './transcripts';
import { scorecardTemplateMethods } from './scorecard-templates';
import { libraryMethods } from './library';
import { stageMethods } from './stages';
import { competencyMethods } from './competencies';
import { homeMethods } from './home';
import { progressMethods } from './progress';
import { sharePackMethods } from './share-packs';
import { dealImportMethods, dealMethods } from './deals';
import { dealReviewMethods } from './deal-reviews';
import { lossReasonMethods } from './loss-reasons';
import { lostDealMethods } from './lost-deals';
import { proposalMethods } from './proposals';
import { rolePlayMethods } from './role-plays';
import { searchMethods } from './search';
import { backupMethods } from './backups';

export * from './app';
export * from './behaviours';
export * from './call-reviews';
export * from './common';
export * from './define';
export * from './errors';
export * from './events';
export * from './notes';
export * from './observations';
export * from './one-on-ones';
export * from './people';
export * from './rich-text';
export * from './workspace';
export * from './agenda';
export * from './templates';
export * from './commitments';
export * from './call-types';
export * from './transcripts';
export * from './scorecard-templates';
export * from './library';
export * from './stages';
export * from './competencies';
export * from './home';
export * from './progress';
export * from './share-packs';
export * from './deals';
export * from './deal-reviews';
export * from './loss-reasons';
export * from './lost-deals';
export * from './proposals';
export * from './role-plays';
export * from './search';
export * from './backups';

/** Every operation the core offers, named `domain.verb`. The one list both transports serve. */
export const contract = {
  ...appMethods,
  ...peopleMethods,
  ...workspaceMethods,
  ...behaviourMethods,
  ...observationMethods,
  ...noteMethods,
  ...oneOnOneMethods,
  ...callReviewMethods,
  ...agendaMethods,
  ...templateMethods,
  ...commitmentMethods,
  ...callTypeMethods,
  ...transcriptMethods,
  ...scorecardTemplateMethods,
  ...libraryMethods,
  ...stageMethods,
  ...homeMethods,
  ...competencyMethods,
  ...progressMethods,
  ...sharePackMethods,
  ...dealMethods,
  ...dealImportMethods,
  ...dealReviewMethods,
  ...lossReasonMethods,
  ...lostDealMethods,
  ...proposalMethods,
  ...rolePlayMethods,
  ...searchMethods,
  ...backupMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
