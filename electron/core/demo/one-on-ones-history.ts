import type { OneOnOne } from '../../../shared/contract';
import type { Cadence } from '../../../shared/domain/cadence';
import type { Dispatcher } from '../dispatch';
import type { DemoSeedContext } from './team';
import {
  backToWeekday,
  dateMs,
  DAY,
  demoCaller,
  forwardToWeekday,
  generator,
  hash,
  isoDate,
  isWeekend,
  todayMs,
} from './support';

/*
 * A year of one-to-ones for the demo team, written after the coaching history and through the same
 * dispatcher (`callNow`), so every rule a user meets applies here too: open talking points carry over by
 * date, a point carried three times is stuck, focus means one to three behaviours, a dropped commitment
 * needs a reason.
 *
 * Each rep has a plan: a cadence, where their last one-to-one falls, chapters of their story (the focus
 * of that period and the meetings worth writing notes for) and a finale, the last few meetings, written
 * out in full. Meetings a chapter has no content for are short ones: the standing points, a template or
 * one talking point, ticked off, no notes. Dates are relative to today and fall on weekdays.
 *
 * The last meeting held is placed where the existing observations can speak to it, and its focus is
 * chosen among the behaviours that fit the rep's story, preferring ones observed since: so the prep
 * brief always opens with "since last time" evidence.
 */

const SEED = 0x0e0e_1011;

/** Library behaviours, by a short name. */
const B = {
  icp: 'bhv-checks-account-against-icp',
  opensWithReason: 'bhv-opens-with-account-specific-reason',
  sizesPipeline: 'bhv-sizes-pipeline-from-own-conversion',
  needInWords: 'bhv-confirms-need-in-buyer-words',
  funded: 'bhv-asks-how-purchase-is-funded',
  approvers: 'bhv-identifies-approvers-beyond-contact',
  timelineEvent: 'bhv-confirms-event-behind-timeline',
  alternatives: 'bhv-asks-about-alternatives',
  situation: 'bhv-limits-situation-questions',
  frontContract: 'bhv-sets-up-front-contract',
  implication: 'bhv-asks-implication-questions',
  needPayoff: 'bhv-asks-need-payoff-questions',
  pain: 'bhv-probes-pain-below-surface',
  buildsOnAnswers: 'bhv-builds-on-buyer-answers',
  playback: 'bhv-plays-back-understanding',
  costOfInaction: 'bhv-quantifies-cost-of-inaction',
  successMetric: 'bhv-agrees-measurable-success-metric',
  businessCase: 'bhv-builds-business-case-with-buyer',
  opensProposal: 'bhv-opens-proposal-with-buyer-problem',
  decisionRequired: 'bhv-states-decision-required',
  anchorsDemo: 'bhv-anchors-demo-to-discovery',
  checksReaction: 'bhv-checks-reaction-during-demo',
  economicBuyer: 'bhv-identifies-economic-buyer',
  decisionSteps: 'bhv-maps-decision-steps-and-dates',
  rankedCriteria: 'bhv-gets-ranked-decision-criteria',
  paperProcess: 'bhv-asks-about-paper-process',
  champion: 'bhv-tests-champion-with-request',
  multiThreads: 'bhv-multi-threads-buying-group',
  tailors: 'bhv-tailors-message-to-stakeholder',
  trades: 'bhv-trades-every-concession',
  termsEarly: 'bhv-raises-commercial-terms-proactively',
  clarifiesObjection: 'bhv-clarifies-objection-before-answering',
  nextStep: 'bhv-agrees-dated-next-step',
  closePlan: 'bhv-builds-mutual-close-plan',
  stageOnExit: 'bhv-advances-stage-on-buyer-exit-criteria',
  closeDateReason: 'bhv-records-reason-for-close-date-change',
  confirmedOrAssumed: 'bhv-marks-fields-confirmed-or-assumed',
  sameDay: 'bhv-updates-record-same-day',
  commitsOnEvidence: 'bhv-commits-forecast-on-buyer-evidence',
  confirmedDelivery: 'bhv-commits-only-to-confirmed-delivery',
  risks: 'bhv-discloses-material-risks',
  weakAsWeak: 'bhv-reports-weak-opportunities-as-weak',
  noDiscount: 'bhv-avoids-discount-to-cover-weak-value',
  competitors: 'bhv-represents-competitors-accurately',
} as const;

export const TEMPLATES = {
  pipeline: 'tpl-pipeline-review',
  call: 'tpl-call-review',
  development: 'tpl-development',
} as const;
export type TemplateKey = keyof typeof TEMPLATES;

export interface AgendaSpec {
  text: string;
  author?: 'manager' | 'rep';
  recurring?: boolean;
  /** Not reached in this meeting: it stays open and comes round again next time. */
  leaveOpen?: boolean;
  /** Never ticked off, so it is carried until it is stuck: the graveyard item of the demo. */
  stuck?: boolean;
}

export interface CommitmentSpec {
  text: string;
  owner?: 'rep' | 'manager';
  behaviour?: string;
  /** Due this many days after the meeting… */
  dueIn?: number;
  /** …or this many days from today (still open ones). */
  dueFromToday?: number;
  outcome: 'done' | 'open' | { dropped: string };
}

/** A paragraph, or a bullet when it starts with "• ". */
export type Para = string;

export interface Bundle {
  template?: TemplateKey;
  agenda?: readonly (string | AgendaSpec)[];
  /** Replaces the chapter's focus from this meeting on, until the next chapter. */
  focus?: readonly string[];
  shared?: readonly Para[];
  private?: readonly Para[];
  commitments?: readonly CommitmentSpec[];
}

export interface Chapter {
  /** The chapter covers meetings from this many days ago until the next chapter starts. */
  fromDaysAgo: number;
  focus: readonly string[];
  bundles: readonly Bundle[];
}

export interface LastFocus {
  /** Behaviours that fit the story at the last meeting, best first: up to three are chosen. */
  candidates: readonly string[];
  /** What the manager wrote under "Until we next meet" for each, in the shared notes. */
  lines: Readonly<Record<string, string>>;
}

export interface RepPlan {
  key: string;
  cadence: Cadence;
  /** Where the last one-to-one held may fall, in days before today, and where it ideally falls. */
  last: { from: number; to: number; target: number };
  /** After the last one held: the next one planned (on cadence), one cancelled, or nothing (overdue). */
  tail: { kind: 'planned' | 'cancelled'; bundle: Bundle } | null;
  /** Meetings cancelled, counted back from the last one held (1); never within the finale. */
  cancelled: readonly number[];
  /** Chance that an ordinary slot was simply skipped. */
  skipChance: number;
  /** Added to the first one-to-one, recurring from then on. */
  standing?: string;
  defaultTemplate?: TemplateKey;
  /** Talking points for short meetings with no written content, used once each. */
  fillers: readonly string[];
  chapters: readonly Chapter[];
  /** The last meetings held, oldest first; the last one is the last one held. */
  finale: readonly Bundle[];
  lastFocus: LastFocus;
}

const rep = (text: string, extra: Omit<AgendaSpec, 'text' | 'author'> = {}): AgendaSpec => ({
  text,
  author: 'rep',
  ...extra,
});

// ---------------------------------------------------------------------------------------------------
// The plans. Written as Marcus, in the first person, in the same voice as the coaching notes.

const STUCK_ITEM = 'Territory plan for the Nordics: the first ten accounts in Finland, and why those';

