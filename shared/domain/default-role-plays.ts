// Default role-play scripts shipped with Coachbench: the difficult moments of a B2B sale, each built
// around behaviours of the default library (default-library.ts), so that scoring a practice records
// observations on the same behaviours that calls, notes and one-to-ones use.
//
// How they are written, after Rackham's rules for practising a skill (coaching-domain.md §3.3): few
// target behaviours per script (one to practise, two or three around it), a customer who behaves like a
// real one (not a strawman who folds at the first good question), and branches for the two or three
// things reps really do at that moment, so the manager can replay the consequence instead of
// describing it. Rubric levels say what 1 (not yet) to 4 (role model) sound like in this scene.
//
// Display text uses typographic apostrophes and quotation marks (’ “ ”), as the library does.

import type { RolePlayBeat, RolePlayPersona } from './role-play-schemas';

export interface RolePlaySeed {
  /** Stable id, prefixed `rps-`: a database seeds each once. */
  seedId: string;
  title: string;
  /** The situation, one string a paragraph. */
  situation: string[];
  persona: RolePlayPersona;
  objectives: string[];
  difficulty: 1 | 2 | 3;
  stageId: string;
  beats: RolePlayBeat[];
  rubric: { behaviourId: string; levels: [string, string, string, string] }[];
}

export const DEFAULT_ROLE_PLAYS_VERSION = 1;

const beat = (
  b: Omit<RolePlayBeat, 'direction' | 'branches' | 'next'> & Partial<RolePlayBeat>,
): RolePlayBeat => ({
  direction: null,
  branches: [],
  next: null,
  ...b,
});

