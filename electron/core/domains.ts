import { contract, type MethodName } from '../../shared/contract';
import type { DomainName } from '../../shared/contract/names';
import { agendaDomain } from './agenda/handlers';
import { appDomain } from './app/handlers';
import { behavioursDomain } from './behaviours/handlers';
import { callReviewsDomain } from './call-reviews/handlers';
import { callTypesDomain } from './call-types/handlers';
import { commitmentsDomain } from './commitments/handlers';
import { competenciesDomain } from './competencies/handlers';
import { homeDomain } from './home/handlers';
import { libraryDomain } from './library/handlers';
import { notesDomain } from './notes/handlers';
import { observationsDomain } from './observations/handlers';
import { oneOnOnesDomain } from './one-on-ones/handlers';
import { peopleDomain } from './people/handlers';
import { progressDomain } from './progress/handlers';
import { proposalsDomain } from './proposals/handlers';
import { combineDomains, type Handlers } from './registry';
import { scorecardTemplatesDomain } from './scorecard-templates/handlers';
import { workspaceDomain } from './workspace/handlers';
import { stagesDomain } from './stages/handlers';
import { templatesDomain } from './templates/handlers';
import { transcriptsDomain } from './transcripts/handlers';
import { sharePacksDomain } from './share-packs/handlers';
import { dealsDomain } from './deals/handlers';
import { dealReviewsDomain } from './deal-reviews/handlers';
import { lossReasonsDomain } from './loss-reasons/handlers';
import { lostDealsDomain } from './lost-deals/handlers';
import { rolePlaysDomain } from './role-plays/handlers';
import { searchDomain } from './search/handlers';
import { backupsDomain } from './backups/handlers';

/** Every domain of the core. Each registers its own methods in its folder's handlers.ts. */
export const domains = [
  appDomain,
  peopleDomain,
  workspaceDomain,
  libraryDomain,
  behavioursDomain,
  stagesDomain,
  competenciesDomain,
  observationsDomain,
  notesDomain,
  oneOnOnesDomain,
  agendaDomain,
  templatesDomain,
  commitmentsDomain,
  callTypesDomain,
  transcriptsDomain,
  callReviewsDomain,
  scorecardTemplatesDomain,
  homeDomain,
  progressDomain,
  sharePacksDomain,
  dealsDomain,
  dealReviewsDomain,
  lossReasonsDomain,
  lostDealsDomain,
  proposalsDomain,
  rolePlaysDomain,
  searchDomain,
  backupsDomain,
] as const;

// A domain the contract declares but this list forgets fails to compile here.
type Unregistered = Exclude<DomainName, (typeof domains)[number]['name']>;
const everyDomainRegistered: [Unregistered] extends [never] ? true : Unregistered = true;
void everyDomainRegistered;

export const handlers: Handlers = combineDomains(domains, Object.keys(contract) as MethodName[]);