export const PLANS: readonly RepPlan[] = [
  {
    // Enterprise AE: discovery first (implication questions, depth), then qualification, now the economic buyer.
    key: 'tom',
    cadence: 'fortnightly',
    last: { from: 13, to: 1, target: 6 },
    tail: {
      kind: 'planned',
      bundle: {
        agenda: [
          rep('Fellgate payback calculation: a look before it goes to the finance director'),
          'Pennine Freight renewal: what could go wrong',
        ],
      },
    },
    cancelled: [9],
    skipChance: 0.06,
    fillers: [
      'Pennine Freight: anything new since the pilot started?',
      'Expenses and travel for the Leeds customer day',
      'Which deal most needs my help this fortnight?',
      'Account list for next quarter: keep, swap or drop',
    ],
    chapters: [
      {
        fromDaysAgo: 400,
        focus: [B.implication, B.needPayoff],
        bundles: [
          {
            agenda: [
              'How the first full quarter went: what is harder than you expected?',
              rep('Help with the Calder Water demo next week'),
            ],
            shared: [
              'Tom’s first full quarter. Plenty of activity (over forty first meetings), but only three have gone past a second call.',
              'We listened to ten minutes of the Calder Water call together. The buyer said the planners “live in spreadsheets” and Tom went straight to the scheduling module. The question that was missing: what does living in spreadsheets cost you?',
              'Agreed to practise one thing: before any demo, two questions about what the problem leads to.',
            ],
            private: [
              'Talking fast and filling every silence. I think he is anxious about the number: the quarter came in at 40% and he knows it. Keep these conversations about one behaviour, not the number.',
            ],
            commitments: [
              {
                text: 'On the next three first calls, ask two “what does that lead to?” questions before showing anything',
                behaviour: B.implication,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            shared: [
              'Call review, Calder Water demo.',
              '• The moment: at 12:40 the operations manager said overtime had doubled since the reorganisation.',
              '• The gap: Tom said “we can definitely help with that” and moved on. Nobody asked what doubling costs or who is feeling it.',
              '• The commitment: on the next call, stay on the first problem until the buyer has put a number or a name on it.',
            ],
            commitments: [
              {
                text: 'Send me the recording of the Pennine Freight first call, with the moment you want to talk about marked',
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [
              'Pennine Freight first call: what went differently',
              rep('Can marketing give me the logistics case studies?'),
            ],
            shared: [
              'Better. On Pennine Freight he asked what happens when a driver rota goes wrong, and the transport manager talked for four minutes about missed delivery windows and penalty clauses.',
              'He still moved to the product straight after. Next step: ask the buyer what fixing it would be worth, and let them say it rather than us.',
            ],
            commitments: [
              {
                text: 'Ask one “what would it be worth to you?” question on each discovery call this fortnight',
                behaviour: B.needPayoff,
                dueIn: 14,
                outcome: 'done',
              },
              {
                text: 'Get Tom the two logistics case studies from marketing',
                owner: 'manager',
                dueIn: 5,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            shared: [
              'The moment: on the Pennine follow-up the transport manager said the penalties were “a few grand a month”. The gap: Tom nodded and wrote it down. The commitment: ask how many grand, and who sees that figure every month.',
            ],
            commitments: [
              {
                text: 'Ask Pennine Freight for the monthly penalty figure and who sees it',
                behaviour: B.pain,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Calder Water lost: what we can learn from it'],
            shared: [
              'Calder Water went with the incumbent. Tom’s first view was price. The buyer’s email says they “could not justify the change this year”. We never found out what staying as they are costs them, so they had nothing to justify it with.',
              'Not a blame conversation: he saw it himself when we read the email together.',
            ],
            private: [
              'Took the loss harder than he let on, and said “maybe I’m not an enterprise seller”. Come back to this: he is learning faster than he thinks.',
            ],
            commitments: [
              {
                text: 'Write three implication questions for the Brightmoor Housing call and send them to me the day before',
                behaviour: B.implication,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [
              'Brightmoor Housing discovery: how did the questions land?',
              rep('Two weeks off next month: who covers Pennine Freight?'),
            ],
            shared: [
              'Brightmoor: he asked all three questions he had written down. The second one (“when a repair gets rescheduled, what happens with the tenant?”) opened up the complaints problem, which is now the centre of the deal.',
            ],
            commitments: [
              {
                text: 'Hand Pennine Freight to Daniel for the two weeks off, with a one-page note',
                dueIn: 10,
                outcome: 'done',
              },
              {
                text: 'Shadow Aisha on the Linwood negotiation',
                dueIn: 30,
                outcome: {
                  dropped:
                    'Linwood moved the negotiation to next quarter. We listened to the recording of Aisha’s Harcourt closing call together instead.',
                },
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 250,
        focus: [B.pain, B.playback],
        bundles: [
          {
            agenda: ['Brightmoor second meeting: the complaints problem'],
            shared: [
              'He asks the consequence questions now, but takes the first answer. At Brightmoor the head of repairs said complaints were “up a bit”; nobody asked how much, since when, or who is asking about it.',
              'Practice for the next fortnight: three follow-ups on the main problem, and a playback at the end in the buyer’s words.',
            ],
            commitments: [
              {
                text: 'End each discovery call with a playback (“let me check I’ve got this right”) and ask what you missed',
                behaviour: B.playback,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            agenda: ['Brightmoor: listen to the last five minutes together'],
            shared: [
              'The moment: his playback at the end of the Brightmoor call. The gap: he summarised in our words (“you need better scheduling visibility”) and the buyer just said yes. The commitment: use her words. She said “we rebook the same repair three times”; that is the sentence to play back.',
            ],
            private: ['More confident this month. He asked for the call review himself, which is new.'],
            commitments: [
              {
                text: 'Write the need on every opportunity record in the buyer’s own words, in quotation marks',
                behaviour: B.needInWords,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [
              rep('Forecast: is Brightmoor a this-quarter deal?'),
              'Three open opportunities with no problem written down',
            ],
            shared: [
              'Brightmoor this quarter: Tom thinks yes. The evidence is one enthusiastic head of repairs and no date from anyone else. It stays in best case until someone above her has said when they want this fixed.',
              'Three of his opportunities still have an empty need field. He agreed to fill each with the buyer’s words, or close it.',
            ],
            commitments: [
              {
                text: 'Fill in the need on the three open opportunities in the buyer’s words, or close them',
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            focus: [B.needInWords, B.buildsOnAnswers],
            agenda: ['North West Housing: the failed project nobody asked about'],
            shared: [
              'At North West Housing the buyer said “we tried this with another supplier in 2022”. Tom went to his next prepared question. That remark was probably the most important thing said on the call.',
              'What we agreed to try: after each answer, take the next question from the buyer’s last sentence, not from the list.',
            ],
            commitments: [
              {
                text: 'Call the North West Housing contact back and ask what happened with the 2022 project',
                behaviour: B.buildsOnAnswers,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['What the North West Housing callback told us'],
            shared: [
              'The 2022 project failed because the planners were never trained. That is their real fear, and now it is ours to answer in the proposal. Good instinct from Tom to ask who had been burned by it: the IT manager.',
            ],
            private: [
              'Starting to enjoy discovery, I think: less rushing. Workload is fine; he has stopped writing proposals in the evenings since we cut the template down.',
            ],
            commitments: [
              {
                text: 'Introduce Tom to our implementation lead to plan the training answer for North West Housing',
                owner: 'manager',
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 150,
        focus: [B.approvers, B.funded],
        bundles: [
          {
            agenda: ['Brightmoor slipped: who else had to say yes?'],
            shared: [
              'Brightmoor moved out by two quarters. The head of repairs was keen, but the purchase needs the housing director and a tenant panel, and we met neither.',
              'Discovery is becoming a strength, so the next step is qualification: who else approves, and where the money comes from.',
            ],
            private: [
              'Angry about Brightmoor, and fair enough: he did the discovery well and it still slipped. Told him the skill he is missing is the next one, not the last one.',
            ],
            commitments: [
              {
                text: 'On every new opportunity, name two approvers beyond the first contact by the second meeting',
                behaviour: B.approvers,
                dueIn: 28,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            agenda: ['Fellgate Foods first call'],
            shared: [
              'The moment: Ruth Ellison (head of operations) said “budget won’t be a problem”. The gap: he didn’t ask whose budget, or how it gets released. The commitment: on the second call, ask how their last system purchase was paid for.',
            ],
            commitments: [
              {
                text: 'Ask Ruth Ellison how the telematics purchase was funded and who signed it off',
                behaviour: B.funded,
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            focus: [B.timelineEvent, B.alternatives],
            agenda: [
              'Fellgate timeline: why before their peak season?',
              rep('Can we find a reference customer in food distribution?'),
            ],
            shared: [
              'He asked why Fellgate want this before their peak season and got a real answer: the last peak cost them about £60k in agency staff. That is now the reason for the timeline, not our quarter end.',
              'He still doesn’t know what Fellgate will do if they do nothing, or whether they are talking to anyone else.',
            ],
            commitments: [
              {
                text: 'Ask Fellgate what they would do if they bought nothing this year',
                behaviour: B.alternatives,
                dueIn: 14,
                outcome: 'done',
              },
              {
                text: 'Ask Harrow Foods whether they would take a reference call from Fellgate',
                owner: 'manager',
                dueIn: 14,
                outcome: {
                  dropped:
                    'Harrow Foods are in the middle of their own renewal and asked not to take reference calls until it is signed.',
                },
              },
            ],
          },
          {
            agenda: ['Pipeline: which deals have a confirmed approver?'],
            shared: [
              'Of his seven open deals, four now have an approver named beyond the first contact, up from one last quarter. Two of the other three are the oldest deals in his pipeline, which says something on its own.',
            ],
            commitments: [
              {
                text: 'Mark approvers and budget as confirmed or assumed on all seven open deals',
                behaviour: B.confirmedOrAssumed,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Looking back: what has changed since the Calder Water call'],
            shared: [
              'We looked back at where he started. Then, he went to the product after the first problem; on the last three calls I listened to, he asked at least two consequence questions and played back in the buyer’s words every time.',
              'What is next: he still assumes his contact is the one who signs.',
            ],
            private: [
              'Told him plainly that discovery is now one of his strengths. He went quiet, then asked what he should work on next: exactly the right reaction.',
            ],
          },
        ],
      },
    ],
    finale: [
      {
        focus: [B.economicBuyer, B.implication],
        agenda: ['Fellgate: who signs above £50k?'],
        shared: [
          'Fellgate again. Ruth has said twice that anything over £50k goes to the finance director, and the record still names Ruth as the decision maker. We talked about why: he likes Ruth and doesn’t want to go around her.',
          'The option we chose: ask Ruth to introduce the finance director herself, on the figures she already gave us.',
        ],
        private: [
          'This is about confidence with senior people, not technique. He is at ease with heads of operations and steers around anyone with “finance” in their title.',
        ],
        commitments: [
          {
            text: 'Ask Ruth to set up a 20-minute call with the Fellgate finance director on the agency-staff figures',
            behaviour: B.economicBuyer,
            dueIn: 14,
            outcome: 'done',
          },
        ],
      },
      {
        template: 'call',
        focus: [B.economicBuyer, B.nextStep],
        agenda: [rep('Fellgate finance director call: preparation')],
        shared: [
          'The call with the Fellgate finance director is booked, so we ran the call review in advance.',
          '• The moment we want: her agreeing the £9,000 a month agency figure as the cost of doing nothing.',
          '• The gap to avoid: Tom presenting instead of asking.',
          '• The commitment: a dated next step before the call ends.',
        ],
        commitments: [
          {
            text: 'Send the Fellgate finance director a one-page summary of the agency-staff figures before the call',
            dueIn: 5,
            outcome: 'done',
          },
        ],
      },
      {
        agenda: [
          'Fellgate finance director call: what happened',
          rep('Pennine Freight renewal: can you join the call?'),
        ],
        shared: [
          'The finance director call happened. She accepted the agency-staff figure and asked for a payback calculation; Tom agreed a date for it before the call ended.',
          'Pennine Freight renewal: I’ll join the call. Their transport manager has changed since the pilot, so the case for renewing has to be made again to someone new.',
        ],
        private: [
          'A year ago he would have sent her our ROI deck and hoped. Now he asks, and waits for the answer. Next step for him is senior conversations on his own, without me in the room.',
        ],
        commitments: [
          {
            text: 'Build the Fellgate payback calculation with Ruth and send it to the finance director',
            behaviour: B.economicBuyer,
            dueFromToday: 9,
            outcome: 'open',
          },
          {
            text: 'Join the Pennine Freight renewal call',
            owner: 'manager',
            dueFromToday: 6,
            outcome: 'open',
          },
        ],
      },
    ],
    lastFocus: {
      candidates: [B.economicBuyer, B.nextStep, B.implication, B.playback, B.confirmedOrAssumed, B.approvers],
      lines: {
        [B.economicBuyer]: 'Name the person who signs on every deal over £50k, and how you know it is them.',
        [B.nextStep]:
          'Before every call ends, a next step with a date the buyer has said yes to, as you did with the Fellgate finance director.',
        [B.implication]: 'Keep the two consequence questions before any demo: it is working.',
        [B.playback]: 'Keep opening second meetings with a playback in the buyer’s words.',
        [B.confirmedOrAssumed]:
          'On the opportunity record, mark each qualification field as confirmed or assumed.',
        [B.approvers]: 'By the second meeting, two approvers named beyond your first contact.',
      },
    },
  },
  {
    // Mid-market AE: solid for his first months, slipping over the last four on pipeline honesty and next steps.
    key: 'jonas',
    cadence: 'fortnightly',
    last: { from: 13, to: 10, target: 12 },
    tail: {
      kind: 'planned',
      bundle: {
        template: 'pipeline',
        agenda: [rep('Kvarnholm: can we restart once their ERP migration is done?')],
      },
    },
    cancelled: [10],
    skipChance: 0.05,
    standing: 'Top five deals: what moved since last time',
    defaultTemplate: 'pipeline',
    fillers: [
      'Stellan expansion: who is still answering?',
      'Nordic partner event: worth going?',
      'Demo environment with Swedish data',
    ],
    chapters: [
      {
        fromDaysAgo: 400,
        focus: [B.needInWords, B.alternatives],
        bundles: [
          {
            agenda: [
              'First weeks: what do you need to get going?',
              rep('CRM access for the Finnish accounts'),
            ],
            shared: [
              'Jonas’s first one-to-one. He comes from a smaller software company and knows the Swedish market well. We meet every two weeks and start each time with his top five deals.',
              'First thing to learn: our qualification fields, and what “confirmed” means here.',
            ],
            commitments: [
              {
                text: 'Get Jonas access to the Finnish accounts in the CRM',
                owner: 'manager',
                dueIn: 3,
                outcome: 'done',
              },
              {
                text: 'Read the last three won Nordic deals and bring one question about each',
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Stellan Logistics first call: what did they say the problem is?'],
            shared: [
              'Good first call with Stellan Logistics. He has a natural way of getting people to talk: the project lead described the problem in her own words, and Jonas wrote them down.',
              'He didn’t ask what else they are considering. Stellan built something in-house two years ago, and that is the real alternative.',
            ],
            commitments: [
              {
                text: 'Ask Stellan what they would do if they did nothing, and what they think of their in-house tool',
                behaviour: B.alternatives,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'pipeline',
            shared: [
              'Pipeline review. His forecast is honest: two deals in commit, both with a named signatory and a date the customer chose.',
              'The close plan for Kvarnholm is thin; he will build one with their IT manager.',
            ],
            private: [
              'Easy to manage so far: organised, and honest about weak deals. Watch that the Finnish territory doesn’t swamp him when it comes over.',
            ],
            commitments: [
              {
                text: 'Build a close plan for Kvarnholm with their IT manager and share it with them',
                behaviour: B.closePlan,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            focus: [B.closePlan, B.nextStep],
            agenda: ['Kvarnholm close plan: did the customer add anything?'],
            shared: [
              'The Kvarnholm IT manager added two steps we didn’t know about: a security review and a board meeting. That is exactly what a shared plan is for.',
            ],
            commitments: [
              {
                text: 'Put a dated next step on each of the top five deals before the forecast call',
                behaviour: B.nextStep,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [rep('Three weeks off next month: who covers Stellan and Norrvik?')],
            shared: [
              'Planned his time off. Most of his buyers will be away too. Sophie covers Stellan and Norrvik for the two weeks that overlap.',
            ],
            commitments: [
              {
                text: 'Write a handover note on Stellan and Norrvik for Sophie',
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Back from time off: what moved?'],
            shared: [
              'Stellan signed while he was away, on the date in the close plan, thanks to the handover note. He was rightly pleased: the plan did its job.',
            ],
            private: [
              'The Finnish accounts come to him from next month, on top of his own patch. That is a lot; ask about it early, not when it hurts.',
            ],
          },
        ],
      },
      {
        fromDaysAgo: 128,
        focus: [B.closeDateReason, B.sameDay],
        bundles: [
          {
            template: 'pipeline',
            shared: [
              'Pipeline review. Three close dates moved since last time, two of them with the reason “timing”. He couldn’t say what had changed at the customer.',
              'Not a pattern yet, but new for him.',
            ],
            private: [
              'He now carries the Finnish accounts on top of his own, and it shows: records updated in one go on Thursday nights. Ask about workload directly next time, not through the pipeline.',
            ],
            commitments: [
              {
                text: 'Whenever a close date moves, write what changed at the customer, the same day',
                behaviour: B.closeDateReason,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [
              'Workload: Finland on top of Sweden and Norway',
              rep('Can the small Norwegian accounts go to inside sales?'),
            ],
            shared: [
              'Talked about workload. He has 38 open opportunities, 14 of them in Finnish accounts he inherited and hasn’t met yet.',
              'Agreed: the Norwegian accounts under 50 seats go to inside sales, and I take the question of Finnish coverage to Claire.',
            ],
            commitments: [
              {
                text: 'Raise coverage of the Finnish accounts with Claire',
                owner: 'manager',
                dueIn: 7,
                outcome: 'done',
              },
              {
                text: 'List the Norwegian accounts under 50 seats for inside sales',
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Norrvik Freight: the second move of the close date'],
            shared: [
              'Norrvik’s close date moved again; the reason recorded is “customer busy”. When I asked who at Norrvik he last spoke to, it was three weeks ago.',
              'He agreed the record should say what the customer did, not what we hope.',
            ],
            private: [
              'Defensive today. “It’s fine, they’re just slow” came up four times. I think he knows the quarter is in trouble and doesn’t want to be the first to say it.',
            ],
            commitments: [
              {
                text: 'Update the record on the day of each customer meeting, for the next two weeks',
                behaviour: B.sameDay,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'pipeline',
            focus: [B.commitsOnEvidence, B.closeDateReason],
            shared: [
              'Forecast conversation. Vasaby Retail is in commit with the budget “pending” and no signatory. We agreed what commit means here: the customer has said yes to a date, and we know who signs.',
            ],
            commitments: [
              {
                text: 'Take Vasaby out of commit until a signatory is named',
                behaviour: B.commitsOnEvidence,
                dueIn: 3,
                outcome: {
                  dropped:
                    'Vasaby confirmed the budget the next day and named their CFO as signatory, so it stays in commit on evidence.',
                },
              },
            ],
          },
        ],
      },
    ],
    finale: [
      {
        focus: [B.closeDateReason, B.nextStep],
        agenda: [{ text: STUCK_ITEM, stuck: true }, 'Close dates: three moves this month'],
        shared: [
          'Close dates again: Norrvik moved for the third time this quarter, with no reason recorded. Two of his top five have no next meeting in anyone’s diary.',
          'I also asked for a territory plan for the Nordics: which ten Finnish accounts first, and why. He has had those accounts for three months.',
        ],
        private: [
          'The slide is clear now, over about three months: dates moving, commit on hope, records updated the night before the forecast. Not a skills gap: he did all of this well in his first months. Something else is going on, workload or confidence.',
        ],
        commitments: [
          {
            text: 'Agree a dated next meeting with the buyer on each of the top five deals',
            behaviour: B.nextStep,
            dueIn: 10,
            outcome: 'done',
          },
        ],
      },
      {
        template: 'pipeline',
        focus: [B.commitsOnEvidence, B.multiThreads],
        agenda: ['Kvarnholm: everything through the IT manager'],
        shared: [
          'Kvarnholm now runs entirely through the IT manager; finance hasn’t been in a meeting for two months. He will ask for the finance contact again.',
          'We ran out of time for the territory plan, so it comes round again.',
        ],
        private: [
          'Asked him straight out how he is doing. He said fine, then that he works most evenings. Finland plus his own patch is too much, and I underestimated it.',
        ],
        commitments: [
          {
            text: 'Rebuild the Kvarnholm close plan with the IT manager and their finance lead',
            behaviour: B.closePlan,
            dueIn: 14,
            outcome: {
              dropped:
                'Kvarnholm paused the project until their ERP migration is finished: there is nothing to plan against until then.',
            },
          },
          {
            text: 'Take four of the Finnish accounts off Jonas until the end of the quarter',
            owner: 'manager',
            dueIn: 10,
            outcome: 'done',
          },
        ],
      },
      {
        focus: [B.closeDateReason, B.commitsOnEvidence, B.nextStep],
        agenda: [rep('Vasaby Retail: they want 15% off')],
        shared: [
          'Vasaby asked for 15% off. His first instinct was to say yes to keep the date. We agreed he asks what they would commit to in return before any discount is discussed.',
          'Territory plan: not started. He says next time.',
        ],
        private: [
          'Third time round for the territory plan. I think Finland feels too big to start. Next time: make it smaller (ten accounts, one page) and do the first three together in the meeting.',
        ],
        commitments: [
          {
            text: 'Ask Vasaby what they would commit to in return before discussing any discount',
            behaviour: B.trades,
            dueIn: 7,
            outcome: 'done',
          },
        ],
      },
      {
        template: 'pipeline',
        agenda: ['Norrvik Freight: commit or not?'],
        shared: [
          'Top five before Friday’s forecast call (the detail is in the pipeline chat note). Norrvik is in commit at full value, with no signatory and a close date that has moved three times.',
          'Agreed: anything without a customer action in the last three weeks comes out of commit.',
        ],
        private: [
          'He took the Norrvik challenge better than last time; almost relieved, I think. Still no territory plan. If it comes round again I take it off his list and we write it together in the meeting.',
        ],
        commitments: [
          {
            text: 'For each of the top five, write down the last thing the customer actually did, and when',
            behaviour: B.commitsOnEvidence,
            dueIn: 2,
            outcome: 'open',
          },
          {
            text: 'Ask Lars at Norrvik for an introduction to their operations director',
            behaviour: B.multiThreads,
            dueFromToday: 4,
            outcome: 'open',
          },
        ],
      },
    ],
    lastFocus: {
      candidates: [
        B.closeDateReason,
        B.commitsOnEvidence,
        B.nextStep,
        B.multiThreads,
        B.sameDay,
        B.stageOnExit,
        B.weakAsWeak,
      ],
      lines: {
        [B.closeDateReason]:
          'Every time a close date moves, write down what changed at the customer, that day.',
        [B.commitsOnEvidence]: 'Commit only with a named signatory and a date the customer chose.',
        [B.nextStep]: 'No call ends without a next meeting in both diaries.',
        [B.multiThreads]: 'On Norrvik and Kvarnholm, a second contact outside IT.',
        [B.sameDay]: 'Update the record on the day of the meeting, not on Thursday night.',
        [B.stageOnExit]:
          'A deal moves stage when the buyer has done something, not when we have sent something.',
        [B.weakAsWeak]: 'Say which deals are weak before I ask.',
      },
    },
  },
  {
    // SDR, five months in: research and first contact, then calls, now qualification. Improving fast.
    key: 'emily',
    cadence: 'weekly',
    last: { from: 6, to: 1, target: 3 },
    tail: { kind: 'planned', bundle: { agenda: [rep('Benelux list: the first week’s numbers')] } },
    cancelled: [8],
    skipChance: 0.06,
    standing: 'Last week’s numbers: dials, conversations, meetings booked',
    defaultTemplate: 'call',
    fillers: [
      'Which accounts to set aside this week, and why',
      'Sequence for the retail campaign',
      'Anything blocking you this week?',
      'Handover notes: any questions from the AEs?',
      'Call recordings you want me to listen to',
    ],
    chapters: [
      {
        fromDaysAgo: 400,
        focus: [B.icp, B.opensWithReason],
        bundles: [
          {
            agenda: ['How the first week went', rep('Which lists should I start with?')],
            shared: [
              'Emily’s first week. She has done the product training and listened in on two of Sophie’s calls.',
              'What good looks like for the first month: 40 researched accounts, each checked against the ideal customer profile before any email goes out. Meetings booked come later.',
            ],
            private: [
              'Bright, and anxious about the phone. Told her the first month is about research, not numbers, and watched her relax.',
            ],
            commitments: [
              {
                text: 'Check 40 accounts against the ideal customer profile and mark the unknowns',
                behaviour: B.icp,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Fit checks: what the first 40 taught you'],
            shared: [
              'She set 11 of the 40 aside, mostly because they had outsourced field service. Good: that is the pattern Aisha found last year too.',
              'First emails next week. Every one needs a reason this account should talk to us now.',
            ],
            commitments: [
              {
                text: 'Write five first emails, each opening with something specific to the account, and send them to me before they go',
                behaviour: B.opensWithReason,
                dueIn: 4,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['First emails: the five together'],
            shared: [
              'Three of the five opened with our company, not theirs. We rewrote one together around the Wakefield depot opening; she rewrote the other two herself.',
            ],
            commitments: [
              {
                text: 'Share the trigger-event list Aisha uses',
                owner: 'manager',
                dueIn: 3,
                outcome: 'done',
              },
            ],
          },
          {
            focus: [B.sizesPipeline, B.opensWithReason],
            agenda: [rep('How many dials a day is enough?')],
            shared: [
              'She asked how many dials is enough. We worked it out from her own numbers instead: so far about one meeting per 25 conversations, so twelve meetings a month needs about 300 conversations. That answered it better than a target would.',
            ],
            commitments: [
              {
                text: 'Track dials, conversations and meetings booked every day for two weeks',
                behaviour: B.sizesPipeline,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['The logistics campaign list'],
            shared: [
              'Reply rate still low: 2 replies from 60 emails. The openings are better; the list is the problem.',
            ],
            private: [
              'She compares herself with the SDR who left, who booked 15 meetings a month. That was after a year. Keep an eye on this: she goes quiet when the numbers are bad.',
            ],
            commitments: [
              {
                text: 'Book five meetings from the logistics campaign list',
                dueIn: 21,
                outcome: { dropped: 'Marketing moved the campaign to retail and paused the logistics list.' },
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 110,
        focus: [B.frontContract, B.situation],
        bundles: [
          {
            template: 'call',
            shared: [
              'First call review.',
              '• The moment: the first 30 seconds of her call with a retail operations director.',
              '• The gap: she asked what the company does, which is on their website.',
              '• The commitment: open with what she knows, and ask only about what she can’t find out.',
            ],
            commitments: [
              {
                text: 'Before each call, write down three facts from research so you don’t ask about them',
                behaviour: B.situation,
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Meetings booked this month'],
            shared: [
              'Six meetings booked this month, up from two. She now opens with time and purpose, and asks the buyer what they want from the call.',
            ],
            commitments: [
              {
                text: 'Start every meeting you book by agreeing time, purpose and what happens at the end',
                behaviour: B.frontContract,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [rep('Handover format: what do the AEs need from me?')],
            shared: [
              'Sophie says Emily’s handover notes are the best she gets: the need, who else is involved, and what was promised. Passed that on.',
            ],
            private: ['Confidence is visibly up since the six-meeting month. She asked for harder accounts.'],
          },
          {
            template: 'call',
            shared: [
              'The moment: the buyer said “we’re happy with our current set-up”. The gap: she said “no problem” and ended the call. The commitment: one question about the current set-up before accepting it; what would have to change for it not to be good enough?',
            ],
            commitments: [
              {
                text: 'Role-play the “we’re happy as we are” answer with Tom for 20 minutes',
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Which of your meetings turned into opportunities?'],
            shared: [
              'Nine meetings this month, and two are now opportunities in Sophie’s pipeline. The AEs keep the meetings she books.',
            ],
            commitments: [
              {
                text: 'Ask Sophie to let Emily sit in on the Veldt Pharma discovery call',
                owner: 'manager',
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 62,
        focus: [B.pain, B.timelineEvent],
        bundles: [
          {
            agenda: ['Qualification: what makes a meeting worth handing over?'],
            shared: [
              'Next step for her: qualification before the handover. Every meeting she books should answer three questions: what is the problem in their words, why now, and who else would be involved.',
            ],
            commitments: [
              {
                text: 'Add “why now” and “who else” to every handover note',
                behaviour: B.timelineEvent,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            shared: [
              'The moment: the buyer said “it’s a bit of a pain”. Last month she would have moved on; this time she asked what it looks like on a bad week and got a real answer. The commitment: the same again, and ask what it costs.',
            ],
            private: [
              'She didn’t need me to find the moment; she brought it. Ahead of where I expected at this stage.',
            ],
          },
          {
            agenda: ['Two handovers that went nowhere'],
            shared: [
              'Two handovers went nowhere because the contact had no budget and nobody above them was involved. She spotted it herself and wants to ask about money on the first call.',
            ],
            commitments: [
              {
                text: 'On each qualifying call, ask how a purchase like this would be paid for',
                behaviour: B.funded,
                dueIn: 14,
                outcome: 'done',
              },
              {
                text: 'Send a handover as weak when budget or approvers are unknown, rather than as ready',
                behaviour: B.weakAsWeak,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
        ],
      },
    ],
    finale: [
      {
        focus: [B.funded, B.approvers],
        agenda: [rep('Can I take on the Benelux retail list as well?')],
        shared: [
          'She asked for the Benelux retail list on top of the UK one. Agreed for a month, with a look at her numbers at the end.',
          'Handover quality: Sophie says the last four all had approvers named.',
        ],
        commitments: [
          {
            text: 'Get the Benelux retail list from marketing for Emily',
            owner: 'manager',
            dueIn: 5,
            outcome: 'done',
          },
        ],
      },
      {
        agenda: ['Where next: the AE role in a year?'],
        shared: [
          'Eleven meetings booked last month, and the AEs accepted nine of them.',
          'She wants to be an account executive in a year. We agreed a development plan: depth in discovery and qualification first.',
        ],
        private: [
          'Ready for more responsibility sooner than I planned. Watch her workload with Benelux on top: she won’t say when it is too much.',
        ],
        commitments: [
          {
            text: 'Draft a one-page development plan towards the AE role',
            dueFromToday: 10,
            outcome: 'open',
          },
          {
            text: 'Book Emily into the AE discovery workshop',
            owner: 'manager',
            dueFromToday: 4,
            outcome: 'open',
          },
        ],
      },
    ],
    lastFocus: {
      candidates: [
        B.timelineEvent,
        B.needInWords,
        B.pain,
        B.funded,
        B.approvers,
        B.nextStep,
        B.weakAsWeak,
        B.opensWithReason,
        B.icp,
        B.situation,
      ],
      lines: {
        [B.timelineEvent]: 'On every qualifying call, find the event behind “why now”.',
        [B.needInWords]: 'Write the problem in the handover exactly as the buyer said it.',
        [B.pain]: 'When the buyer says it is a pain, ask what a bad week looks like, and what it costs.',
        [B.funded]: 'Ask how a purchase like this would be paid for.',
        [B.approvers]: 'Ask who else would need to be comfortable before anything is signed.',
        [B.nextStep]: 'Book the AE meeting on the call, with a date the buyer accepts.',
        [B.weakAsWeak]: 'Hand over weak meetings as weak, with what is missing.',
        [B.opensWithReason]: 'Keep the researched reason in the first line of every first email.',
        [B.icp]: 'Keep the fit check before the first email on the Benelux list too.',
        [B.situation]: 'Ask only what research can’t tell you.',
      },
    },
  },
  {
    // Senior enterprise AE: strong and steady. The one-to-ones are about stretch, others and workload.
    key: 'aisha',
    cadence: 'monthly',
    last: { from: 20, to: 1, target: 12 },
    tail: null,
    cancelled: [],
    skipChance: 0.08,
    defaultTemplate: 'development',
    fillers: ['Renewals this quarter: any risk?', 'Kickoff planning', 'Mentoring Tom: how is it going?'],
    chapters: [
      {
        fromDaysAgo: 400,
        focus: [B.closePlan, B.paperProcess],
        bundles: [
          {
            template: 'development',
            shared: [
              'Development conversation. Aisha wants to run bigger deals end to end, procurement included. Her own view of her weak spot: legal and procurement arrive late and add six weeks.',
              'Agreed: ask about the paper process in the first three meetings of every new deal.',
            ],
            commitments: [
              {
                text: 'Ask about contract, legal and procurement steps by the third meeting of each new deal',
                behaviour: B.paperProcess,
                dueIn: 30,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [
              'Harcourt Group: the procurement timeline',
              rep('Could legal pre-approve our data-processing terms?'),
            ],
            shared: [
              'Harcourt procurement: she asked early this time and found a vendor onboarding process that takes five weeks. It is in the close plan now, with dates.',
            ],
            commitments: [
              {
                text: 'Ask legal for a pre-approved data-processing addendum for enterprise deals',
                owner: 'manager',
                dueIn: 21,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Harcourt: signed'],
            shared: ['Harcourt signed on the date in the close plan: her third enterprise win this year.'],
            private: [
              'She should be thinking about a team lead role, or a strategic accounts role. Raise it with Claire before the planning round.',
            ],
            commitments: [
              {
                text: 'Write up the Harcourt win as a case study with marketing',
                dueIn: 30,
                outcome: {
                  dropped:
                    'Harcourt’s legal team would not approve a named case study; it became an internal win story for the team meeting instead.',
                },
              },
            ],
          },
          {
            template: 'development',
            focus: [B.champion, B.multiThreads],
            agenda: ['Linwood: how strong is the champion?'],
            shared: [
              'Linwood. Her champion is enthusiastic but hasn’t yet done anything that cost him something. She will ask him to book the meeting with their CIO himself.',
            ],
            commitments: [
              {
                text: 'Ask the Linwood champion to set up the CIO meeting himself',
                behaviour: B.champion,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 180,
        focus: [B.risks, B.commitsOnEvidence],
        bundles: [
          {
            agenda: ['Tom: would you run a deal review with him listening?'],
            shared: [
              'Asked Aisha to run a deal review of Linwood with Tom listening. She was keen, and suggested a live deal rather than a won one.',
            ],
            commitments: [
              { text: 'Run a Linwood deal review with Tom listening', dueIn: 21, outcome: 'done' },
            ],
          },
          {
            template: 'development',
            shared: [
              'Her forecast is the most reliable on the team: every deal in commit has a named signatory and a date the customer chose. Nothing to fix there, so we talked about what she wants next.',
            ],
            private: [
              'Workload is high: Linwood and two renewals at once. She works late and doesn’t complain, which is exactly why I have to ask.',
            ],
            commitments: [
              {
                text: 'Put Aisha forward to run the negotiation session at the sales kickoff',
                owner: 'manager',
                dueIn: 30,
                outcome: 'done',
              },
            ],
          },
          {
            focus: [B.risks, B.champion],
            agenda: ['Linwood: the data migration risk'],
            shared: [
              'Linwood’s go-live depends on a data migration their IT team hasn’t staffed. She told the customer plainly before they signed, and the risk is written into the order form with an owner on their side.',
            ],
          },
        ],
      },
    ],
    finale: [
      {
        template: 'development',
        focus: [B.trades, B.decisionSteps],
        agenda: [rep('Kickoff session: negotiation role-plays, 45 minutes?')],
        shared: [
          'Prepared her kickoff session on trading concessions. She will use two real deals with the names taken out, and run the role-plays in pairs.',
        ],
        commitments: [
          { text: 'Send me the role-play scenarios for the kickoff session', dueIn: 10, outcome: 'done' },
        ],
      },
      {
        agenda: [
          'Linwood: first results against the baseline',
          rep('Strategic accounts pilot: could I lead it?'),
        ],
        shared: [
          'Monthly catch-up. Linwood is live, and the customer confirmed the first results against the baseline agreed in the business case.',
          'She wants a bigger stretch: the strategic accounts pilot. I will talk to Claire.',
        ],
        private: [
          'No concerns on performance. The risk with Aisha is that she gets bored; the strategic accounts pilot would keep her. I need Claire’s yes before the next planning round.',
        ],
        commitments: [
          {
            text: 'Talk to Claire about Aisha leading the strategic accounts pilot',
            owner: 'manager',
            dueFromToday: 7,
            outcome: 'open',
          },
        ],
      },
    ],
    lastFocus: {
      candidates: [
        B.decisionSteps,
        B.closePlan,
        B.champion,
        B.businessCase,
        B.commitsOnEvidence,
        B.risks,
        B.economicBuyer,
        B.multiThreads,
        B.costOfInaction,
        B.paperProcess,
        B.trades,
        B.implication,
      ],
      lines: {
        [B.decisionSteps]:
          'On the two new enterprise deals, the decision steps with dates, agreed with the buyer.',
        [B.closePlan]: 'A close plan the customer has seen and added to, on every deal over £100k.',
        [B.champion]: 'Test each champion with one specific request before the proposal.',
        [B.businessCase]: 'Build the business case with their finance lead, as on Linwood.',
        [B.commitsOnEvidence]: 'Keep the forecast as it is: commit only on buyer evidence.',
        [B.risks]: 'Keep naming the risks before the customer signs, as you did on Linwood.',
        [B.economicBuyer]: 'Meet the economic buyer on the new deals before the proposal goes out.',
        [B.multiThreads]: 'At least three roles in the buying group on each new deal.',
        [B.costOfInaction]: 'The cost of doing nothing in the customer’s figures, in every proposal.',
        [B.paperProcess]: 'Paper process by the third meeting, as a habit.',
        [B.trades]: 'Show the team how you trade concessions: the kickoff session.',
        [B.implication]: 'Keep the consequence questions early in discovery.',
      },
    },
  },
  {
    // Enterprise AE: flat, around 2 to 3. Agreeable, little changes; the manager has let meetings slide.
    key: 'daniel',
    cadence: 'fortnightly',
    last: { from: 26, to: 15, target: 19 },
    tail: null,
    cancelled: [6, 14],
    skipChance: 0.07,
    standing: 'Deals over €50k: what changed',
    defaultTemplate: 'pipeline',
    fillers: [
      'Auenwald: works council timing',
      'Trade fair in Hanover: who goes?',
      'Kessler Pharma: budget round dates',
      'Partner leads from the Vienna reseller',
      'Demo kit for the Zurich office',
    ],
    chapters: [
      {
        fromDaysAgo: 400,
        focus: [B.economicBuyer, B.multiThreads],
        bundles: [
          {
            agenda: ['Halder Maschinenbau: who decides?'],
            shared: [
              'Halder Maschinenbau: everything goes through the plant manager, and Daniel says the plant manager decides. Halder’s last two purchases over €100k were signed by their CFO.',
              'Agreed he asks the plant manager who signed off the MES project, and how.',
            ],
            commitments: [
              {
                text: 'Ask the Halder plant manager who signed off the MES project, and how',
                behaviour: B.economicBuyer,
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'pipeline',
            shared: [
              'Pipeline review. Six deals over €50k, and in four of them he talks to one person. He agrees multi-threading matters and says he will do it when the deals are further along.',
            ],
            private: [
              'Pleasant, agreeable, and I am not sure anything I say changes what he does on calls. I need to be on a call with him, not hear about it afterwards.',
            ],
            commitments: [
              {
                text: 'Join one of Daniel’s customer calls in the next fortnight',
                owner: 'manager',
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['The Auenwald Stadtwerke call: what I saw'],
            shared: [
              'Joined the Auenwald Stadtwerke call. A good demo, well anchored to what they told him in discovery. But the head of IT asked twice who else should see it, and Daniel said “we can loop them in later”.',
            ],
            commitments: [
              {
                text: 'Ask the Auenwald head of IT to name everyone in the decision, and meet two of them',
                behaviour: B.multiThreads,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [rep('Auenwald procurement: do I need our legal team yet?')],
            shared: [
              'Auenwald: he met the procurement lead, who told him the decision also goes to the works council. Useful, and something we would otherwise have found out in week twelve.',
            ],
          },
          {
            template: 'pipeline',
            shared: ['Halder is stuck. The plant manager likes it; the CFO has never heard of us.'],
            commitments: [
              {
                text: 'Ask the plant manager to introduce the CFO, with a short summary of the savings',
                behaviour: B.economicBuyer,
                dueIn: 14,
                outcome: {
                  dropped: 'The plant manager left Halder; Daniel is starting again with his successor.',
                },
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 240,
        focus: [B.termsEarly, B.noDiscount],
        bundles: [
          {
            agenda: ['Kessler Pharma: the 12% at the proposal meeting'],
            shared: [
              'Kessler Pharma asked for 20% at the proposal meeting. Price had never come up before then, and Daniel offered 12% on the spot.',
              'Agreed: price and terms come up in the second meeting, before the buyer asks.',
            ],
            private: [
              'Same pattern as Halder: he avoids the uncomfortable conversation until the buyer forces it. This is the fourth time we have talked about it in some form.',
            ],
            commitments: [
              {
                text: 'Put price and payment terms on the agenda of the second meeting of every new deal',
                behaviour: B.termsEarly,
                dueIn: 28,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'pipeline',
            shared: [
              'Two deals where the discount is doing the work the value case should do. At Brenner Logistik we have no figures from the customer at all, only ours.',
            ],
            commitments: [
              {
                text: 'Get Brenner to put their own figure on the cost of their current process before any price discussion',
                behaviour: B.noDiscount,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [rep('Negotiation training in Munich?')],
            shared: [
              'He asked for negotiation training. Happy to, as long as we also look at what he does in the second meeting, which is where the discount really gets decided.',
            ],
            commitments: [
              {
                text: 'Book the negotiation course in Munich',
                dueIn: 45,
                outcome: {
                  dropped:
                    'The provider cancelled the course. Aisha runs a negotiation session at the kickoff instead, and Daniel is in it.',
                },
              },
            ],
          },
          {
            agenda: ['Half-year look back'],
            shared: [
              'Half-year look back: 85% of target, and on the calls I have seen, his habits look the same as a year ago. That is the honest summary, and he agreed with it.',
              'We stop trying three things at once: one behaviour per quarter.',
            ],
            private: [
              'I have been too gentle. He isn’t failing, so I let our one-to-ones turn into pipeline updates. That is on me.',
            ],
          },
        ],
      },
      {
        fromDaysAgo: 120,
        focus: [B.multiThreads, B.economicBuyer],
        bundles: [
          {
            agenda: ['One thing this quarter: multi-threading'],
            shared: [
              'One thing this quarter: every deal over €50k gets a second named contact, in a different role, within a month.',
            ],
            commitments: [
              {
                text: 'A second named contact, in a different role, on every deal over €50k',
                behaviour: B.multiThreads,
                dueIn: 30,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'pipeline',
            shared: [
              'He did it on four of six deals. The two he didn’t are the ones where the contact “doesn’t like us going around him”. We practised how to ask for the introduction without going around anyone.',
            ],
          },
          {
            agenda: ['Brenner Logistik: the CFO’s office'],
            shared: [
              'Brenner: the CFO’s office now knows who we are. The next step is a close plan the customer sees, not just us.',
            ],
          },
        ],
      },
    ],
    finale: [
      {
        focus: [B.economicBuyer, B.multiThreads],
        agenda: ['Brenner: who will be in the room?'],
        shared: [
          'Brenner is the biggest deal in his pipeline and the best test of this quarter’s focus. He has met the CFO’s assistant, not the CFO.',
        ],
        commitments: [
          {
            text: 'Ask Brenner’s head of logistics to bring the CFO to the next meeting',
            behaviour: B.economicBuyer,
            dueIn: 14,
            outcome: 'done',
          },
        ],
      },
      {
        template: 'pipeline',
        agenda: ['Brenner: the CFO meeting'],
        shared: [
          'The Brenner CFO came to the meeting and asked for a close plan. Daniel agreed to send one within the week.',
          'The honest view of the quarter: on new deals the multi-threading habit is forming; older deals are still single-threaded.',
        ],
        private: [
          'Flat for a year, and I have been part of the reason: meetings moved, then skipped. He needs a fixed slot that I protect.',
        ],
        commitments: [
          {
            text: 'Send the Brenner mutual close plan to the CFO’s office',
            behaviour: B.closePlan,
            dueIn: 7,
            outcome: 'open',
          },
          {
            text: 'Book the Kessler Pharma price conversation before their budget round',
            behaviour: B.termsEarly,
            dueFromToday: 10,
            outcome: 'open',
          },
        ],
      },
    ],
    lastFocus: {
      candidates: [
        B.multiThreads,
        B.economicBuyer,
        B.termsEarly,
        B.noDiscount,
        B.commitsOnEvidence,
        B.nextStep,
        B.rankedCriteria,
        B.clarifiesObjection,
        B.frontContract,
        B.anchorsDemo,
        B.checksReaction,
      ],
      lines: {
        [B.multiThreads]:
          'A second named contact, in another role, on every deal over €50k; the older deals too.',
        [B.economicBuyer]: 'Know who signs at Brenner and Kessler, by name, and how you know.',
        [B.termsEarly]: 'Price and terms in the second meeting, before the buyer asks.',
        [B.noDiscount]: 'No discount offered until the buyer has put a figure on the problem.',
        [B.commitsOnEvidence]: 'Commit only what the buyer has confirmed.',
        [B.nextStep]: 'Every meeting ends with the next one in the diary.',
        [B.rankedCriteria]: 'Ask the buyer to rank their decision criteria before the demo.',
        [B.clarifiesObjection]: 'When the buyer objects, ask what is behind it before answering.',
        [B.frontContract]: 'Open each meeting by agreeing time, purpose and what happens at the end.',
        [B.anchorsDemo]: 'Keep anchoring the demo to what they told you in discovery.',
        [B.checksReaction]: 'Stop every ten minutes in a demo and ask how it lands.',
      },
    },
  },
  {
    // Mid-market AE: the business case and negotiation improve over the year.
    key: 'sophie',
    cadence: 'fortnightly',
    last: { from: 24, to: 15, target: 17 },
    tail: {
      kind: 'cancelled',
      bundle: { agenda: [rep('Veldt Pharma: how the signing call went')] },
    },
    cancelled: [12],
    skipChance: 0.06,
    defaultTemplate: 'call',
    fillers: [
      'Benelux events: which two are worth it?',
      'Emily’s handovers: anything to feed back?',
      'Expenses: the Brussels trip',
    ],
    chapters: [
      {
        fromDaysAgo: 400,
        focus: [B.costOfInaction, B.businessCase],
        bundles: [
          {
            agenda: ['Maison Roche: the proposal finance ignored'],
            shared: [
              'Maison Roche: the proposal had our ROI benchmark in it, not their figures, and their finance team ignored it.',
              'Agreed: no business case goes out with our figures in place of theirs.',
            ],
            commitments: [
              {
                text: 'Ask Maison Roche’s operations lead for their own overtime and agency figures',
                behaviour: B.costOfInaction,
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            shared: [
              'The moment: the buyer said “it costs us a fortune”. The gap: Sophie agreed and moved on to the demo. The commitment: next time, ask “how much is a fortune?” and write the answer down.',
            ],
          },
          {
            agenda: ['Delaunay Hôtels: lost'],
            shared: [
              'Delaunay Hôtels: lost, on price according to the buyer. Looking at it together, the business case was ours, and their finance team first saw it in the proposal.',
            ],
            private: [
              'She took the loss personally and blamed herself for the price. The real problem came much earlier. She undersells herself in front of finance people.',
            ],
            commitments: [
              {
                text: 'On the next two deals, get someone from finance into a meeting before the proposal',
                behaviour: B.businessCase,
                dueIn: 30,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Groupe Marchal discovery: who owns the overtime budget?'],
            shared: [
              'Groupe Marchal: a good discovery call with the HR director, but the overtime budget sits with the regional operations managers, and she hasn’t met one yet.',
            ],
            commitments: [
              {
                text: 'Ask the Marchal HR director to introduce one of the regional operations managers',
                behaviour: B.multiThreads,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            template: 'call',
            shared: [
              'The moment: the Marchal operations manager said agency staff were “about 10% of the wage bill”. No gap this time: she asked what 10% comes to in euros, and he worked it out on the call, about €340k a year. The commitment: that figure, in his words, at the top of the proposal.',
            ],
            private: ['The first time I have seen her enjoy a conversation about numbers.'],
          },
          {
            agenda: [rep('Account planning: which accounts can I drop?')],
            shared: [
              'Went through her account list. Eight accounts have had no activity in six months. She sets five aside, each with a reason, and keeps three where something has changed: two new sites and a new COO.',
            ],
            commitments: [
              {
                text: 'Set aside the five dormant accounts, each with a written reason',
                dueIn: 10,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [rep('Can I use the new ROI calculator?')],
            shared: [
              'She asked for the ROI calculator. Yes, but filled in with the buyer on a call, not by her on her own.',
            ],
            commitments: [
              {
                text: 'Get Sophie access to the ROI calculator and walk her through it',
                owner: 'manager',
                dueIn: 7,
                outcome: 'done',
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 210,
        focus: [B.businessCase, B.successMetric],
        bundles: [
          {
            agenda: ['Oakhurst Retail discovery'],
            shared: [
              'Oakhurst Retail discovery: she got the operations director to estimate overtime hours per store himself. The first time the cost of doing nothing has come from the buyer, not from us.',
            ],
          },
          {
            template: 'call',
            shared: [
              'Call review, Oakhurst second meeting. The moment: the operations director said success would be “fewer headaches”. The gap: she accepted it. The commitment: ask what he would measure, and what the figure is today.',
            ],
            commitments: [
              {
                text: 'Agree with Oakhurst how success will be measured, and today’s figure for it',
                behaviour: B.successMetric,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Oakhurst: how will they judge success?'],
            shared: [
              'Oakhurst: a success metric with a baseline, store overtime hours per month. Their finance controller, Marieke, holds the baseline figure.',
            ],
            commitments: [
              {
                text: 'Get the Oakhurst CFO into the business case review',
                behaviour: B.businessCase,
                dueIn: 21,
                outcome: {
                  dropped:
                    'Oakhurst’s CFO left the company. Marieke, the finance controller, now owns the budget and joins the review instead.',
                },
              },
            ],
          },
          {
            agenda: ['Maison Roche: the second attempt'],
            shared: [
              'Maison Roche came back. This time the proposal opens with the overtime figure their operations lead gave her, and their finance team asked for a meeting instead of ignoring it.',
            ],
          },
          {
            agenda: [rep('Veldt Pharma: Lindqvist is cheaper. How do I handle it?')],
            shared: [
              'Lindqvist is cheaper on licences and good on reporting. Agreed she says so plainly, and compares on the buyer’s top two criteria instead.',
            ],
            commitments: [
              {
                text: 'Get Veldt to rank their decision criteria before the commercial meeting',
                behaviour: B.rankedCriteria,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
        ],
      },
      {
        fromDaysAgo: 100,
        focus: [B.trades, B.termsEarly],
        bundles: [
          {
            template: 'call',
            shared: [
              'Call review, Groupe Marchal pricing call.',
              '• The moment: “can you do something on price?”',
              '• The gap: she offered 5% before asking why they were asking.',
              '• The commitment: answer a price question with a question, and never give without getting something back.',
            ],
            private: [
              'The discount reflex is confidence, not skill: she knows the value, she just doesn’t believe the buyer will pay for it.',
            ],
            commitments: [
              {
                text: 'Write a give-get list before every commercial call',
                behaviour: B.trades,
                dueIn: 14,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: [rep('Groupe Marchal want 15% off for a two-year term')],
            shared: [
              'Marchal asked for 15% off for two years. She asked what else could change on their side, and came back with a three-year term and a reference visit in exchange for 8%.',
            ],
            commitments: [
              {
                text: 'Write down the Marchal give-get list and share it with me before the final call',
                behaviour: B.trades,
                dueIn: 5,
                outcome: 'done',
              },
            ],
          },
          {
            agenda: ['Oakhurst business case review: which assumptions will finance challenge?'],
            shared: [
              'Prepared the Oakhurst business case review with Marieke. Rather than defend our staffing assumptions, Sophie will ask Marieke which ones finance would challenge and rebuild them together.',
            ],
          },
        ],
      },
    ],
    finale: [
      {
        focus: [B.trades, B.termsEarly],
        agenda: ['Oakhurst signed: what made the difference'],
        shared: [
          'Oakhurst signed at list price, with quarterly billing in return for a three-year term. She traded; she didn’t give.',
          'Next up, Veldt: she will send price and terms a week before the commercial meeting so procurement has no surprises.',
        ],
        private: [
          'Told her this was the best-run deal in the team this quarter. She should hear that more often; it visibly mattered.',
        ],
        commitments: [
          {
            text: 'Send Veldt’s procurement lead the price, payment terms and three-year option before the commercial meeting',
            behaviour: B.termsEarly,
            dueIn: 7,
            outcome: 'done',
          },
        ],
      },
      {
        template: 'call',
        agenda: [rep('Pricing sign-off for the Veldt three-year option', { leaveOpen: true })],
        shared: [
          'Veldt preparation: price and terms are already with their procurement lead, and she has a give-get list with something coming back for every item. She leads the commercial meeting; I stay quiet unless asked.',
          'Next for her: she wants to coach Emily on handovers.',
        ],
        private: [
          'The change in a year is remarkable. The confidence is there now, with finance and with procurement.',
        ],
        commitments: [
          {
            text: 'Send me the outcome of the Veldt commercial meeting and the agreed next step',
            dueIn: 9,
            outcome: 'done',
          },
        ],
      },
    ],
    lastFocus: {
      candidates: [
        B.trades,
        B.termsEarly,
        B.nextStep,
        B.competitors,
        B.businessCase,
        B.costOfInaction,
        B.successMetric,
        B.decisionRequired,
        B.clarifiesObjection,
        B.tailors,
        B.opensProposal,
      ],
      lines: {
        [B.trades]: 'Every concession in the Veldt meeting has something coming back.',
        [B.termsEarly]: 'Keep sending price and terms before the buyer asks.',
        [B.nextStep]: 'Leave the commercial meeting with the signing call in the diary.',
        [B.competitors]: 'Be fair about Lindqvist, and compare on Veldt’s top two criteria.',
        [B.businessCase]: 'Build the next business case with their finance lead, as you did with Marieke.',
        [B.costOfInaction]: 'The cost of doing nothing in the buyer’s figures, every time.',
        [B.successMetric]: 'A success metric with a baseline the buyer supplies, on every new deal.',
        [B.decisionRequired]: 'Say in the proposal exactly which decision the buyer has to make.',
        [B.clarifiesObjection]: 'When procurement objects, ask what is behind it first.',
        [B.tailors]: 'A different message for procurement than for the head of supply chain.',
        [B.opensProposal]: 'Open the proposal with their problem and what it costs them.',
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Helpers

/** The same day of the month, `months` earlier (the last day when that month is shorter), on a weekday. */
function monthsBefore(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return backToWeekday(target.getTime());
}

/** Between Christmas and New Year nobody meets, unless the story needs it. */
function isHolidayWeek(ms: number): boolean {
  const d = new Date(ms);
  return (d.getUTCMonth() === 11 && d.getUTCDate() >= 22) || (d.getUTCMonth() === 0 && d.getUTCDate() <= 2);
}

/** …and never on Christmas Eve, the two Christmas days or New Year's Day. */
function isDayOff(ms: number): boolean {
  const d = new Date(ms);
  const month = d.getUTCMonth();
  const date = d.getUTCDate();
  return isWeekend(ms) || (month === 11 && date >= 24 && date <= 26) || (month === 0 && date === 1);
}

const call = demoCaller('Demo one-to-ones');

const textNode = (text: string) => ({ type: 'text', text });

/** Paragraphs, with runs of "• " lines as a bullet list. */
function docOf(paras: readonly Para[]) {
  const content: unknown[] = [];
  let list: unknown[] | null = null;
  for (const para of paras) {
    if (para.startsWith('• ')) {
      if (!list) {
        list = [];
        content.push({ type: 'bulletList', content: list });
      }
      list.push({ type: 'listItem', content: [{ type: 'paragraph', content: [textNode(para.slice(2))] }] });
    } else {
      list = null;
      content.push({ type: 'paragraph', content: [textNode(para)] });
    }
  }
  return { type: 'doc' as const, content };
}

function behaviourIdsOf(plan: RepPlan): string[] {
  const bundles = [
    ...plan.chapters.flatMap((c) => c.bundles),
    ...plan.finale,
    ...(plan.tail ? [plan.tail.bundle] : []),
  ];
  return [
    ...plan.chapters.flatMap((c) => c.focus),
    ...bundles.flatMap((b) => [
      ...(b.focus ?? []),
      ...(b.commitments ?? []).flatMap((c) => c.behaviour ?? []),
    ]),
    ...plan.lastFocus.candidates,
  ];
}

// ---------------------------------------------------------------------------------------------------

export interface DemoOneOnOneCounts {
  oneOnOnes: number;
  commitments: number;
}

type Slot =
  | { kind: 'held'; day: number; bundle: Bundle | null; focus: readonly string[]; last: boolean }
  | { kind: 'cancelled'; day: number };

/**
 * Writes a year of one-to-ones for the demo team (`people`: seedDemoTeam's key → id map), after the
 * coaching history, whose observations it reads to place each rep's last one-to-one. Every write goes
 * through the dispatcher's checks, one call at a time, so the caller can keep the whole demo in one
 * transaction; any failure throws naming the method.
 */
export function seedDemoOneOnOnes(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  people: Map<string, string>,
): DemoOneOnOneCounts {
  const { dispatcher } = ctx;
  const personId = (key: string): string => {
    const id = people.get(key);
    if (id === undefined) throw new Error(`Demo one-to-ones: the demo team has no one called “${key}”.`);
    return id;
  };

  // Check everything before writing anything.
  const library = call(dispatcher, 'library.get', {});
  const active = new Set(library.behaviours.filter((b) => b.archivedAt === null).map((b) => b.id));
  for (const plan of PLANS) {
    for (const id of behaviourIdsOf(plan)) {
      if (!active.has(id)) throw new Error(`Demo one-to-ones: the library has no active behaviour “${id}”.`);
    }
    for (const id of plan.lastFocus.candidates) {
      if (!plan.lastFocus.lines[id]) throw new Error(`Demo one-to-ones: no focus line for “${id}”.`);
    }
  }
  const templates = new Map(call(dispatcher, 'templates.list', {}).map((t) => [t.id, t]));
  for (const id of Object.values(TEMPLATES)) {
    if (!templates.has(id)) throw new Error(`Demo one-to-ones: there is no agenda template “${id}”.`);
  }

  const today = todayMs(ctx.clock);
  const todayIso = isoDate(today);
  const counts: DemoOneOnOneCounts = { oneOnOnes: 0, commitments: 0 };

  for (const plan of PLANS) {
    const rand = generator(SEED ^ hash(plan.key));
    const repId = personId(plan.key);
    const person = call(dispatcher, 'people.get', { id: repId });
    if (person.archivedAt !== null) throw new Error(`Demo one-to-ones: ${person.name} is archived.`);
    const started = person.startDate === null ? today - 400 * DAY : dateMs(person.startDate);
    // The first one-to-one: within the rep's first week, and no more than a year ago.
    const earliest = Math.max(today - 365 * DAY, started + 2 * DAY);

    // The last one held: a weekday in the plan's window, as near its target as the observations allow,
    // so that something has been observed on a behaviour that fits the story since.
    const candidates = new Set(plan.lastFocus.candidates);
    const observed = call(dispatcher, 'observations.list', {
      repId,
      from: isoDate(today - plan.last.from * DAY),
      limit: 5000,
    }).filter((o) => candidates.has(o.behaviourId) && o.observedOn < todayIso);
    const windowDays: number[] = [];
    for (let ago = plan.last.from; ago >= plan.last.to; ago--) {
      const day = today - ago * DAY;
      if (!isDayOff(day)) windowDays.push(day);
    }
    if (windowDays.length === 0) throw new Error(`Demo one-to-ones: no weekday to meet ${person.name}.`);
    const target = today - plan.last.target * DAY;
    windowDays.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b);
    const lastDay =
      windowDays.find((day) => observed.some((o) => o.observedOn >= isoDate(day))) ?? windowDays[0]!;

    // Earlier slots, stepping back on the cadence; jitter a day now and then, skip a few.
    const step = plan.cadence === 'weekly' ? 7 : 14;
    const days: number[] = [lastDay];
    for (let k = 1; ; k++) {
      const day = plan.cadence === 'monthly' ? monthsBefore(lastDay, k) : lastDay - k * step * DAY;
      if (day < earliest) break;
      days.unshift(day);
    }
    const slots: Slot[] = [];
    days.forEach((day, index) => {
      const fromEnd = days.length - index; // 1: the last one held
      let when = day;
      if (fromEnd <= plan.finale.length) {
        while (isDayOff(when)) when -= DAY;
      } else if (index > 0) {
        if (isHolidayWeek(day) || rand() < plan.skipChance) return;
        const shift = rand();
        if (shift < 0.1 && !isWeekend(day + DAY)) when = day + DAY;
        else if (shift < 0.2 && !isWeekend(day - DAY) && day - DAY >= earliest) when = day - DAY;
      }
      if (plan.cancelled.includes(fromEnd)) {
        if (fromEnd <= plan.finale.length)
          throw new Error('Demo one-to-ones: a finale meeting is cancelled.');
        slots.push({ kind: 'cancelled', day: when });
      } else {
        slots.push({ kind: 'held', day: when, bundle: null, focus: [], last: fromEnd === 1 });
      }
    });

    // The finale takes the last held slots; chapters share out their bundles over the rest, by date.
    const held = slots.filter((s): s is Extract<Slot, { kind: 'held' }> => s.kind === 'held');
    const finaleSlots = held.slice(-plan.finale.length);
    finaleSlots.forEach((slot, i) => {
      slot.bundle = plan.finale[i]!;
    });
    const earlier = held.slice(0, held.length - finaleSlots.length);
    plan.chapters.forEach((chapter, c) => {
      const until = plan.chapters[c + 1]?.fromDaysAgo ?? -Infinity;
      const inChapter = earlier.filter((s) => {
        const ago = (today - s.day) / DAY;
        return ago <= chapter.fromDaysAgo && ago > until;
      });
      let focus = chapter.focus;
      const n = inChapter.length;
      const b = Math.min(chapter.bundles.length, n);
      const at = new Map<number, Bundle>();
      for (let j = 0; j < b; j++) at.set(Math.floor((j * n) / b), chapter.bundles[j]!);
      inChapter.forEach((slot, i) => {
        const bundle = at.get(i) ?? null;
        if (bundle?.focus) focus = bundle.focus;
        slot.bundle = bundle;
        // Most meetings set a focus; a short one now and then doesn't.
        slot.focus = bundle || rand() < 0.7 ? focus : [];
      });
    });
    for (const slot of finaleSlots) slot.focus = slot.bundle?.focus ?? [];

    call(dispatcher, 'oneOnOnes.setCadence', { repId, cadence: plan.cadence });

    const fillers = [...plan.fillers];
    let pendingCancel: string | null = null;
    let first = true;

    const create = (day: number, template?: TemplateKey): OneOnOne => {
      const meeting = call(dispatcher, 'oneOnOnes.create', {
        repId,
        date: isoDate(day),
        ...(template ? { templateId: TEMPLATES[template] } : {}),
      });
      counts.oneOnOnes += 1;
      // A cancelled meeting is marked once the next one is planned, so its open points move on.
      if (pendingCancel !== null) {
        cancel(pendingCancel);
        pendingCancel = null;
      }
      return meeting;
    };
    const cancel = (id: string) => {
      const meeting = call(dispatcher, 'oneOnOnes.get', { id });
      call(dispatcher, 'oneOnOnes.update', {
        id,
        revision: meeting.revision,
        date: meeting.date,
        status: 'cancelled',
      });
    };
    const addAgenda = (meetingId: string, items: readonly (string | AgendaSpec)[]) =>
      items.map((item) => {
        const spec = typeof item === 'string' ? { text: item } : item;
        const added = call(dispatcher, 'agenda.add', {
          oneOnOneId: meetingId,
          text: spec.text,
          author: spec.author ?? 'manager',
          recurring: spec.recurring ?? false,
        });
        return { id: added.id, spec };
      });
    const addCommitments = (meeting: OneOnOne, day: number, specs: readonly CommitmentSpec[]) => {
      for (const spec of specs) {
        let due: number;
        if (spec.dueFromToday !== undefined) {
          const raw = today + spec.dueFromToday * DAY;
          due = Math.max(day + DAY, spec.dueFromToday >= 0 ? forwardToWeekday(raw) : backToWeekday(raw));
          due = forwardToWeekday(due);
        } else {
          due = forwardToWeekday(day + (spec.dueIn ?? 14) * DAY);
        }
        const made = call(dispatcher, 'commitments.create', {
          oneOnOneId: meeting.id,
          text: spec.text,
          owner: spec.owner ?? 'rep',
          dueOn: isoDate(due),
          behaviourId: spec.behaviour ?? null,
        });
        counts.commitments += 1;
        // Closed on the due date, or yesterday when that is still to come; never before the meeting.
        const closedOn = isoDate(Math.max(day, Math.min(due, today - DAY)));
        if (spec.outcome === 'done')
          call(dispatcher, 'commitments.setStatus', { id: made.id, status: 'done', closedOn });
        else if (spec.outcome !== 'open')
          call(dispatcher, 'commitments.setStatus', {
            id: made.id,
            status: 'dropped',
            reason: spec.outcome.dropped,
            closedOn,
          });
      }
    };

    for (const slot of slots) {
      if (slot.kind === 'cancelled') {
        const meeting = create(slot.day);
        pendingCancel = meeting.id;
        continue;
      }
      const bundle = slot.bundle;
      // A short meeting runs from a template now and then, otherwise from one talking point.
      let template = bundle?.template;
      let agenda = bundle?.agenda ?? [];
      if (bundle === null) {
        if ((plan.defaultTemplate && rand() < 0.35) || fillers.length === 0)
          template = plan.defaultTemplate ?? 'development';
        else agenda = fillers.splice(0, 1);
      }
      const meeting = create(slot.day, template);
      if (first && plan.standing) addAgenda(meeting.id, [{ text: plan.standing, recurring: true }]);
      first = false;
      const added = addAgenda(meeting.id, agenda);

      let focus = slot.focus;
      let focusLines: string[] = [];
      if (slot.last) {
        // Story first, but the behaviours observed since come before the ones that weren't.
        const since = new Set(
          observed.filter((o) => o.observedOn >= isoDate(slot.day)).map((o) => o.behaviourId),
        );
        const seen = plan.lastFocus.candidates.filter((id) => since.has(id));
        const unseen = plan.lastFocus.candidates.filter((id) => !since.has(id));
        const chosen = new Set([...seen.slice(0, 3), ...unseen.slice(0, Math.max(0, 2 - seen.length))]);
        focus = plan.lastFocus.candidates.filter((id) => chosen.has(id));
        focusLines = focus.map((id) => `• ${plan.lastFocus.lines[id]!}`);
      }
      if (focus.length > 0)
        call(dispatcher, 'oneOnOnes.setFocus', { id: meeting.id, behaviourIds: [...focus] });

      addCommitments(meeting, slot.day, bundle?.commitments ?? []);

      const shared = [
        ...(bundle?.shared ?? []),
        ...(focusLines.length > 0 ? ['Until we next meet:', ...focusLines] : []),
      ];
      if (shared.length > 0)
        call(dispatcher, 'oneOnOnes.saveNotes', {
          id: meeting.id,
          revision: meeting.shared.revision,
          part: 'shared',
          doc: docOf(shared),
        });
      if (bundle?.private)
        call(dispatcher, 'oneOnOnes.saveNotes', {
          id: meeting.id,
          // Seeded before anyone claims the copy, the private part is readable: it has no author yet.
          revision: meeting.private!.revision,
          part: 'private',
          doc: docOf(bundle.private),
        });

      // Everything talked about is ticked off, except what was not reached and the item nobody tackles.
      const leaveOpen = new Set(added.filter((a) => a.spec.leaveOpen || a.spec.stuck).map((a) => a.id));
      const current = call(dispatcher, 'oneOnOnes.get', { id: meeting.id });
      for (const item of current.agenda) {
        if (leaveOpen.has(item.id) || item.text === STUCK_ITEM) continue;
        call(dispatcher, 'agenda.update', {
          id: item.id,
          text: item.text,
          done: true,
          recurring: item.recurring,
        });
      }
      call(dispatcher, 'oneOnOnes.update', {
        id: meeting.id,
        revision: current.revision,
        date: current.date,
        status: 'held',
      });
    }

    if (plan.tail) {
      const lastHeld = held[held.length - 1]!.day;
      // The next one on cadence (a day later if that is a day off); a cancelled one a fortnight on.
      const planned = plan.tail.kind === 'planned';
      let day = lastHeld + (planned ? step : 14) * DAY;
      while (isDayOff(day)) day += planned ? DAY : -DAY;
      if (planned && day < today)
        throw new Error(`Demo one-to-ones: ${person.name}’s next one-to-one would be in the past.`);
      if (!planned && (day >= today || day <= lastHeld))
        throw new Error(
          `Demo one-to-ones: ${person.name}’s cancelled one-to-one would not fall in the past.`,
        );
      const meeting = create(day, plan.tail.bundle.template);
      addAgenda(meeting.id, plan.tail.bundle.agenda ?? []);
      if (plan.tail.kind === 'cancelled') cancel(meeting.id);
    } else if (pendingCancel !== null) {
      cancel(pendingCancel);
    }
  }
  return counts;
}