export const DEFAULT_ROLE_PLAYS: readonly RolePlaySeed[] = [
  {
    seedId: 'rps-sceptical-economic-buyer',
    title: 'Discovery with a sceptical economic buyer',
    situation: [
      'Your champion, the operations manager, has got you 30 minutes with the CFO of a regional distributor. The CFO did not ask for the meeting and has seen three “efficiency platforms” in two years, none of which paid back.',
      'You know from the champion that failed deliveries cost the company re-delivery fees and credit notes, but nobody has put a figure on it. The CFO signs anything over €50,000.',
    ],
    persona: {
      name: 'Margaret Lindqvist',
      title: 'Chief Financial Officer',
      company: 'Nordhavn Distribution',
      goals:
        'Protect margin this year; fund only projects with a payback under 12 months that her own team can check.',
      concerns:
        'Vendors who quote other customers’ savings; projects that need more headcount to run; being sold to in her own office.',
      personality:
        'Polite, brief, numerical. Answers questions with questions until she hears one worth answering. Warms up when the rep uses her numbers, not theirs.',
    },
    objectives: [
      'Agree the purpose and outcome of the 30 minutes before discussing anything else',
      'Get the CFO to put her own figure on the cost of failed deliveries',
      'Leave with a dated next step she accepts, or a clear no',
    ],
    difficulty: 3,
    stageId: 'stage-discovery-need-analysis',
    beats: [
      beat({
        id: 'opening',
        customerLine:
          'I have half an hour. Eriksson tells me you can save us money. Everyone says that. Go on.',
        direction: 'Arms folded, looks at the clock.',
        modelAnswer:
          'Does not pitch. Proposes the use of the time: “I’d rather not present. Could we spend 20 minutes on how failed deliveries show up in your numbers, and at the end decide together whether a second conversation is worth it, and it’s fine if it isn’t?” Waits for her agreement.',
        behaviourIds: ['bhv-sets-up-front-contract'],
        branches: [
          {
            condition: 'The rep starts presenting the product or quoting other customers’ savings',
            next: 'pitch-pushback',
          },
        ],
        next: 'cost',
      }),
      beat({
        id: 'pitch-pushback',
        customerLine:
          'Every vendor has a customer who saved 20%. I don’t run their company. What do you actually know about ours?',
        direction: 'Cool, not hostile. Gives the rep one chance to recover.',
        modelAnswer:
          'Owns it and resets: “Fair, I don’t know enough yet. Could I ask you a few questions about how delivery failures reach your P&L, and you tell me if any of it is worth pursuing?”',
        behaviourIds: ['bhv-sets-up-front-contract', 'bhv-builds-on-buyer-answers'],
      }),
      beat({
        id: 'cost',
        customerLine:
          'Failed deliveries? It’s an operational nuisance. Eriksson’s team handles it. I see it as a line in the logistics budget.',
        modelAnswer:
          'Asks implication questions in her terms: where the cost lands beyond re-delivery fees (credit notes, customer churn, overtime), how big that line was last year, and what happens to it if volumes grow 15% as planned. Lets her do the arithmetic.',
        behaviourIds: ['bhv-asks-implication-questions', 'bhv-quantifies-cost-of-inaction'],
        branches: [{ condition: 'The rep asks what doing nothing costs over the next year', next: 'reveal' }],
      }),
      beat({
        id: 'vague',
        customerLine:
          'I couldn’t tell you exactly. It’s not nothing, but it’s not my biggest problem either.',
        direction:
          'Reached when the rep did not get to the cost of inaction. She is drifting; looks at the clock again.',
        modelAnswer:
          'Offers a way to size it with her own data: “If we took last quarter’s credit notes for late or failed drops, would your team be able to pull that? If it’s small, I’ll say so.”',
        behaviourIds: ['bhv-quantifies-cost-of-inaction'],
        next: 'close',
      }),
      beat({
        id: 'reveal',
        customerLine:
          'Well, if volumes grow as planned and nothing changes… the credit notes alone were about €310,000 last year. And our biggest customer’s contract is up for renewal in March; they complained about exactly this.',
        direction: 'Slower now, thinking aloud. This is the moment she starts to own the problem.',
        modelAnswer:
          'Plays back her numbers and the renewal, asks what losing that customer would mean, and checks: “So the question is whether this can be fixed before March. Is that the right way to put it?”',
        behaviourIds: ['bhv-plays-back-understanding', 'bhv-confirms-event-behind-timeline'],
      }),
      beat({
        id: 'close',
        customerLine: 'All right. What do you want from me?',
        modelAnswer:
          'Asks for a specific, dated step she controls: her analyst and Eriksson to size last year’s failure cost together, a 45-minute review of the figure with her on a named date, and who else would sign off a project of this size.',
        behaviourIds: ['bhv-agrees-dated-next-step', 'bhv-identifies-approvers-beyond-contact'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-sets-up-front-contract',
        levels: [
          'Starts presenting or talking about the company; the CFO never agrees what the meeting is for.',
          'States an agenda but does not ask her to agree it or allow that the answer may be no.',
          'Agrees purpose, time and the decision at the end before the first question.',
          'Agrees the contract, and uses it later (“we said we’d decide at the end…”) to ask for the next step.',
        ],
      },
      {
        behaviourId: 'bhv-quantifies-cost-of-inaction',
        levels: [
          'Quotes other customers’ savings; no figure of hers appears.',
          'Asks about costs but accepts “it’s not nothing” without a number.',
          'Gets her to give or agree a figure for the cost of doing nothing, in her own data.',
          'Gets the figure and ties it to a date (the March renewal) so the cost has a deadline.',
        ],
      },
      {
        behaviourId: 'bhv-asks-implication-questions',
        levels: [
          'Asks only situation questions (systems, volumes, team size).',
          'Asks about problems but moves to the product before exploring their consequences.',
          'Asks at least two questions about the consequences of failed deliveries beyond the logistics line.',
          'Builds a chain of consequences the CFO states herself, ending at revenue or a key customer.',
        ],
      },
      {
        behaviourId: 'bhv-agrees-dated-next-step',
        levels: [
          'Ends with “I’ll send some information”.',
          'Proposes a follow-up without a date or without her part in it.',
          'Agrees a dated next step with an action on her side.',
          'Agrees the dated step, who attends, and what would make her say no at that meeting.',
        ],
      },
    ],
  },
  {
    seedId: 'rps-discount-before-value',
    title: 'A discount request before value is agreed',
    situation: [
      'Second meeting with the head of operations of a mid-sized wholesaler. You have shown the platform once; you have not yet agreed what problem it solves for them or what that is worth.',
      'Before you can ask anything, the buyer asks for 20% off the list price. Your manager has authority up to 10%, and only against a multi-year term or a reference.',
    ],
    persona: {
      name: 'Daniel Osei',
      title: 'Head of Operations',
      company: 'Brightwater Wholesale',
      goals: 'Look good to his CEO by bringing the project in under the budget he guessed.',
      concerns: 'That the price is padded; that he is paying for features he will not use.',
      personality:
        'Friendly, fast, used to haggling with hauliers. Tests whether the seller folds. Respects a seller who holds firm with reasons.',
    },
    objectives: [
      'Find out what the discount request is really about before answering it',
      'Move the conversation back to value',
      'If anything is given, get something of equal value in return',
    ],
    difficulty: 2,
    stageId: 'stage-negotiation-risk-resolution',
    beats: [
      beat({
        id: 'ask',
        customerLine: 'Look, I like it. But 20% off and I can probably get this through. Can you do that?',
        direction: 'Smiling, as if it is a formality.',
        modelAnswer:
          'Does not answer the number. Clarifies first: “Help me understand where 20% comes from. Is it a budget figure, a comparison with another quote, or something else?”',
        behaviourIds: ['bhv-clarifies-objection-before-answering'],
        branches: [
          {
            condition: 'The rep agrees a discount (any size) without asking for anything in return',
            next: 'more',
          },
        ],
        next: 'budget',
      }),
      beat({
        id: 'more',
        customerLine:
          'Great, that helps. And the onboarding fee, can we lose that too? And the first three months free?',
        direction: 'He has learnt the price moves. Keeps going until the rep stops him.',
        modelAnswer:
          'Stops and resets: “I moved too quickly. Before we talk about any number, can we agree what the project has to deliver, and then what we’d each commit to?” Any concession from here is traded for term, scope or a reference.',
        behaviourIds: ['bhv-trades-every-concession', 'bhv-avoids-discount-to-cover-weak-value'],
        next: 'trade',
      }),
      beat({
        id: 'budget',
        customerLine:
          'Honestly? I told the CEO “around 80k” before I’d seen your price. Now I’m at 100 and I need to explain the difference.',
        modelAnswer:
          'Moves to value: asks what the CEO expects the project to achieve and what the problem costs today, so the difference can be explained as return rather than removed as price.',
        behaviourIds: ['bhv-quantifies-cost-of-inaction', 'bhv-avoids-discount-to-cover-weak-value'],
      }),
      beat({
        id: 'trade',
        customerLine: 'OK, but I still need to show him I got something off. What can you do?',
        modelAnswer:
          'Offers a conditional trade, if-then: “If you can sign a three-year term by the 30th and be a reference once live, I can take 8% off the first year.” Never gives without getting.',
        behaviourIds: ['bhv-trades-every-concession'],
      }),
      beat({
        id: 'close',
        customerLine: 'Let me think about it.',
        modelAnswer:
          'Agrees what thinking involves: who he will talk to, what they will need to see, and a date to decide, in the diary before the call ends.',
        behaviourIds: ['bhv-agrees-dated-next-step'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-trades-every-concession',
        levels: [
          'Gives a discount, fee or free period without asking for anything.',
          'Asks for something in return only after giving.',
          'Makes every concession conditional (“if you…, then I…”) on something of value: term, date, scope, reference.',
          'Trades, and sizes the trade so the buyer can present a win while the deal’s value is protected.',
        ],
      },
      {
        behaviourId: 'bhv-clarifies-objection-before-answering',
        levels: [
          'Answers the number straight away (yes, no or a counter-offer).',
          'Asks a question but answers before hearing the real reason.',
          'Finds the reason behind the request (a budget guess told to the CEO) before responding.',
          'Finds the reason and plays it back so the buyer agrees that is the real issue.',
        ],
      },
      {
        behaviourId: 'bhv-avoids-discount-to-cover-weak-value',
        levels: [
          'Uses price to make up for value that was never agreed.',
          'Mentions value but still leads with price movement.',
          'Returns to the cost of the problem and the expected return before any price discussion.',
          'Gets the buyer to state the value in his own figures, so the price is explained rather than cut.',
        ],
      },
    ],
  },
  {
    seedId: 'rps-no-decision-stall',
    title: 'The “no decision” stall',
    situation: [
      'Six weeks ago the IT director said she wanted to move before the summer. Since then she has cancelled one meeting and answered two emails with “still reviewing internally”. The deal is in your commit forecast for this quarter.',
      'She has finally agreed to a 20-minute call. You suspect there is a competing priority, or nobody above her has agreed to spend the money.',
    ],
    persona: {
      name: 'Ingrid Novak',
      title: 'IT Director',
      company: 'Castleford Building Supplies',
      goals: 'Not to be blamed for a failed project in a year when the board has frozen new spending.',
      concerns: 'The finance director has not been involved; an ERP upgrade is competing for the same team.',
      personality:
        'Conflict-averse. Says “it’s looking positive” when it is not. Opens up when the rep makes it safe to say no.',
    },
    objectives: [
      'Find out what is really stopping the decision, including doing nothing',
      'Make it safe for the buyer to say the project may not happen',
      'Replace the vague “soon” with a decision process with names and dates, or take the deal out of the forecast',
    ],
    difficulty: 2,
    stageId: 'stage-decision-process-stakeholder-alignment',
    beats: [
      beat({
        id: 'positive',
        customerLine:
          'Sorry it’s been slow. It’s still looking positive, we just need a bit more time internally.',
        modelAnswer:
          'Does not accept “positive”. Gives permission to say no: “Thanks. Can I ask a straight question? Often when things go quiet it’s because something else has taken priority. It’s fine if that’s happened. Has it?”',
        behaviourIds: ['bhv-asks-about-alternatives'],
        branches: [
          {
            condition: 'The rep sends a “checking in” style reply or offers a discount to speed things up',
            next: 'fog',
          },
        ],
        next: 'truth',
      }),
      beat({
        id: 'fog',
        customerLine: 'No, no, nothing like that. I’ll let you know as soon as I hear anything.',
        direction: 'Relieved to get off lightly. The call is about to end with nothing learnt.',
        modelAnswer:
          'Recovers by naming the pattern kindly and asking what “hearing” depends on: who decides, and what they need to see.',
        behaviourIds: ['bhv-maps-decision-steps-and-dates'],
      }),
      beat({
        id: 'truth',
        customerLine:
          'Well… the ERP upgrade got pulled forward, and finance haven’t really looked at our project yet. I didn’t want to say it too early.',
        modelAnswer:
          'Thanks her, then maps the decision: who in finance, what they decide on, when budgets are set, and what happens to the ERP timeline. Asks what the cost is of waiting until after the ERP work.',
        behaviourIds: ['bhv-maps-decision-steps-and-dates', 'bhv-quantifies-cost-of-inaction'],
        branches: [
          { condition: 'The rep asks to meet the finance director together with her', next: 'champion' },
        ],
        next: 'plan',
      }),
      beat({
        id: 'champion',
        customerLine: 'I could introduce you to Paul in finance, I suppose. He’s not easy.',
        modelAnswer:
          'Tests the champion with a specific request: “Would you be willing to send him a short note with the cost figure we agreed, and join the call?” Agrees what she will say.',
        behaviourIds: ['bhv-tests-champion-with-request', 'bhv-multi-threads-buying-group'],
      }),
      beat({
        id: 'plan',
        customerLine: 'So where does that leave us?',
        modelAnswer:
          'Summarises honestly (no decision this quarter unless finance agrees by a date), proposes the steps and dates that would get there, and tells her the deal is moving out of this quarter’s forecast until finance is involved.',
        behaviourIds: ['bhv-agrees-dated-next-step', 'bhv-reports-weak-opportunities-as-weak'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-asks-about-alternatives',
        levels: [
          'Accepts “looking positive” and asks when she will decide.',
          'Hints at competing priorities without asking directly.',
          'Asks directly whether something else, including doing nothing, has taken priority, and makes no an acceptable answer.',
          'Surfaces the competing priority and gets her to compare the cost of each path.',
        ],
      },
      {
        behaviourId: 'bhv-maps-decision-steps-and-dates',
        levels: [
          'Leaves with “I’ll let you know”.',
          'Learns that finance is involved but not who or when.',
          'Maps who decides, on what and by when, with at least one date.',
          'Maps the steps with dates and agrees with her what each step needs from the rep.',
        ],
      },
      {
        behaviourId: 'bhv-reports-weak-opportunities-as-weak',
        levels: [
          'Keeps the deal in commit on hope.',
          'Mentions the risk but keeps the forecast unchanged.',
          'Says plainly the deal is not a commit until finance agrees, and changes the forecast.',
          'Changes the forecast and agrees with the buyer the evidence that would bring it back.',
        ],
      },
    ],
  },
  {
    seedId: 'rps-proposal-problem-not-accepted',
    title: 'Walking through a proposal the customer has not bought into',
    situation: [
      'You are presenting your proposal to the general manager of a fresh-food distributor and his logistics lead. The proposal is built around reducing failed first-time deliveries.',
      'Ten minutes in, it becomes clear the general manager does not accept that failed deliveries are a significant problem; his logistics lead had raised it, not him.',
    ],
    persona: {
      name: 'Tomasz Wiśniewski',
      title: 'General Manager',
      company: 'Greenfield Fresh',
      goals: 'Growth in new regions; keep the business simple while it grows.',
      concerns: 'Spending on a problem he does not believe is big; a system that slows his drivers down.',
      personality:
        'Confident, impatient with slides, respects people who ask him about his business rather than telling him.',
    },
    objectives: [
      'Notice that the problem is not agreed, and stop presenting the solution',
      'Rebuild the problem with the general manager in his own terms',
      'Agree what would need to be true for the proposal to be worth a decision',
    ],
    difficulty: 3,
    stageId: 'stage-proposal-demonstration',
    beats: [
      beat({
        id: 'doubt',
        customerLine:
          'I’ll be honest, I don’t recognise this 6% failure rate. Our drivers are good. Is this really a problem?',
        direction: 'Leans back; the logistics lead looks at the table.',
        modelAnswer:
          'Stops the walk-through and checks the reaction: “That matters more than the rest of this document. Can we put the proposal aside for a moment? Where does your picture of delivery performance come from?”',
        behaviourIds: ['bhv-checks-reaction-during-demo', 'bhv-clarifies-objection-before-answering'],
        branches: [
          { condition: 'The rep defends the figure or carries on to the next slide', next: 'defend' },
        ],
        next: 'rebuild',
      }),
      beat({
        id: 'defend',
        customerLine: 'You’re telling me about my own drivers now? I think we’re done with the slides.',
        direction: 'Irritated. The logistics lead will not defend the rep.',
        modelAnswer:
          'Apologises for pushing, and asks the general manager how he would measure delivery quality, and whether his customers would agree.',
        behaviourIds: ['bhv-builds-on-buyer-answers'],
      }),
      beat({
        id: 'rebuild',
        customerLine:
          'I see the complaints the big accounts send me, that’s all. Most months there are a few. The regional expansion is what keeps me up at night.',
        modelAnswer:
          'Builds on his priority: asks how delivery reliability in the new regions affects winning and keeping those accounts, and what he would need to see to believe the failure rate is what his lead says. Restates the problem the proposal should open with, in his words: winning the new regions needs deliveries that arrive first time.',
        behaviourIds: [
          'bhv-builds-on-buyer-answers',
          'bhv-asks-implication-questions',
          'bhv-opens-proposal-with-buyer-problem',
        ],
      }),
      beat({
        id: 'decision',
        customerLine: 'If the number is real, fine. But I’m not deciding anything today.',
        modelAnswer:
          'Agrees what decision the proposal asks for and what would make it worth making: the logistics lead and the rep verify the failure rate from last quarter’s data, then a 30-minute decision meeting on a date.',
        behaviourIds: ['bhv-states-decision-required', 'bhv-agrees-dated-next-step'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-checks-reaction-during-demo',
        levels: [
          'Carries on presenting after the objection.',
          'Acknowledges the doubt but returns to the slides.',
          'Stops presenting and asks for the general manager’s view before continuing.',
          'Stops, asks, and rebuilds the rest of the meeting around what he says.',
        ],
      },
      {
        behaviourId: 'bhv-opens-proposal-with-buyer-problem',
        levels: [
          'The proposal opens with the product.',
          'It opens with the problem in the vendor’s words or the champion’s words only.',
          'It opens with the problem in the words and figures the decision-maker accepts.',
          'It opens with the problem and its impact on the decision-maker’s own priority (the expansion).',
        ],
      },
      {
        behaviourId: 'bhv-states-decision-required',
        levels: [
          'No decision is named; the meeting ends with “let us know”.',
          'A decision is implied (“when you’re ready to go ahead”).',
          'States the decision asked for and what needs to be true to make it.',
          'States the decision, the evidence needed, who brings it and by when, and the buyer agrees.',
        ],
      },
    ],
  },
  {
    seedId: 'rps-procurement-negotiation',
    title: 'Procurement: trading concessions for commitment',
    situation: [
      'The business has chosen you. The deal now sits with a procurement manager who has not been part of the evaluation and is measured on savings against the first quote.',
      'Your room to move: up to 8% on licences for a three-year term, payment terms from 30 to 60 days, onboarding spread over two invoices. Service levels and liability caps are not negotiable without legal.',
    ],
    persona: {
      name: 'Rachel Adeyemi',
      title: 'Senior Procurement Manager',
      company: 'Halden Group',
      goals: 'Report at least 12% savings; standard contract terms; no surprises after signature.',
      concerns: 'Vendors who pad the first quote; auto-renewal clauses; being rushed by sales deadlines.',
      personality:
        'Professional, scripted, patient. Uses silence. Will say the business has an alternative even when it does not.',
    },
    objectives: [
      'Learn procurement’s process and dates before talking numbers',
      'Trade every concession for something of value to you',
      'Protect service levels and liability terms, and leave with a signature plan',
    ],
    difficulty: 3,
    stageId: 'stage-negotiation-risk-resolution',
    beats: [
      beat({
        id: 'opening',
        customerLine:
          'Thanks for coming in. We’ve got a competing offer that’s 15% under yours. What can you do?',
        direction: 'Says it flatly, then waits in silence.',
        modelAnswer:
          'Does not respond to the number or fill the silence. Asks about the process: “Before we get to price, can you walk me through how procurement gets this to signature, who else reviews it and by when?”',
        behaviourIds: ['bhv-asks-about-paper-process', 'bhv-clarifies-objection-before-answering'],
        branches: [{ condition: 'The rep offers a price reduction straight away', next: 'anchor' }],
        next: 'process',
      }),
      beat({
        id: 'anchor',
        customerLine:
          'That’s a start. The other vendor also gives 90-day payment terms and no onboarding fee.',
        direction: 'Pockets the first move and asks for more.',
        modelAnswer:
          'Stops conceding. Puts everything on the table as a package: “Let’s look at the whole agreement together, and what each of us needs from it.”',
        behaviourIds: ['bhv-trades-every-concession'],
        next: 'package',
      }),
      beat({
        id: 'process',
        customerLine:
          'Legal reviews after I agree commercials. Board sign-off is on the 14th. I need savings to report before then.',
        modelAnswer:
          'Plays back the dates and builds a close plan: commercial agreement by the 7th, legal in parallel on the liability clause, board on the 14th. Asks who owns each step.',
        behaviourIds: ['bhv-builds-mutual-close-plan'],
      }),
      beat({
        id: 'package',
        customerLine: 'So what are you offering?',
        modelAnswer:
          'Conditional package: “If Halden commits to three years and signature before the board on the 14th, we can do 7% on licences and 60-day terms. The service levels stay as they are; they’re what the business chose us for.”',
        behaviourIds: ['bhv-trades-every-concession', 'bhv-raises-commercial-terms-proactively'],
        branches: [
          { condition: 'The rep gives up a service level or liability term to close', next: 'risk' },
        ],
      }),
      beat({
        id: 'agree',
        customerLine: 'I can take that to the business. What do you need from me now?',
        modelAnswer:
          'Confirms the package in writing, agrees who sends the contract, the legal review date and the signature date, and what happens if the board date moves.',
        behaviourIds: ['bhv-builds-mutual-close-plan', 'bhv-agrees-dated-next-step'],
        next: 'end',
      }),
      beat({
        id: 'risk',
        customerLine: 'Good. Put the reduced uptime commitment in the draft and we’ll move ahead.',
        direction: 'Reached only if the rep gave away a protected term.',
        modelAnswer:
          'Corrects course before it is written down: explains delivery cannot honour a lower commitment without risk to the customer, and offers something else of value instead.',
        behaviourIds: ['bhv-commits-only-to-confirmed-delivery'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-trades-every-concession',
        levels: [
          'Concedes price or terms to answer pressure, with nothing in return.',
          'Asks for something in return after conceding.',
          'Every concession is conditional on term, date or scope.',
          'Concessions come as one package tied to the signature plan; nothing is given singly.',
        ],
      },
      {
        behaviourId: 'bhv-asks-about-paper-process',
        levels: [
          'Learns the process only when the deal stalls.',
          'Asks about legal or procurement steps but not dates.',
          'Maps procurement, legal and board steps with dates before negotiating.',
          'Maps the steps and runs legal review in parallel to protect the signature date.',
        ],
      },
      {
        behaviourId: 'bhv-builds-mutual-close-plan',
        levels: [
          'No plan; the rep waits for procurement.',
          'A plan held by the rep only.',
          'A plan with steps, owners and dates agreed with procurement.',
          'An agreed plan that includes what happens if a date slips.',
        ],
      },
    ],
  },
  {
    seedId: 'rps-handover-expectations',
    title: 'Handover: setting delivery expectations honestly',
    situation: [
      'The contract is signed. You are on a kick-off call with the customer’s project sponsor and your delivery lead. During the sale the sponsor heard “live in six weeks”; delivery’s plan says ten, because the customer’s data export is not ready.',
      'The sponsor has told her board the six-week date.',
    ],
    persona: {
      name: 'Helen Marsh',
      title: 'Supply Chain Director (project sponsor)',
      company: 'Ashcombe Foods',
      goals: 'A visible win before the peak season; to keep her credibility with the board.',
      concerns: 'That she was oversold; that delivery will blame her team’s data.',
      personality:
        'Warm with people who are straight with her, sharp with people who are not. Remembers exactly what was said in the sale.',
    },
    objectives: [
      'Correct the timeline honestly, owning what was said in the sale',
      'Hand over the context delivery needs: the problem bought against, success measures, risks and stakeholders',
      'Agree a plan the sponsor can take to her board',
    ],
    difficulty: 2,
    stageId: 'stage-closing-handover-implementation',
    beats: [
      beat({
        id: 'date',
        customerLine:
          'So we’re still on for six weeks, right? I’ve told the board we’ll be live before peak.',
        modelAnswer:
          'Says it plainly and owns it: “I need to correct something I said. Six weeks assumed your order data would be ready to export; it isn’t yet, and our plan says ten. I should have been clearer about that dependency.”',
        behaviourIds: ['bhv-discloses-material-risks', 'bhv-commits-only-to-confirmed-delivery'],
        branches: [
          { condition: 'The rep confirms six weeks or stays vague (“we’ll do our best”)', next: 'later' },
        ],
        next: 'reaction',
      }),
      beat({
        id: 'later',
        customerLine: 'Good. Let’s get the plan signed off today then.',
        direction: 'Played by the delivery lead, who now has to contradict the rep in front of the customer.',
        modelAnswer:
          'Recovers before the plan is signed: asks the delivery lead to walk through the data dependency and states the realistic date, taking responsibility for the earlier answer.',
        behaviourIds: ['bhv-discloses-material-risks'],
      }),
      beat({
        id: 'reaction',
        customerLine:
          'Ten weeks takes us into peak. That’s a real problem for me. What am I supposed to tell the board?',
        direction: 'Upset, not shouting. Wants to know whether the rep is on her side.',
        modelAnswer:
          'Acknowledges the impact, then offers options with delivery: a phased go-live for the two largest depots in seven weeks if the export is ready by a date, and what her team would need to do. Offers to help brief the board.',
        behaviourIds: ['bhv-sets-out-implementation-plan', 'bhv-assigns-owner-to-each-deal-risk'],
      }),
      beat({
        id: 'handover',
        customerLine: 'OK. What does your delivery team need to know about us that they don’t already?',
        modelAnswer:
          'Hands over the context in front of her: the problem she bought against (failed deliveries at peak), the success metric and its baseline, the stakeholders, the risks discussed, and what was promised. Asks her to correct anything.',
        behaviourIds: ['bhv-writes-handover-brief', 'bhv-agrees-measurable-success-metric'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-discloses-material-risks',
        levels: [
          'Confirms the six-week date or avoids the subject.',
          'Mentions “some risk on the timeline” without a date or a cause.',
          'States the realistic date and its cause plainly, before the plan is signed.',
          'States it, owns the earlier answer, and gives the sponsor what she needs to brief her board.',
        ],
      },
      {
        behaviourId: 'bhv-commits-only-to-confirmed-delivery',
        levels: [
          'Promises a date delivery has not confirmed.',
          'Gives a date with vague caveats.',
          'Commits only to dates delivery has confirmed, with their dependencies.',
          'Commits to confirmed dates and agrees with the customer who owns each dependency.',
        ],
      },
      {
        behaviourId: 'bhv-writes-handover-brief',
        levels: [
          'Delivery hears nothing of the sale’s context.',
          'Passes on the scope but not the problem, metric or promises.',
          'Hands over the problem, success metric, stakeholders, risks and promises made.',
          'Does so with the customer in the room and has her confirm or correct it.',
        ],
      },
    ],
  },
  {
    seedId: 'rps-ethics-promise-cannot-keep',
    title: 'Ethics: the customer asks for a promise the product cannot keep',
    situation: [
      'Final call before signature with the operations director of a pharmacy wholesaler. She asks you to confirm in writing that the platform integrates in real time with their warehouse system.',
      'It does not: the integration syncs every 15 minutes, and real-time is on the roadmap with no committed date. The deal would close this month and make your quarter.',
    ],
    persona: {
      name: 'Dr. Amira Haddad',
      title: 'Operations Director',
      company: 'MedLine Wholesale',
      goals: 'Real-time stock visibility for controlled medicines, which regulators audit.',
      concerns: 'Buying something that fails an audit; vendors who say yes to everything.',
      personality: 'Precise, courteous, asks the same question twice in different words to check the answer.',
    },
    objectives: [
      'Tell the truth about the integration, even if it costs the deal this month',
      'Find out whether 15-minute sync actually fails her need, and what the need really is',
      'Offer only what delivery and product can confirm',
    ],
    difficulty: 3,
    stageId: 'stage-closing-handover-implementation',
    beats: [
      beat({
        id: 'ask',
        customerLine:
          'Before I sign: can you confirm in writing that your system integrates in real time with our warehouse system?',
        modelAnswer:
          'Answers truthfully, at once: “No, I can’t. It syncs every 15 minutes today. Real-time is on the roadmap, but there is no committed date, and I won’t put one in writing.”',
        behaviourIds: ['bhv-commits-only-to-confirmed-delivery', 'bhv-discloses-material-risks'],
        branches: [
          {
            condition: 'The rep says yes, or “effectively real time”, or that it will be by go-live',
            next: 'written',
          },
        ],
        next: 'need',
      }),
      beat({
        id: 'written',
        customerLine: 'Good. Then you won’t mind that going into the contract as a warranted capability.',
        direction: 'She asks the same thing again, more precisely. This is the last chance to correct it.',
        modelAnswer:
          'Corrects the answer before it is written: “I need to correct what I just said. It is a 15-minute sync, not real time, and I’m sorry for blurring that.” Then explores the need.',
        behaviourIds: ['bhv-discloses-material-risks'],
      }),
      beat({
        id: 'need',
        customerLine: 'That’s disappointing. Our auditors need to see controlled-medicine stock as it moves.',
        modelAnswer:
          'Clarifies the requirement before deciding it cannot be met: what exactly the auditors check, how current the data must be, and which stock movements matter. It may be that 15 minutes is acceptable for most lines and not for controlled items.',
        behaviourIds: ['bhv-clarifies-objection-before-answering', 'bhv-probes-pain-below-surface'],
      }),
      beat({
        id: 'options',
        customerLine: 'So what are you proposing?',
        modelAnswer:
          'Offers only confirmed options: a call with product and the customer’s auditor before signature; or signing for the other sites with controlled-medicine stock out of scope until real-time is delivered. Says plainly that the deal may move to next month and that is fine.',
        behaviourIds: ['bhv-commits-only-to-confirmed-delivery', 'bhv-uses-only-genuine-deadlines'],
      }),
    ],
    rubric: [
      {
        behaviourId: 'bhv-commits-only-to-confirmed-delivery',
        levels: [
          'Confirms real-time integration, or implies it will be there by go-live.',
          'Gives a hedged answer (“effectively real time”) that the customer could take as a yes.',
          'Says plainly what the product does today and refuses to commit to the roadmap.',
          'Says it plainly and offers only options that product and delivery have confirmed.',
        ],
      },
      {
        behaviourId: 'bhv-discloses-material-risks',
        levels: [
          'Lets the customer sign on a misunderstanding.',
          'Corrects it only when asked twice.',
          'Discloses the gap at the first question.',
          'Discloses it and explains its consequence for her audit, before she has to ask.',
        ],
      },
      {
        behaviourId: 'bhv-clarifies-objection-before-answering',
        levels: [
          'Argues that 15 minutes is good enough.',
          'Asks one question, then proposes a workaround.',
          'Finds out what the auditors actually require before proposing anything.',
          'Finds the real requirement and separates what must be real time from what need not.',
        ],
      },
    ],
  },
];
