// Default behaviour library shipped with Coachbench.
//
// Each behaviour is one observable action that a manager can confirm from a call transcript, a proposal,
// a CRM record or a deal review. Rubric levels run 1 (not yet), 2 (developing), 3 (consistent) and
// 4 (role model), and each level describes what the manager sees or hears. Methodology tags are set only
// where the behaviour encodes a named element of that method.
//
// Display text uses typographic apostrophes and quotation marks (’ “ ”) so that strings stay in single
// quotes without escapes.

export type Methodology = 'MEDDPICC' | 'SPIN' | 'Challenger' | 'Sandler' | 'BANT';

export const METHODOLOGIES: readonly Methodology[] = ['MEDDPICC', 'SPIN', 'Challenger', 'Sandler', 'BANT'];

export interface StageSeed {
  id: string;
  name: string;
  description: string;
}

export interface CompetencySeed {
  id: string;
  name: string;
  description: string;
}

export interface BehaviourSeed {
  /** Stable id, kebab-case, prefixed `bhv-`. */
  id: string;
  /** Short, observable and specific; at most 60 characters. */
  name: string;
  /** One sentence: what the manager observes. */
  definition: string;
  competencyId: string;
  /** One or more stage ids. */
  stageIds: string[];
  /** May be empty. */
  methodologies: Methodology[];
  /** Level 1 not yet, 2 developing, 3 consistent, 4 role model. */
  rubric: readonly [string, string, string, string];
}

export const DEFAULT_LIBRARY_VERSION = 1;

export const DEFAULT_STAGES: readonly StageSeed[] = [
  {
    id: 'stage-market-lead-identification',
    name: 'Market and lead identification',
    description:
      'Choosing the segments and accounts worth pursuing, and finding the people in them who are likely to have a problem the offer solves.',
  },
  {
    id: 'stage-initial-contact-qualification',
    name: 'Initial contact and qualification',
    description:
      'First conversations with a prospect to establish whether there is a real need, a reason to act and a plausible fit that justify further effort.',
  },
  {
    id: 'stage-discovery-need-analysis',
    name: 'Discovery and need analysis',
    description:
      'Learning the buyer’s situation, problems and their consequences, constraints, earlier attempts and desired outcomes before recommending anything.',
  },
  {
    id: 'stage-solution-fit-value-definition',
    name: 'Solution fit and value definition',
    description:
      'Testing whether the offer addresses the diagnosed problem and agreeing with the buyer what the change would be worth to them.',
  },
  {
    id: 'stage-proposal-demonstration',
    name: 'Proposal and demonstration',
    description:
      'Showing and writing down the recommended solution, its value, how it will be implemented, its cost and its risks, so the buyer can decide with confidence.',
  },
  {
    id: 'stage-decision-process-stakeholder-alignment',
    name: 'Decision process and stakeholder alignment',
    description:
      'Understanding who decides, how and by when, and making sure the people who influence the decision share a view of the problem and the value.',
  },
  {
    id: 'stage-negotiation-risk-resolution',
    name: 'Negotiation and risk resolution',
    description:
      'Agreeing price, scope and terms that both sides can honour, and resolving the risks that could stop or spoil the deal.',
  },
  {
    id: 'stage-closing-handover-implementation',
    name: 'Closing, handover and implementation',
    description:
      'Securing the commitment and passing the customer’s context, expectations and risks to the people who will deliver.',
  },
  {
    id: 'stage-after-sales-retention-growth',
    name: 'After-sales, retention and account growth',
    description:
      'Confirming the customer gets the value they bought, protecting the renewal and growing the account from new needs.',
  },
];

export const DEFAULT_COMPETENCIES: readonly CompetencySeed[] = [
  {
    id: 'comp-prospecting-targeting',
    name: 'Prospecting, planning and targeting',
    description:
      'Choosing where to spend selling time using the ideal customer profile and the rep’s own numbers, and giving each prospect a specific reason to talk.',
  },
  {
    id: 'comp-qualification',
    name: 'Qualification',
    description:
      'Establishing, from what the buyer says, whether there is a real need, money, authority, a reason to act by a date and a fair chance of winning.',
  },
  {
    id: 'comp-discovery-questioning',
    name: 'Discovery and questioning',
    description:
      'Running conversations that uncover the buyer’s problems, their consequences and the value of solving them, mostly in the buyer’s own words.',
  },
  {
    id: 'comp-value-business-case',
    name: 'Value creation and business case',
    description:
      'Helping the buyer see their problem differently and quantify what the change is worth, with figures the buyer supplies or accepts.',
  },
  {
    id: 'comp-proposal-presentation',
    name: 'Proposal and presentation',
    description:
      'Producing proposals and demonstrations that start from the buyer’s problem and help them make a confident decision.',
  },
  {
    id: 'comp-stakeholder-decision-process',
    name: 'Stakeholder and decision-process management',
    description:
      'Finding the people who decide and influence, learning how and when they will decide, and keeping each of them engaged.',
  },
  {
    id: 'comp-negotiation-objections',
    name: 'Negotiation and objection handling',
    description:
      'Protecting agreed value in commercial discussions, understanding concerns before answering them and resolving deal risks with named owners.',
  },
  {
    id: 'comp-closing-handover',
    name: 'Closing and handover',
    description:
      'Moving the buyer to a clear decision through agreed steps, and passing everything delivery needs to keep the promises made.',
  },
  {
    id: 'comp-account-growth',
    name: 'Account growth and retention',
    description:
      'Confirming results after the sale, spotting risk to the renewal early and growing the account from needs the customer describes.',
  },
  {
    id: 'comp-pipeline-forecasting-crm',
    name: 'Pipeline honesty, forecasting and CRM discipline',
    description:
      'Keeping opportunity records, stages, close dates and forecasts in line with what the buyer has actually said and done.',
  },
  {
    id: 'comp-ethics-trust',
    name: 'Ethics and trust',
    description:
      'Selling only what can be delivered, telling buyers and managers the truth about risks and weaknesses, and never using pressure or price to cover a missing case.',
  },
];

export const DEFAULT_BEHAVIOURS: readonly BehaviourSeed[] = [
  // Prospecting, planning and targeting
  {
    id: 'bhv-checks-account-against-icp',
    name: 'Checks each new account against the ideal customer profile',
    definition:
      'Before the first outreach to an account, the rep records which ideal customer profile criteria it meets, misses or leaves unknown.',
    competencyId: 'comp-prospecting-targeting',
    stageIds: ['stage-market-lead-identification', 'stage-initial-contact-qualification'],
    methodologies: [],
    rubric: [
      'Starts outreach with no reference to the ideal customer profile and cannot say why this account was chosen over others.',
      'Names one or two profile criteria when asked, but has recorded no check and leaves misses and unknowns unstated.',
      'Records a criterion-by-criterion fit check for most new accounts before first contact, marking misses and unknowns.',
      'Records the fit check for every new account, sets poor-fit accounts aside with a written reason and brings recurring fit patterns to team planning.',
    ],
  },
  {
    id: 'bhv-opens-with-account-specific-reason',
    name: 'Opens first contact with a researched reason to talk now',
    definition:
      'The first message or call names a specific, checkable event or problem at the account that gives the contact a reason to talk now.',
    competencyId: 'comp-prospecting-targeting',
    stageIds: ['stage-market-lead-identification', 'stage-initial-contact-qualification'],
    methodologies: [],
    rubric: [
      'First messages are general introductions to the company or product that could be sent unchanged to any account.',
      'Mentions the account’s name or sector, but the reason to talk is a broad industry claim rather than something specific to this account.',
      'Most first messages cite a specific event or problem at the account, taken from research the rep can point to.',
      'Every first message cites an account-specific trigger and its likely consequence for the contact’s role, and replies show contacts responding to that point.',
    ],
  },
  {
    id: 'bhv-sizes-pipeline-from-own-conversion',
    name: 'Sizes the pipeline needed from their own conversion rates',
    definition:
      'The rep works out how many qualified opportunities they need this period from their own win rate, average deal size and cycle length.',
    competencyId: 'comp-prospecting-targeting',
    stageIds: ['stage-market-lead-identification'],
    methodologies: [],
    rubric: [
      'Cannot say how many opportunities are needed to reach target, or quotes a round multiple of quota with no basis.',
      'Produces a pipeline figure from team averages or a standard coverage ratio rather than their own conversion history.',
      'Calculates required opportunities from their own win rate, deal size and cycle length, and compares the result with the current pipeline.',
      'Refreshes the calculation every period, names the lever (volume, conversion, deal size or cycle length) they will work on to close the gap, and checks later whether it moved.',
    ],
  },

  // Qualification
  {
    id: 'bhv-confirms-need-in-buyer-words',
    name: 'Gets the buyer to state the need in their own words',
    definition:
      'The rep asks the buyer to describe the problem and records it in the buyer’s wording rather than the rep’s paraphrase or product language.',
    competencyId: 'comp-qualification',
    stageIds: ['stage-initial-contact-qualification', 'stage-discovery-need-analysis'],
    methodologies: ['BANT', 'MEDDPICC'],
    rubric: [
      'Describes the need in product terms the buyer never used, and the transcript has no point where the buyer states a problem.',
      'The buyer agrees with a problem the rep suggests but does not describe it unprompted, and the notes use the rep’s phrasing.',
      'The buyer states the problem in their own words on the call, and the rep’s notes quote or closely follow that wording.',
      'The buyer states the problem and its effect on them in their own words, the rep plays it back accurately, and the same wording carries through to the proposal.',
    ],
  },
  {
    id: 'bhv-asks-how-purchase-is-funded',
    name: 'Asks where the money for the purchase will come from',
    definition:
      'Before presenting a solution, the rep asks which budget would fund the purchase and how that money is released, not only whether a budget exists.',
    competencyId: 'comp-qualification',
    stageIds: ['stage-initial-contact-qualification', 'stage-discovery-need-analysis'],
    methodologies: ['BANT', 'Sandler'],
    rubric: [
      'Does not raise money before presenting, and learns about budget only when the buyer reacts to the price.',
      'Asks whether there is a budget and accepts a yes or a figure without asking where it sits or how it is released.',
      'Before any presentation, asks which budget the purchase would come from and what it takes to release it, and records the answer.',
      'Establishes the funding source and release steps early, and where no budget exists, asks how similar purchases have been funded before deciding with the buyer whether to continue.',
    ],
  },
  {
    id: 'bhv-identifies-approvers-beyond-contact',
    name: 'Asks who else must approve beyond the first contact',
    definition:
      'The rep asks the contact which other people must agree to or sign off the purchase, and records their names and roles.',
    competencyId: 'comp-qualification',
    stageIds: ['stage-initial-contact-qualification', 'stage-decision-process-stakeholder-alignment'],
    methodologies: ['BANT'],
    rubric: [
      'Treats the first contact as the decision maker without asking, and the record holds only one name.',
      'Asks whether anyone else is involved but accepts a vague answer such as “the team” or “my boss” with no names or roles.',
      'Records named approvers and their roles for most opportunities by the end of the second meeting.',
      'Records named approvers and roles, asks how each has decided similar purchases before, and updates the list whenever the buyer mentions someone new.',
    ],
  },
  {
    id: 'bhv-confirms-event-behind-timeline',
    name: 'Confirms the event that makes the buyer’s timeline real',
    definition:
      'When the buyer gives a target date, the rep asks what happens on that date or if it is missed, and records the event the buyer confirms.',
    competencyId: 'comp-qualification',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-decision-process-stakeholder-alignment',
    ],
    methodologies: ['BANT', 'MEDDPICC'],
    rubric: [
      'Records a close date the buyer mentioned, or one the rep chose, with no reason attached.',
      'Asks why the date matters but accepts a general answer such as “we want it done this quarter”.',
      'Records a specific event behind the date, such as a contract expiry, launch or regulatory deadline, confirmed by the buyer.',
      'Records the buyer-confirmed event and what happens if it is missed, checks it with a second stakeholder and revisits it whenever the timeline shifts.',
    ],
  },
  {
    id: 'bhv-asks-about-alternatives',
    name: 'Asks which alternatives the buyer is weighing',
    definition:
      'The rep asks what other options the buyer is considering, including other suppliers, building it in-house and doing nothing.',
    competencyId: 'comp-qualification',
    stageIds: ['stage-discovery-need-analysis', 'stage-decision-process-stakeholder-alignment'],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Does not ask about alternatives and learns of a competitor only when the buyer mentions one late in the deal.',
      'Asks about competing suppliers but not about in-house options or the choice to do nothing.',
      'Asks about other suppliers, in-house options and doing nothing, and records what the buyer says about each.',
      'Covers every alternative including doing nothing, asks what the buyer likes about each, and uses the answers to shape later conversations without disparaging any option.',
    ],
  },

  // Discovery and questioning
  {
    id: 'bhv-limits-situation-questions',
    name: 'Limits situation questions to facts research cannot give',
    definition:
      'The rep asks background questions only about facts that could not have been found beforehand in the CRM, on the account’s website or in earlier calls.',
    competencyId: 'comp-discovery-questioning',
    stageIds: ['stage-initial-contact-qualification', 'stage-discovery-need-analysis'],
    methodologies: ['SPIN'],
    rubric: [
      'Spends a large share of the call on background questions whose answers were already in the CRM or on the company’s website.',
      'States a few researched facts but still asks several background questions the rep could have answered beforehand.',
      'Opens by stating what is already known and asks background questions only about gaps, leaving most of the call for problems.',
      'Asks few background questions, each filling a gap that matters to the next question, and the buyer comments on or builds from the rep’s preparation.',
    ],
  },
  {
    id: 'bhv-sets-up-front-contract',
    name: 'Agrees time, purpose and outcome at the start of a meeting',
    definition:
      'In the first minutes of a meeting the rep proposes the time available, the purpose and the possible outcomes, and invites the buyer to add to or change them.',
    competencyId: 'comp-discovery-questioning',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-proposal-demonstration',
    ],
    methodologies: ['Sandler'],
    rubric: [
      'Starts the meeting without stating the time available, the purpose or the expected outcome.',
      'States a purpose or agenda but does not confirm the time, name possible outcomes or invite the buyer to add items.',
      'States time, purpose and possible outcomes, including that either side may decide not to continue, and asks the buyer to add to the agenda.',
      'Agrees time, purpose and outcomes at the start of every meeting, records the buyer’s additions and refers back to the agreement when the meeting drifts and at its close.',
    ],
  },
  {
    id: 'bhv-asks-implication-questions',
    name: 'Asks implication questions before presenting a solution',
    definition:
      'Before any solution is described, the rep asks at least one question about the consequences of a problem the buyer has stated.',
    competencyId: 'comp-discovery-questioning',
    stageIds: ['stage-discovery-need-analysis'],
    methodologies: ['SPIN'],
    rubric: [
      'Moves from the first stated problem straight to describing the product, with no question about its consequences.',
      'Asks a single consequence question on some calls, often after the product has already been introduced.',
      'On most discovery calls asks two or more consequence questions about a stated problem before describing any solution.',
      'Explores consequences in more than one area, such as cost, staff and customers, before any solution is described, so the buyer names effects they had not mentioned at the start.',
    ],
  },
  {
    id: 'bhv-asks-need-payoff-questions',
    name: 'Asks the buyer to describe the value of solving the problem',
    definition:
      'The rep asks a question that leads the buyer, rather than the rep, to say what solving the problem would be worth or make possible.',
    competencyId: 'comp-discovery-questioning',
    stageIds: ['stage-discovery-need-analysis', 'stage-solution-fit-value-definition'],
    methodologies: ['SPIN'],
    rubric: [
      'The rep lists the benefits; the buyer is never asked what a solution would be worth to them.',
      'Asks about benefits in closed form, such as “would that be useful?”, which draws only a yes or no.',
      'Asks open questions about the value of a solution, and the buyer describes at least one benefit in their own words.',
      'The buyer describes several specific benefits in their own words, including who else would gain, and the rep later uses those words in the proposal.',
    ],
  },
  {
    id: 'bhv-probes-pain-below-surface',
    name: 'Follows a stated problem with successively deeper questions',
    definition:
      'When the buyer mentions a problem, the rep asks a chain of follow-up questions that moves from the surface symptom to its business and personal impact.',
    competencyId: 'comp-discovery-questioning',
    stageIds: ['stage-discovery-need-analysis'],
    methodologies: ['Sandler'],
    rubric: [
      'Accepts the first statement of a problem and moves on without a follow-up question.',
      'Asks one follow-up question on the problem, then moves to another topic or to the product.',
      'Asks at least three linked follow-up questions on the main problem, reaching what it costs the business.',
      'Follows the main problem through at least three levels to its business and personal impact, and the buyer says in their own words why it matters to them now.',
    ],
  },
  {
    id: 'bhv-builds-on-buyer-answers',
    name: 'Bases the next question on the buyer’s last answer',
    definition:
      'The rep’s follow-up questions pick up words or points from the buyer’s previous answer instead of moving to the next item on a prepared list.',
    competencyId: 'comp-discovery-questioning',
    stageIds: ['stage-discovery-need-analysis'],
    methodologies: [],
    rubric: [
      'Questions follow a fixed list in the same order whatever the buyer says, and new points the buyer raises are left unexplored.',
      'Occasionally follows up on an answer, but usually returns to the prepared list and leaves new points hanging.',
      'Most follow-up questions refer directly to something the buyer has just said.',
      'Follow-ups consistently reuse the buyer’s words, pick up hesitations and things left unsaid, and return later in the call to points not yet explored.',
    ],
  },
  {
    id: 'bhv-plays-back-understanding',
    name: 'Summarises the buyer’s situation and asks for correction',
    definition:
      'Before moving from discovery to a solution, the rep summarises what they have heard and asks the buyer what is wrong or missing.',
    competencyId: 'comp-discovery-questioning',
    stageIds: ['stage-discovery-need-analysis', 'stage-solution-fit-value-definition'],
    methodologies: [],
    rubric: [
      'Moves to the solution without summarising what the buyer has said.',
      'Gives a summary but does not ask for correction, or the summary is framed mainly in product terms.',
      'Summarises the buyer’s problems, their impact and the buyer’s goals in the buyer’s terms, and asks what is wrong or missing before moving on.',
      'Summarises accurately and asks for correction, the buyer adds or corrects something, and the rep records the change and carries it into the next step.',
    ],
  },

  // Value creation and business case
  {
    id: 'bhv-quantifies-cost-of-inaction',
    name: 'Quantifies the cost of doing nothing in the buyer’s figures',
    definition:
      'The rep works out with the buyer what the current problem costs over a stated period, using figures the buyer supplies or confirms.',
    competencyId: 'comp-value-business-case',
    stageIds: ['stage-discovery-need-analysis', 'stage-solution-fit-value-definition'],
    methodologies: ['Challenger'],
    rubric: [
      'Does not discuss what the current situation costs, or quotes generic industry figures the buyer has not accepted.',
      'Gets the buyer to agree the problem is costly, but no figure is calculated, or the figures are the rep’s own estimates.',
      'Calculates a cost of the status quo over a stated period using figures the buyer supplied or confirmed on the call.',
      'Calculates the cost of inaction from the buyer’s figures, has a buyer stakeholder check the inputs, and the result appears in the business case in the buyer’s terms.',
    ],
  },
  {
    id: 'bhv-agrees-measurable-success-metric',
    name: 'Agrees a measurable success metric with a current baseline',
    definition:
      'The rep and the buyer agree at least one number, with its current value, that will show whether the purchase has worked.',
    competencyId: 'comp-value-business-case',
    stageIds: ['stage-solution-fit-value-definition', 'stage-proposal-demonstration'],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Success is described only in general terms such as “better efficiency”, with no measure.',
      'Names a measure but without a current baseline or target, or the measure was proposed by the rep and not confirmed by the buyer.',
      'Records at least one buyer-confirmed measure with its current baseline and a target.',
      'Records buyer-confirmed measures with baselines and targets, names the person on the buyer’s side who owns each, and uses them in the proposal and at handover.',
    ],
  },
  {
    id: 'bhv-reframes-with-evidenced-insight',
    name: 'Offers an evidenced insight that reframes the problem',
    definition:
      'The rep shares a specific point about the buyer’s business, backed by data or peer examples, that the buyer had not raised and that changes how they see the problem.',
    competencyId: 'comp-value-business-case',
    stageIds: ['stage-discovery-need-analysis', 'stage-solution-fit-value-definition'],
    methodologies: ['Challenger'],
    rubric: [
      'Offers no perspective beyond the buyer’s own description, or only product claims.',
      'Shares general industry trends the buyer already knows, without linking them to the buyer’s situation.',
      'Presents a specific, evidenced point the buyer had not raised, connects it to their situation, and the buyer engages with it by asking questions.',
      'Presents an insight that visibly shifts the buyer’s view, for example the buyer restates the problem or changes priorities, and it leads towards the rep’s strengths without becoming a product pitch.',
    ],
  },
  {
    id: 'bhv-describes-new-approach-before-product',
    name: 'Describes the new way of working before naming the product',
    definition:
      'The rep explains how the buyer could work differently, and why, before introducing the product or its features.',
    competencyId: 'comp-value-business-case',
    stageIds: ['stage-solution-fit-value-definition', 'stage-proposal-demonstration'],
    methodologies: ['Challenger'],
    rubric: [
      'Introduces the product and its features as soon as a problem is identified.',
      'Mentions a better approach but moves to features within a sentence or two, so the approach itself is never discussed.',
      'Sets out the new approach and gets the buyer’s reaction to it before the product is introduced.',
      'Gets the buyer to agree the new approach on its own merits first, so the product is then judged against that approach rather than against feature lists.',
    ],
  },
  {
    id: 'bhv-builds-business-case-with-buyer',
    name: 'Builds the business case together with a buyer stakeholder',
    definition:
      'The rep works through the business case figures with a buyer stakeholder who supplies, checks or corrects the inputs.',
    competencyId: 'comp-value-business-case',
    stageIds: ['stage-solution-fit-value-definition', 'stage-decision-process-stakeholder-alignment'],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Sends no business case, or one built alone on the seller’s assumptions.',
      'Builds the case alone and asks the buyer to review it, and the buyer makes no visible changes.',
      'Works through the inputs with a buyer stakeholder, who supplies or corrects figures before the case is shared more widely.',
      'Builds the case with a buyer stakeholder who then presents it internally, and the economic buyer’s questions about it are answered with the buyer’s own figures.',
    ],
  },

  // Proposal and presentation
  {
    id: 'bhv-opens-proposal-with-buyer-problem',
    name: 'Opens the proposal with the buyer’s problem and its impact',
    definition:
      'The first section of the proposal restates the buyer’s problem and its consequences in the buyer’s terms before describing the seller’s company or product.',
    competencyId: 'comp-proposal-presentation',
    stageIds: ['stage-proposal-demonstration'],
    methodologies: [],
    rubric: [
      'The proposal opens with the seller’s company history or product overview, and the buyer’s problem appears late or not at all.',
      'The problem is stated near the start, but in generic or product terms that could apply to any customer.',
      'The opening section states the buyer’s problem and its impact in the buyer’s terms, drawn from the discovery notes.',
      'The opening states the problem, its quantified impact and why it matters now in phrases the buyer used, and the buyer has confirmed it is accurate before the proposal is finalised.',
    ],
  },
  {
    id: 'bhv-states-decision-required',
    name: 'States in the proposal the decision the buyer must make',
    definition:
      'The proposal ends by naming the specific decision required, who needs to make it and the next steps with dates.',
    competencyId: 'comp-proposal-presentation',
    stageIds: ['stage-proposal-demonstration', 'stage-decision-process-stakeholder-alignment'],
    methodologies: [],
    rubric: [
      'The proposal ends with a price and a signature block, with no statement of the decision or next steps.',
      'Lists next steps in general terms such as “let us know your thoughts”, with no decision, owner or date.',
      'States the decision required, who makes it and the next steps with dates.',
      'States the decision, its owner, dated next steps and what happens if the buyer chooses a different option, all agreed with the buyer before the proposal is sent.',
    ],
  },
  {
    id: 'bhv-anchors-demo-to-discovery',
    name: 'Anchors the demonstration to problems found in discovery',
    definition:
      'The rep opens the demonstration by naming the buyer’s stated problems and shows only the parts of the product that address them.',
    competencyId: 'comp-proposal-presentation',
    stageIds: ['stage-proposal-demonstration'],
    methodologies: [],
    rubric: [
      'Gives the standard demonstration in the usual order, whatever was learnt in discovery.',
      'Mentions the buyer’s problems at the start, but most of the demonstration covers features not linked to them.',
      'Names the buyer’s main problems at the start and links each part shown to one of them.',
      'Checks at the start that the problems are still the priority, shows only what addresses them and ties each part back to the buyer’s own figures or words.',
    ],
  },
  {
    id: 'bhv-checks-reaction-during-demo',
    name: 'Checks the buyer’s reaction at regular points in a demo',
    definition:
      'During a demonstration the rep pauses to ask how what the buyer has just seen would apply to their own situation.',
    competencyId: 'comp-proposal-presentation',
    stageIds: ['stage-proposal-demonstration'],
    methodologies: [],
    rubric: [
      'Demonstrates without pausing, and the buyer speaks only to interrupt or at the end.',
      'Asks “any questions?” once or twice, which draws little response.',
      'Pauses after each main section to ask an open question about how it applies to the buyer.',
      'Pauses regularly with specific questions, the buyer talks through their own use cases, and the rep changes what is shown next in response.',
    ],
  },
  {
    id: 'bhv-sets-out-implementation-plan',
    name: 'Sets out the implementation plan in the proposal',
    definition:
      'The proposal describes the implementation steps, the timeline, the seller’s responsibilities and what the customer must provide for the solution to work.',
    competencyId: 'comp-proposal-presentation',
    stageIds: ['stage-proposal-demonstration', 'stage-closing-handover-implementation'],
    methodologies: [],
    rubric: [
      'The proposal has no implementation section, or says only that onboarding is included.',
      'Gives a standard implementation timeline that does not mention this customer’s resources or constraints.',
      'Describes implementation steps, timeline and the customer’s responsibilities for this customer, agreed with the delivery team.',
      'Gives a plan reviewed by delivery and by the customer’s project owner, including dependencies and resource needs the customer has confirmed they can meet.',
    ],
  },

  // Stakeholder and decision-process management
  {
    id: 'bhv-identifies-economic-buyer',
    name: 'Identifies the economic buyer by name and role',
    definition:
      'The rep establishes, from what people at the buyer say rather than from an organisation chart, which person has final authority over the money for this purchase.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: ['stage-discovery-need-analysis', 'stage-decision-process-stakeholder-alignment'],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Cannot name the person with final budget authority, or assumes it is the main contact.',
      'Names a likely economic buyer from their job title, with no confirmation from anyone at the buyer.',
      'Names the economic buyer as confirmed by the buyer and has a plan, agreed with the contact, to meet them.',
      'Has met the economic buyer, heard their priorities first-hand and linked the value case to those priorities.',
    ],
  },
  {
    id: 'bhv-maps-decision-steps-and-dates',
    name: 'Maps the buyer’s decision steps, people and dates',
    definition:
      'The rep asks the buyer to describe each step from now to a decision, who is involved at each step and when it happens, and records the sequence.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: ['stage-decision-process-stakeholder-alignment'],
    methodologies: ['MEDDPICC', 'Sandler'],
    rubric: [
      'Has no view of how the decision will be made beyond “they will let us know”.',
      'Knows some steps, such as a committee meeting, but not who attends or when, and the view rests on the rep’s assumptions.',
      'Records each decision step with the people involved and dates, as described by the buyer.',
      'Records the buyer’s steps, people and dates, confirms them with a second stakeholder, and notices and follows up when the buyer departs from them.',
    ],
  },
  {
    id: 'bhv-gets-ranked-decision-criteria',
    name: 'Gets the buyer to state and rank their decision criteria',
    definition:
      'The rep asks the buyer what the decision will be judged on and which criteria matter most, and records them in the buyer’s order.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: [
      'stage-discovery-need-analysis',
      'stage-solution-fit-value-definition',
      'stage-decision-process-stakeholder-alignment',
    ],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Does not ask how the decision will be judged, or assumes the criteria are price and features.',
      'Collects a list of criteria without their relative importance, or copies them from a tender document without discussing them.',
      'Records the criteria in the buyer’s order of importance, as stated by the buyer.',
      'Records ranked criteria confirmed by more than one stakeholder, and where it is fair to do so, helps the buyer add criteria that reflect the diagnosed problem.',
    ],
  },
  {
    id: 'bhv-asks-about-paper-process',
    name: 'Asks about contract, legal and procurement steps early',
    definition:
      'Before the proposal is sent, the rep asks what contracting, procurement, legal and security reviews a purchase of this size must pass and how long each takes.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: ['stage-decision-process-stakeholder-alignment', 'stage-negotiation-risk-resolution'],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Learns about procurement, legal or security reviews only after the buyer has accepted the proposal.',
      'Asks whether legal or procurement will be involved, but records no steps, owners or durations.',
      'Before the proposal, records each contracting step with its owner and usual duration, as described by the buyer.',
      'Records the full contracting path before the proposal, starts steps that can run in parallel, such as security questionnaires, early and builds the durations into the close plan.',
    ],
  },
  {
    id: 'bhv-tests-champion-with-request',
    name: 'Tests the champion by asking them to take a specific action',
    definition:
      'The rep asks their main supporter at the buyer to do something that shows influence, such as arranging access to the economic buyer or sharing the internal approval route.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: ['stage-decision-process-stakeholder-alignment'],
    methodologies: ['MEDDPICC'],
    rubric: [
      'Calls the main contact a champion because they are friendly and responsive, without any test.',
      'Asks the contact for help in general terms, with no specific action and no check on whether anything happened.',
      'Asks the contact for a specific action that would show influence and records whether it was done.',
      'Tests the champion with specific requests at several points, records the results, and revises the deal assessment or finds another supporter when a test fails.',
    ],
  },
  {
    id: 'bhv-multi-threads-buying-group',
    name: 'Holds direct conversations with several buying-group roles',
    definition:
      'The rep talks directly with people in different roles within the buying group, not only with the original contact.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: ['stage-discovery-need-analysis', 'stage-decision-process-stakeholder-alignment'],
    methodologies: [],
    rubric: [
      'All contact with the buyer goes through one person.',
      'Has met other people once, usually at a demonstration the main contact arranged, with no direct follow-up.',
      'Holds separate, direct conversations with at least two buying-group roles beyond the original contact.',
      'Keeps direct contact with every role that influences the decision, including users, finance and the economic buyer, and records each person’s view of the purchase.',
    ],
  },
  {
    id: 'bhv-tailors-message-to-stakeholder',
    name: 'Tailors the message to each stakeholder’s priorities',
    definition:
      'The rep changes the points and evidence they present to match the role, goals and concerns of the stakeholder in the conversation.',
    competencyId: 'comp-stakeholder-decision-process',
    stageIds: ['stage-proposal-demonstration', 'stage-decision-process-stakeholder-alignment'],
    methodologies: ['Challenger'],
    rubric: [
      'Gives the same pitch and materials to every stakeholder, whatever their role.',
      'Swaps job-title references but keeps the same points and evidence for everyone.',
      'Chooses points and evidence that relate to the stakeholder’s stated role and goals, such as cost for finance and workload for users.',
      'Prepares a distinct message for each stakeholder from what that person has said, and each stakeholder responds on points that matter to them.',
    ],
  },

  // Negotiation and objection handling
  {
    id: 'bhv-trades-every-concession',
    name: 'Asks for something in return for every concession',
    definition:
      'When the rep gives ground on price, scope or terms, they name in the same conversation what the buyer provides in exchange.',
    competencyId: 'comp-negotiation-objections',
    stageIds: ['stage-negotiation-risk-resolution'],
    methodologies: [],
    rubric: [
      'Gives discounts or extras on request without asking for anything back.',
      'Sometimes asks for something in return, but concedes anyway when the buyer declines.',
      'Links each concession to a specific return, such as a longer term, an earlier signature or a reference.',
      'Trades every concession for a return of similar value, concedes in small steps and confirms each trade in writing.',
    ],
  },
  {
    id: 'bhv-raises-commercial-terms-proactively',
    name: 'Raises price and commercial terms before the buyer does',
    definition:
      'The rep brings up price, payment and contract terms at a planned point instead of waiting for the buyer to ask.',
    competencyId: 'comp-negotiation-objections',
    stageIds: ['stage-proposal-demonstration', 'stage-negotiation-risk-resolution'],
    methodologies: ['Challenger'],
    rubric: [
      'Avoids price until the buyer asks, then gives a figure hesitantly or with an immediate discount.',
      'Mentions a likely price range but changes the subject when the buyer reacts.',
      'Raises price and the main terms at a planned point after value has been discussed, and states them plainly.',
      'Introduces commercial terms calmly, explains the price in terms of the value already agreed, and keeps the discussion on that basis when the buyer pushes back.',
    ],
  },
  {
    id: 'bhv-clarifies-objection-before-answering',
    name: 'Clarifies an objection before responding to it',
    definition:
      'When the buyer raises an objection, the rep asks at least one question to understand the concern behind it before giving an answer.',
    competencyId: 'comp-negotiation-objections',
    stageIds: ['stage-proposal-demonstration', 'stage-negotiation-risk-resolution'],
    methodologies: [],
    rubric: [
      'Answers objections at once, often with a prepared rebuttal, without asking anything.',
      'Acknowledges the objection but answers without finding out what lies behind it.',
      'Asks what is behind the objection and answers the concern the buyer then describes.',
      'Asks clarifying questions, restates the real concern in the buyer’s words, answers it and checks that it is resolved before moving on.',
    ],
  },
  {
    id: 'bhv-assigns-owner-to-each-deal-risk',
    name: 'Agrees an owner for each open risk in the deal',
    definition:
      'For every known risk to the decision or to delivery, the rep agrees with the buyer or the internal team who will resolve it and by when.',
    competencyId: 'comp-negotiation-objections',
    stageIds: ['stage-decision-process-stakeholder-alignment', 'stage-negotiation-risk-resolution'],
    methodologies: [],
    rubric: [
      'Deal risks are not named, or are mentioned only in passing with no owner.',
      'Lists the risks but leaves owners or dates missing for most of them.',
      'Records each open risk with an owner and a date agreed with the person concerned.',
      'Records risks with owners and dates, reviews them at every meeting and raises any unresolved risk with the buyer before signature.',
    ],
  },

  // Closing and handover
  {
    id: 'bhv-agrees-dated-next-step',
    name: 'Ends each meeting with a dated next step the buyer accepts',
    definition:
      'Before a meeting ends, the rep proposes a specific next step with a date and an owner, and the buyer agrees to it.',
    competencyId: 'comp-closing-handover',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-proposal-demonstration',
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
      'stage-closing-handover-implementation',
    ],
    methodologies: ['Sandler', 'Challenger'],
    rubric: [
      'Meetings end with “I’ll send something over” or “let’s stay in touch”, with no date or owner.',
      'Proposes a next step without a date, or sets a date the buyer does not confirm.',
      'Most meetings end with a specific next step, date and owner that the buyer confirms aloud.',
      'Every meeting ends with a buyer-confirmed, dated next step that includes an action by the buyer, and the rep accepts a clear no as a valid outcome.',
    ],
  },
  {
    id: 'bhv-asks-for-the-decision',
    name: 'Asks for the decision once the buyer’s criteria are met',
    definition:
      'When the buyer has confirmed that their agreed criteria are met, the rep asks plainly for the decision rather than waiting for the buyer to offer it.',
    competencyId: 'comp-closing-handover',
    stageIds: ['stage-negotiation-risk-resolution', 'stage-closing-handover-implementation'],
    methodologies: [],
    rubric: [
      'Waits for the buyer to raise the decision, or sends repeated “just checking in” messages instead of asking.',
      'Hints at the decision, for example by asking how things are looking, without asking for it directly.',
      'Confirms the criteria are met and then asks directly whether the buyer will go ahead.',
      'Asks directly for the decision at the agreed point, responds calmly to a yes or a no, and agrees the next step either way.',
    ],
  },
  {
    id: 'bhv-builds-mutual-close-plan',
    name: 'Builds a shared close plan with the buyer',
    definition:
      'The rep and the buyer keep a shared, dated list of the steps to signature and go-live, with an owner for each step on either side.',
    competencyId: 'comp-closing-handover',
    stageIds: [
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
      'stage-closing-handover-implementation',
    ],
    methodologies: ['MEDDPICC'],
    rubric: [
      'No written plan exists; the path to signature lives only in the rep’s head or in the CRM close date.',
      'The rep has a written plan, but the buyer has not seen or agreed it.',
      'A plan with dated steps and owners on both sides has been agreed with the buyer and is reviewed at meetings.',
      'The buyer keeps the plan up to date alongside the rep, it includes legal, procurement and go-live steps, and slippage is discussed openly as soon as it happens.',
    ],
  },
  {
    id: 'bhv-writes-handover-brief',
    name: 'Writes a handover brief for the delivery team',
    definition:
      'Before delivery starts, the rep gives the delivery team a written record of the problem the customer bought against, the commitments made, the risks discussed, the stakeholders and the success measures.',
    competencyId: 'comp-closing-handover',
    stageIds: ['stage-closing-handover-implementation'],
    methodologies: [],
    rubric: [
      'Gives no handover, so delivery learns about the customer from the signed order form alone.',
      'Gives a verbal handover or a short note that leaves out commitments made or risks discussed.',
      'Provides a written brief covering the problem, commitments, risks, stakeholders and success measures before the kick-off meeting.',
      'Provides a complete written brief, walks delivery through it, answers their questions and agrees with them how any commitment they doubt will be raised with the customer.',
    ],
  },

  // Account growth and retention
  {
    id: 'bhv-reviews-results-against-agreed-metrics',
    name: 'Reviews results with the customer against agreed metrics',
    definition:
      'After go-live the rep meets the customer to compare measured results with the success metrics and baselines agreed before the sale.',
    competencyId: 'comp-account-growth',
    stageIds: ['stage-after-sales-retention-growth'],
    methodologies: [],
    rubric: [
      'Holds no results review after the sale, and contacts the customer again only at renewal.',
      'Asks whether the customer is happy without referring to the agreed metrics.',
      'Holds a review that compares measured results with the agreed metrics and records any gap.',
      'Reviews results against the agreed metrics at planned intervals, agrees actions on any gap with the customer and delivery, and shares the results with the economic buyer.',
    ],
  },
  {
    id: 'bhv-expands-from-newly-diagnosed-need',
    name: 'Grows the account from a newly diagnosed customer need',
    definition:
      'Expansion conversations start from a problem the customer has described since the sale, not from a product the rep wants to place.',
    competencyId: 'comp-account-growth',
    stageIds: ['stage-after-sales-retention-growth'],
    methodologies: [],
    rubric: [
      'Proposes additional products because the seller wants to sell them, with no discussion of a new need.',
      'Asks in general about new needs but moves quickly to a prepared upsell.',
      'Diagnoses a new problem with the customer through discovery questions before proposing any addition.',
      'Finds expansion through regular discovery with both existing and new stakeholders, and advises against additions the customer does not need.',
    ],
  },
  {
    id: 'bhv-raises-renewal-risk-early',
    name: 'Raises renewal risk well before the renewal date',
    definition:
      'The rep records warning signs such as falling usage, a departed sponsor or unresolved issues, and raises them with the customer and internally well ahead of renewal.',
    competencyId: 'comp-account-growth',
    stageIds: ['stage-after-sales-retention-growth'],
    methodologies: [],
    rubric: [
      'Learns of renewal problems only when the customer gives notice or at the renewal meeting.',
      'Notices warning signs but records or raises them only close to the renewal date.',
      'Records warning signs when they appear and raises them internally and with the customer at least a quarter before renewal.',
      'Tracks warning signs throughout the contract, agrees a recovery plan with the customer as soon as a risk appears and forecasts the renewal on the evidence.',
    ],
  },
  {
    id: 'bhv-asks-for-referral-after-confirmed-value',
    name: 'Asks for a referral once the customer confirms value',
    definition:
      'After the customer has confirmed results they value, the rep asks for an introduction to a specific person or organisation likely to have a similar problem.',
    competencyId: 'comp-account-growth',
    stageIds: ['stage-after-sales-retention-growth'],
    methodologies: [],
    rubric: [
      'Never asks for referrals, or asks before the customer has seen any results.',
      'Asks in general terms, such as “do you know anyone who might be interested?”.',
      'Asks for an introduction to a named person or a specific type of organisation after the customer has confirmed results.',
      'Asks for specific introductions after confirmed results, drafts the introduction to make it easy, and tells the customer afterwards what came of it.',
    ],
  },

  // Pipeline honesty, forecasting and CRM discipline
  {
    id: 'bhv-advances-stage-on-buyer-exit-criteria',
    name: 'Moves a deal’s stage only on buyer-verified exit criteria',
    definition:
      'The rep advances an opportunity to the next stage only when the buyer action required by that stage’s exit criteria has happened and is recorded.',
    competencyId: 'comp-pipeline-forecasting-crm',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-solution-fit-value-definition',
      'stage-proposal-demonstration',
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
    ],
    methodologies: [],
    rubric: [
      'Advances stages on seller activity, such as a proposal sent or a demonstration given, with no buyer action recorded.',
      'Can name the exit criteria, but several deals sit in stages whose required buyer action has not happened.',
      'Almost every deal under review sits in a stage whose buyer exit criteria are met and recorded.',
      'Every stage change cites the buyer action that met the exit criteria, and the rep moves deals back when later evidence contradicts an earlier stage.',
    ],
  },
  {
    id: 'bhv-records-reason-for-close-date-change',
    name: 'Records a reason every time a close date moves',
    definition:
      'Whenever the rep changes an opportunity’s expected close date, they record what happened at the buyer to cause the change.',
    competencyId: 'comp-pipeline-forecasting-crm',
    stageIds: [
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
      'stage-closing-handover-implementation',
    ],
    methodologies: [],
    rubric: [
      'Close dates move repeatedly with no reason recorded.',
      'Records reasons for some changes, often in general terms such as “slipped” or “customer busy”.',
      'Records a specific reason on the buyer’s side for each close date change.',
      'Records a specific buyer-side reason for each change, spots repeated slips, and re-examines the deal’s qualification after the second move.',
    ],
  },
  {
    id: 'bhv-marks-fields-confirmed-or-assumed',
    name: 'Marks each qualification field as confirmed or assumed',
    definition:
      'For every qualification field in the opportunity record, the rep notes whether the buyer confirmed it or whether it is the rep’s own assumption.',
    competencyId: 'comp-pipeline-forecasting-crm',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-decision-process-stakeholder-alignment',
    ],
    methodologies: [],
    rubric: [
      'Fills in qualification fields with no indication of source, and many turn out to be guesses.',
      'Marks some fields, but assumptions are often recorded as if the buyer had confirmed them.',
      'Marks every field as confirmed or assumed, and each confirmed field cites the call, email or document it came from.',
      'Marks every field with its source, brings the assumptions to deal reviews as the main topic and plans buyer conversations to confirm or drop them.',
    ],
  },
  {
    id: 'bhv-updates-record-same-day',
    name: 'Updates the record with the agreed next step the same day',
    definition:
      'After each buyer meeting, the rep updates the opportunity record with what was learnt and the agreed next step before the end of the working day.',
    competencyId: 'comp-pipeline-forecasting-crm',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-discovery-need-analysis',
      'stage-proposal-demonstration',
      'stage-negotiation-risk-resolution',
    ],
    methodologies: [],
    rubric: [
      'Updates records irregularly, often just before a pipeline review, and next steps are missing or out of date.',
      'Updates the record within a few days, but entries are bare activity logs with nothing about what was learnt.',
      'Updates the record the same day with the main points learnt and the agreed next step and date.',
      'Makes same-day updates that a colleague could act on without asking the rep, including the buyer’s own words on need, decision and risks.',
    ],
  },
  {
    id: 'bhv-commits-forecast-on-buyer-evidence',
    name: 'Forecasts a deal as committed only with buyer evidence',
    definition:
      'The rep places a deal in the commit forecast category only when they can cite the buyer’s confirmation of budget, approvers and signing date.',
    competencyId: 'comp-pipeline-forecasting-crm',
    stageIds: [
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
      'stage-closing-handover-implementation',
    ],
    methodologies: [],
    rubric: [
      'Commits deals on feel or deal size, with no buyer confirmation cited.',
      'Cites buyer confirmation for some elements, but commits deals whose approval or signing date is unconfirmed.',
      'Commits only deals with cited buyer confirmation of budget, approvers and signing date.',
      'Commits only evidence-backed deals, names the specific remaining risk on each, and their committed figures over recent periods have landed close to actual results.',
    ],
  },

  // Ethics and trust
  {
    id: 'bhv-commits-only-to-confirmed-delivery',
    name: 'Commits only to what delivery has confirmed it can do',
    definition:
      'When the buyer asks for a capability, date or service level, the rep commits only to what the product or delivery team has confirmed and says openly when something is unconfirmed.',
    competencyId: 'comp-ethics-trust',
    stageIds: [
      'stage-solution-fit-value-definition',
      'stage-proposal-demonstration',
      'stage-negotiation-risk-resolution',
    ],
    methodologies: [],
    rubric: [
      'Agrees to features, dates or service levels on the spot without checking whether they can be delivered.',
      'Checks some commitments but uses hopeful phrases such as “that should be fine” about things not yet confirmed.',
      'Tells the buyer plainly when something is unconfirmed, checks it with delivery and commits only after confirmation.',
      'Commits only to confirmed capabilities, writes any limits into the proposal, and tells the buyer no when something cannot be delivered, even at the risk of losing the deal.',
    ],
  },
  {
    id: 'bhv-discloses-material-risks',
    name: 'Discloses material risks before the buyer commits',
    definition:
      'Before the buyer signs, the rep tells them, in a call or in writing, about known risks to delivery, cost or outcome that could affect their decision.',
    competencyId: 'comp-ethics-trust',
    stageIds: [
      'stage-proposal-demonstration',
      'stage-negotiation-risk-resolution',
      'stage-closing-handover-implementation',
    ],
    methodologies: [],
    rubric: [
      'Does not mention known risks to the buyer, or plays them down when the buyer asks.',
      'Mentions risks only when the buyer asks directly, or only in vague terms.',
      'Raises known material risks unprompted before signature and explains how each will be managed.',
      'Raises material risks early and in writing, agrees with the buyer how each will be managed, and includes them in the handover so delivery knows what the buyer was told.',
    ],
  },
  {
    id: 'bhv-reports-weak-opportunities-as-weak',
    name: 'Reports weak opportunities as weak in deal reviews',
    definition:
      'In deal reviews and forecast calls the rep states which qualification elements are missing or unverified instead of presenting the opportunity as stronger than the evidence shows.',
    competencyId: 'comp-ethics-trust',
    stageIds: [
      'stage-initial-contact-qualification',
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
    ],
    methodologies: [],
    rubric: [
      'Describes opportunities as strong when key elements, such as the need or the decision maker, are unverified.',
      'Acknowledges gaps when the manager asks about them, but does not raise them unprompted.',
      'Raises the missing or unverified elements of each opportunity unprompted in reviews.',
      'Opens each review with the weakest points of the deal, proposes whether to continue, and closes opportunities that cannot be qualified.',
    ],
  },
  {
    id: 'bhv-avoids-discount-to-cover-weak-value',
    name: 'Does not use discounts to make up for an unproven value case',
    definition:
      'When the buyer hesitates because the value is unclear, the rep returns to building the value case rather than offering a lower price.',
    competencyId: 'comp-ethics-trust',
    stageIds: ['stage-proposal-demonstration', 'stage-negotiation-risk-resolution'],
    methodologies: [],
    rubric: [
      'Offers a discount as the first response to any hesitation from the buyer.',
      'Tries to restate the value, but moves to a discount soon after when the buyer does not respond.',
      'When the hesitation is about value, asks what is unclear and works on the value case, without using a discount for that purpose.',
      'Establishes whether hesitation is about value or about budget, rebuilds the value case with the buyer where it is weak, and can explain to the manager why any later concession is not standing in for value.',
    ],
  },
  {
    id: 'bhv-uses-only-genuine-deadlines',
    name: 'Uses only genuine deadlines to create urgency',
    definition:
      'Every deadline, price expiry or scarcity claim the rep gives the buyer is true and could be backed up if the buyer asked.',
    competencyId: 'comp-ethics-trust',
    stageIds: ['stage-negotiation-risk-resolution', 'stage-closing-handover-implementation'],
    methodologies: [],
    rubric: [
      'Invents deadlines or price expiries to push a decision, such as a “this quarter only” offer repeated every quarter.',
      'Uses deadlines that are loosely true but overstated, for example implying a price rise is certain when it is not.',
      'Mentions only deadlines that are true, and explains the reason for each.',
      'Builds urgency from the buyer’s own compelling event rather than seller deadlines, and any seller deadline mentioned is real and explained.',
    ],
  },
  {
    id: 'bhv-represents-competitors-accurately',
    name: 'Describes competitors accurately and without disparagement',
    definition:
      'When competitors come up, the rep states only facts they can support and compares on the buyer’s criteria without belittling the other supplier.',
    competencyId: 'comp-ethics-trust',
    stageIds: [
      'stage-solution-fit-value-definition',
      'stage-proposal-demonstration',
      'stage-decision-process-stakeholder-alignment',
    ],
    methodologies: [],
    rubric: [
      'Makes claims about competitors that are out of date, unsupported or dismissive.',
      'Avoids open disparagement but makes loose comparisons the rep could not support if challenged.',
      'Compares on the buyer’s stated criteria using facts the rep can support, and acknowledges a competitor’s strengths where they exist.',
      'Compares accurately and fairly, concedes where a competitor fits part of the need better, and the buyer treats the rep as a reliable source on the market.',
    ],
  },
];
