import type { InputOf } from '../../../shared/contract';
import { BEHAVIOUR_TAG_MARK, collectBehaviourTags } from '../../../shared/rich-text/behaviour-tags';
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
  todayMs,
} from './support';

/*
 * A year of coaching history for the demo team, written as Marcus Webb (the manager using the app)
 * through the dispatcher, so every rule a user meets is checked here too.
 *
 * Each rep has a profile: the behaviours that suit their role, how many times each was observed and a
 * curve giving the expected level by how many days ago it was observed. Levels are the curve plus a
 * little noise, rounded, so the numbers tell the story the profile describes. A small seeded generator
 * makes the history the same on every run, relative to today. Dates fall on weekdays, after the rep
 * started and never after today.
 */

const SEED = 0x5eed_c0ac;
/** Marcus, the manager this copy of Coachbench belongs to in the demo. */
const AUTHOR_KEY = 'marcus';

type Band = 'low' | 'high';
type Level = 1 | 2 | 3 | 4;
type Verdict = 'strength' | 'gap';
/** [days ago, expected level] points, interpolated in a straight line between them. */
type Curve = readonly (readonly [number, number])[];

export interface BehaviourText {
  /** What the manager wrote, for levels 1–2 or a gap. */
  low: readonly string[];
  /** What the manager wrote, for levels 3–4 or a strength. */
  high: readonly string[];
  /** What the rep said or wrote, by band. */
  said: { low: readonly string[]; high: readonly string[] };
}

// Pools shared by several reps avoid pronouns; pools for one rep's behaviours may use them.
export const TEXT: Record<string, BehaviourText> = {
  'bhv-checks-account-against-icp': {
    low: [
      'Worked through a bought-in list with no fit check; about half were below our headcount floor.',
      'Could not say why this account was chosen over the others in her patch.',
      'Fit check started, but the misses and unknowns were left blank.',
    ],
    high: [
      'Fit check done before the first email, with two unknowns marked to ask about on the call.',
      'Set three accounts aside with a written reason for each: no field workforce since they outsourced.',
      'Raised a pattern at the team meeting: depots under 200 drivers rarely turn into opportunities.',
    ],
    said: {
      low: [
        'They’re in manufacturing, so they should be a fit.',
        'I just took the next fifty from the list marketing sent over.',
      ],
      high: [
        'Fit: 350 field staff (meets), six sites (meets), current rota tool unknown, so ask on the first call.',
        'Parking this one: they outsourced field service last year, so there is no one to sell to.',
      ],
    },
  },
  'bhv-opens-with-account-specific-reason': {
    low: [
      'Template email with only the company name changed.',
      'The opening line was about us, not them; nothing gave this person a reason to reply.',
      'Mentioned their sector, but the point could have gone to any logistics firm.',
    ],
    high: [
      'Opened with their new depot and what it means for the operations director’s rota.',
      'Picked up the operations director’s own post about overtime; the reply came the same morning.',
      'Every email in the sequence had a trigger she could point to.',
    ],
    said: {
      low: [
        'Hi Sarah, I’m reaching out because we help companies like yours work smarter.',
        'We’re a leading operations platform and I’d love fifteen minutes to introduce us.',
      ],
      high: [
        'I saw you’re opening the Wakefield depot. Teams adding a site usually find the rota breaks first: is that on your radar?',
        'Your annual report puts field overtime up 18%. Two other water companies changed one thing to bring theirs down; worth ten minutes?',
      ],
    },
  },
  'bhv-confirms-need-in-buyer-words': {
    low: [
      'The notes describe the need in our product language; the buyer never said it like that.',
      'The buyer agreed with a problem we suggested but never put it in their own words.',
      'Wrote down “wants better visibility”, which is our phrase, not theirs.',
    ],
    high: [
      'Got the buyer to describe the problem unprompted and wrote it down word for word.',
      'The buyer’s own phrase carried through to the follow-up email and the opportunity record.',
      'Let the buyer finish describing the problem before saying anything about us.',
    ],
    said: {
      low: [
        'So it sounds like you need better visibility across your scheduling, is that fair?',
        'Need: real-time workforce visibility and optimisation.',
      ],
      high: [
        'You said “we find out on Monday morning that Friday’s plan was wrong”. Can you tell me more about that?',
        'Need, in her words: “the planners spend every Friday firefighting instead of planning”.',
      ],
    },
  },
  'bhv-asks-how-purchase-is-funded': {
    low: [
      'Asked whether there was a budget, took “yes” and moved on.',
      'Price came up for the first time when the buyer asked; nobody knows whose budget this is.',
      'Budget field still says “TBC” after three meetings.',
    ],
    high: [
      'Asked which budget this would come from and what it takes to release it, before the demo.',
      'Found out the money sits in the operations budget and needs a capital request above a threshold.',
      'When the buyer said there was no budget yet, asked how the last system purchase was funded.',
    ],
    said: {
      low: ['Is there budget set aside for this?', 'Budget: yes (they said so).'],
      high: [
        'If you decided to go ahead, whose budget would this come out of, and what does it take to release it?',
        'When you bought the telematics system, how was that funded? Would this follow the same route?',
      ],
    },
  },
  'bhv-identifies-approvers-beyond-contact': {
    low: [
      'Only one name on the record, and the assumption is that she signs.',
      'Accepted “I’ll run it past the team” without asking who the team is.',
      'Asked whether anyone else was involved, but came away with no names or roles.',
    ],
    high: [
      'Came away with three named approvers and what each of them cares about.',
      'Asked how the last similar purchase was signed off and who was in the room.',
      'Added the new IT security lead to the record the same day the buyer mentioned her.',
    ],
    said: {
      low: ['And you’re the one making the call on this?', 'Decision maker: head of operations.'],
      high: [
        'Besides you, who else would need to be comfortable with this before anything gets signed?',
        'Approvers: head of operations (sponsor), finance director (signs above the threshold), IT security review (name to follow).',
      ],
    },
  },
  'bhv-confirms-event-behind-timeline': {
    low: [
      'Close date is the end of the quarter, chosen by us, with no reason behind it.',
      'Accepted “we’d like it sorted this year” as a timeline.',
      'Asked why the date mattered but did not push past a general answer.',
    ],
    high: [
      'Found the real date: their current contract renews automatically in four months, and nobody wants another year of it.',
      'Asked what happens if the date is missed; the answer was a peak season run on spreadsheets.',
      'Checked the date with a second person at the account, not just the contact.',
    ],
    said: {
      low: ['So ideally you’d want something in place this year?', 'Timeline: next quarter.'],
      high: [
        'What happens on that date if nothing has changed?',
        'Driver: current supplier contract ends with the financial year; if missed, they are locked in for another twelve months.',
      ],
    },
  },
  'bhv-asks-about-alternatives': {
    low: [
      'Learnt about the competitor only when the buyer mentioned them in the proposal meeting.',
      'Asked about other suppliers, but not about building it in-house or doing nothing.',
      'No idea what the buyer would do if they did not buy from us.',
    ],
    high: [
      'Asked about other suppliers, an in-house build and staying as they are, and wrote down each answer.',
      'Asked what the buyer liked about the other option, without knocking it.',
      'Spotted that doing nothing is the real competitor here and said so in the deal review.',
    ],
    said: {
      low: ['Are you looking at anyone else?', 'Competition: none known.'],
      high: [
        'If you didn’t go with anyone, what would happen? Is staying as you are a real option?',
        'What do you like about what your IT team has built so far?',
      ],
    },
  },
  'bhv-limits-situation-questions': {
    low: [
      'Spent the first ten minutes asking things that are on their website.',
      'Asked how many sites they have; it is in the CRM from the last call.',
      'A list of background questions before a single question about a problem.',
    ],
    high: [
      'Opened with what she already knew and asked only about the gaps.',
      'The buyer remarked on how well prepared she was.',
      'Two background questions in the whole call, both about things we could not have known.',
    ],
    said: {
      low: [
        'So, can you tell me a bit about what your company does?',
        'How many people work in operations there?',
      ],
      high: [
        'I know you run six depots and moved to a new rota tool last year. What I couldn’t find out is how the planners use it day to day.',
        'Your site says you cover the whole North West; how are the teams split between the depots?',
      ],
    },
  },
  'bhv-sets-up-front-contract': {
    low: [
      'Launched straight into the slides with no agreement on time or purpose.',
      'Gave an agenda but did not check the time or ask what they wanted from the call.',
      'No mention of what would happen at the end of the meeting.',
    ],
    high: [
      'Agreed time, purpose and possible outcomes in the first two minutes, including that a “no” is fine.',
      'Asked the buyer to add to the agenda and came back to their item at the end.',
      'Used the opening agreement to bring a drifting meeting back on track.',
    ],
    said: {
      low: [
        'Great, so let me just share my screen and show you what we do.',
        'Thanks for the time, I’ve got a few slides to go through.',
      ],
      high: [
        'We have thirty minutes. I’d like to understand how rota planning works today, and at the end we decide together whether a deeper look makes sense. If it doesn’t, that’s fine too. What would you add?',
        'Before we start: is half an hour still all right, and is there anything you need to get out of this?',
      ],
    },
  },
  'bhv-asks-implication-questions': {
    low: [
      'Went from the first problem straight to the product.',
      'One consequence question, asked after the demo had already started.',
      'The buyer said the planners were overloaded; the conversation moved on to features.',
    ],
    high: [
      'Two consequence questions before any mention of the product.',
      'Explored the effect on cost, staff and customers before the solution came up.',
      'The buyer named a consequence they had not mentioned at the start.',
    ],
    said: {
      low: [
        'That’s exactly what our scheduling module solves, let me show you.',
        'Got it. So on the product side, we can…',
      ],
      high: [
        'When the Friday plan is wrong, what does that do to Monday’s deliveries?',
        'And if the planners are stuck firefighting, what isn’t getting done?',
      ],
    },
  },
  'bhv-probes-pain-below-surface': {
    low: [
      'Took the first statement of the problem and moved on.',
      'One follow-up question, then straight to the next topic.',
      'Stayed on the symptom (“the rota is a pain”) without finding out what it costs.',
    ],
    high: [
      'Three linked follow-ups on the main problem, down to what it costs the business.',
      'Got the buyer to say why it matters to them personally, not just to the company.',
      'Kept digging when the buyer gave a vague answer instead of accepting it.',
    ],
    said: {
      low: [
        'Okay, makes sense. And what about reporting?',
        'Right, got it. Moving on, how do you handle holidays?',
      ],
      high: [
        'You said it’s a pain. What does that look like on a bad week?',
        'And what does that cost you in agency staff? And who feels that most?',
      ],
    },
  },
  'bhv-builds-on-buyer-answers': {
    low: [
      'Questions followed his list in order whatever the buyer said.',
      'The buyer mentioned a failed project; he did not pick it up.',
      'Went back to the prepared questions and left a new point hanging.',
    ],
    high: [
      'Most of his follow-ups picked up the buyer’s own words.',
      'Came back at the end to the hesitation about IT that he had noticed earlier.',
      'Followed the buyer into the night-shift problem, which turned out to be the real issue.',
    ],
    said: {
      low: [
        'Thanks. Next question: how many planners do you have?',
        'Okay. And what systems do you use today?',
      ],
      high: [
        'You said “we tried that before”. What happened last time?',
        'Earlier you hesitated when I mentioned IT. What’s the history there?',
      ],
    },
  },
  'bhv-plays-back-understanding': {
    low: [
      'No summary at any point; the buyer was never asked whether he had it right.',
      'Summarised in our language and did not ask for correction.',
      'A summary at the very end, as a statement rather than a question.',
    ],
    high: [
      'Summarised the situation in the buyer’s words and asked what he had missed; she corrected one point.',
      'Opened the second meeting with a playback, which caught a change since the first.',
      'His summary was accurate enough that the buyer forwarded the follow-up email to the finance director.',
    ],
    said: {
      low: ['So basically you need our optimisation engine.', 'Great, I think I’ve got everything I need.'],
      high: [
        'Let me check I’ve got this right: the planners rebuild the rota every Friday, Monday goes wrong when they miss something, and the night shift feels it most. What have I missed?',
        'Last time you told me the problem was overtime. Is that still the main thing, or has anything changed?',
      ],
    },
  },
  'bhv-quantifies-cost-of-inaction': {
    low: [
      'Called the problem “expensive” without a single figure.',
      'Used our benchmark figure instead of the buyer’s own numbers.',
      'The cost of waiting is not in the proposal at all.',
    ],
    high: [
      'The cost of doing nothing is in the buyer’s own figures, and the buyer agreed them.',
      'Worked out the monthly cost of delay with the operations director on the call.',
      'Used the buyer’s overtime numbers to show what another year as they are would cost.',
    ],
    said: {
      low: [
        'Customers like you typically save 20 to 30 per cent with us.',
        'This is costing you a lot every month.',
      ],
      high: [
        'Using your own figures, agency cover is running at about 1,400 hours a month. Another year as you are is close to 17,000 hours. Does that match your view?',
        'You said each missed delivery window means a credit note. How many were there last quarter, and what were they worth?',
      ],
    },
  },
  'bhv-agrees-measurable-success-metric': {
    low: [
      'Success is described as “better planning”, with nothing to measure.',
      'She has a metric but no baseline, so nobody will know whether it moved.',
      'The buyer was never asked how they would judge success.',
    ],
    high: [
      'Agreed one metric with a current baseline: store overtime hours per month.',
      'The buyer supplied the baseline and agreed to a review at month six.',
      'Metric and baseline are written into the proposal in the buyer’s words.',
    ],
    said: {
      low: [
        'The goal is to improve efficiency across your stores.',
        'Success: happier planners, less firefighting.',
      ],
      high: [
        'Today it’s around 1,100 overtime hours a month across the stores. Would getting that under 800 within six months be the right test?',
        'Success measure agreed with the finance controller: overtime hours per month, baseline 1,100, reviewed at month six.',
      ],
    },
  },
  'bhv-builds-business-case-with-buyer': {
    low: [
      'Sent a business case built alone; nobody at the buyer has checked the figures.',
      'The return-on-investment slide uses our assumptions, and finance has not seen it.',
      'The buyer was handed a finished case rather than asked to help build it.',
    ],
    high: [
      'Built the case with the buyer’s finance lead, who now owns the numbers.',
      'Asked finance which assumptions they would challenge before showing any figures.',
      'The champion presented the business case internally, using figures they had built together.',
    ],
    said: {
      low: [
        'I’ve put together an ROI model for you; it shows payback in seven months.',
        'Attached is our standard business case, filled in with typical figures.',
      ],
      high: [
        'Before I show you anything, which of these assumptions would your finance team push back on?',
        'Shall we build the staffing line together? You know the agency rates better than I do.',
      ],
    },
  },
  'bhv-opens-proposal-with-buyer-problem': {
    low: [
      'The proposal opens with two pages about us.',
      'The buyer’s problem appears on page seven, after the pricing.',
      'A generic opening that could have gone to any retailer.',
    ],
    high: [
      'Page one states the buyer’s problem and its cost in their own words.',
      'The opening paragraph is the operations director’s own description of the problem.',
      'She started from the problem and the agreed metric; the buyer said it read like their own document.',
    ],
    said: {
      low: [
        'Founded in 2012, we are the market leader in workforce planning for retail.',
        'Thank you for the opportunity to present our solution.',
      ],
      high: [
        'Your store managers told us they spend most of Monday fixing last week’s rota, and overtime has risen by a fifth in a year.',
        'The problem: overtime across 42 stores is running at 1,100 hours a month because rotas are rebuilt by hand every week.',
      ],
    },
  },
  'bhv-states-decision-required': {
    low: [
      'The proposal ends with the price and “let us know if you have questions”.',
      'Nothing says what the buyer needs to decide or by when.',
      'The only next step in the proposal is on our side.',
    ],
    high: [
      'The last page states the decision needed, who makes it and by when.',
      'She set out the choice between the two options plainly, with the consequences of each.',
      'The proposal asks for a specific decision tied to the buyer’s own deadline.',
    ],
    said: {
      low: [
        'We look forward to hearing from you.',
        'Please don’t hesitate to get in touch with any questions.',
      ],
      high: [
        'Decision required: approve phase one (twelve stores) by the end of the month so that rotas are live before the summer peak.',
        'You are choosing between a twelve-store pilot now and a full roll-out after the peak; here is what each means for overtime.',
      ],
    },
  },
  'bhv-anchors-demo-to-discovery': {
    low: [
      'Standard demo from the top; none of the problems from discovery came up.',
      'Showed twelve features; the buyer cared about two.',
      'Mentioned one discovery point, then went back to the usual tour.',
    ],
    high: [
      'Opened the demo with the three problems from discovery and showed only what addressed them.',
      'Each part of the demo started with the buyer’s own words from the last call.',
      'Dropped the reporting section because it did not matter to this buyer.',
    ],
    said: {
      low: [
        'Let me give you the full tour so you can see everything the platform does.',
        'So this is our dashboard, and here we have about forty standard reports…',
      ],
      high: [
        'Last time you mentioned three things: Friday rebuilds, night-shift gaps and holiday clashes. I’ll show you only those.',
        'This is the screen your planners would use on a Friday. You said that’s when it goes wrong.',
      ],
    },
  },
  'bhv-checks-reaction-during-demo': {
    low: [
      'Forty minutes of demo without a single question to the buyer.',
      'Asked “any questions?” once, at the end.',
      'Did not notice that the buyer had stopped engaging.',
    ],
    high: [
      'Stopped every few minutes to ask how the screen compared with how they work today.',
      'Picked up the buyer’s frown and asked about it; it was an integration worry.',
      'Checked reactions after each section and adjusted what he showed next.',
    ],
    said: {
      low: ['And moving on, I’ll show you the next module.', 'Any questions before I wrap up?'],
      high: [
        'How does that compare with what your planners do today?',
        'You went quiet on that screen. What’s going through your mind?',
      ],
    },
  },
  'bhv-identifies-economic-buyer': {
    low: [
      'Does not know who signs; the assumption is that the contact does.',
      'There is a name for the economic buyer, but nobody at the account has confirmed it.',
      'The contact “thinks” the CFO signs, and there is no plan to meet them.',
    ],
    high: [
      'Named the economic buyer and confirmed it with two people at the account.',
      'Has met the economic buyer and knows what she needs to see.',
      'Knows who controls the money, and a meeting with them is in the diary.',
    ],
    said: {
      low: ['I think Martin will be the one to sign it off.', 'Economic buyer: probably the CFO.'],
      high: [
        'Economic buyer: Helena Brandt, CFO. Confirmed by both the COO and procurement; wants payback within eighteen months.',
        'Who would need to approve the spend, and could we meet them before the proposal goes in?',
      ],
    },
  },
  'bhv-maps-decision-steps-and-dates': {
    low: [
      'Knows the buyer will decide “this quarter”, but not the steps.',
      'The decision steps are a guess, and none of them has a date.',
    ],
    high: [
      'Mapped every step from shortlist to signature, with people and dates, and had the buyer check it.',
      'Spotted that their board meets only every six weeks and planned around it.',
      'Her decision map includes the security review that caught the team out last time.',
    ],
    said: {
      low: ['They’ll let us know once they’ve decided.'],
      high: [
        'Steps: operations sign-off, security review (three weeks), CFO approval, then the board on the 22nd for anything over £250k.',
        'Walk me through what happens between you saying yes and a contract being signed.',
      ],
    },
  },
  'bhv-gets-ranked-decision-criteria': {
    low: [
      'Does not know what the buyer will judge us on.',
      'Has the criteria list from the tender, but no idea which matter most.',
      'Asked about criteria but accepted “the usual things”.',
    ],
    high: [
      'Got the buyer to rank their criteria: integration first, price third.',
      'Checked the ranking with the second stakeholder, who put it differently.',
      'Used the ranked criteria to set the demo agenda.',
    ],
    said: {
      low: ['What’s important to you in a solution like this?', 'Criteria: functionality, price, support.'],
      high: [
        'If you could keep only three of these criteria, which three, and in what order?',
        'You said integration with SAP comes first. Is that a must-have, or something you’d trade for a faster roll-out?',
      ],
    },
  },
  'bhv-asks-about-paper-process': {
    low: [
      'Procurement came up for the first time after the verbal yes.',
      'No idea how long legal review takes there.',
    ],
    high: [
      'Asked about legal, procurement and security steps in the second meeting.',
      'Has the procurement lead’s name and their standard contract timeline.',
      'Sent our security pack early because she knew their review takes a month.',
    ],
    said: {
      low: ['We’ll sort the paperwork once they’ve said yes.'],
      high: [
        'Once you decide, what has to happen before a contract is signed? Who in legal and procurement gets involved?',
        'Paper process: procurement (Dev Patel), their standard terms, security questionnaire up front, about five weeks end to end.',
      ],
    },
  },
  'bhv-tests-champion-with-request': {
    low: [
      'Calls the contact a champion but has never asked her to do anything.',
      'The “champion” would not introduce us to the finance director.',
    ],
    high: [
      'Asked her champion to set up the meeting with the CFO; it happened within a week.',
      'Tested the champion by asking for the last board paper on the topic, and got it.',
      'Asked the champion to present the case internally and helped her prepare.',
    ],
    said: {
      low: ['Sarah loves us, she’s our champion.'],
      high: [
        'Would you be willing to introduce me to Neil before the proposal goes in, and tell him why you think it’s worth his time?',
        'Could you share how the last capital request was written up, so ours reads the same way?',
      ],
    },
  },
  'bhv-multi-threads-buying-group': {
    low: [
      'Single-threaded: every conversation goes through one person.',
      'Two people met, both in IT; nobody in operations or finance.',
      'Knows there are other stakeholders, but has not spoken to any of them.',
    ],
    high: [
      'Direct conversations going with operations, finance, IT and procurement.',
      'Met the finance lead without the champion in the room.',
      'When the sponsor went on leave the deal kept moving, because three other people were engaged.',
    ],
    said: {
      low: [
        'Lars is handling it internally, he’ll loop in whoever he needs.',
        'I’d rather not go around my contact.',
      ],
      high: [
        'Contacts this month: operations director (sponsor), finance director (met), IT security lead (call booked), procurement (introduced).',
        'Would it help if I spent half an hour with your finance team on the numbers directly?',
      ],
    },
  },
  'bhv-tailors-message-to-stakeholder': {
    low: [
      'Same deck for the CFO and the store managers.',
      'Talked features to the finance controller.',
      'No change in the message between the operations meeting and the IT one.',
    ],
    high: [
      'Talked cash and payback with finance, and rota quality with the store managers.',
      'Rewrote the summary for the CFO around the one number he cares about.',
      'Prepared a separate page for IT on data flows and security.',
    ],
    said: {
      low: ['Let me walk you through all the features, as I did for the operations team.'],
      high: [
        'For you, I think the question is cash: overtime spend falls from month three, and that pays for the licence by month nine.',
        'For the store managers, this means the rota is done on Thursday, not rebuilt on Monday.',
      ],
    },
  },
  'bhv-trades-every-concession': {
    low: [
      'Offered 10% off before the buyer had asked for anything.',
      'Gave away free implementation days and got nothing back.',
      'Agreed to quarterly billing without asking for anything in return.',
    ],
    high: [
      'Every concession on the list is tied to something in return.',
      'Agreed the discount only in exchange for a three-year term and a case study.',
      'Held the price and traded payment terms for a signing date.',
    ],
    said: {
      low: [
        'I can probably get you another ten per cent if that helps.',
        'Don’t worry about the training days, we’ll throw those in.',
      ],
      high: [
        'I can look at the payment terms. If we do that, can you sign by the end of the month?',
        'We can include the extra training days if you commit to a three-year term.',
      ],
    },
  },
  'bhv-raises-commercial-terms-proactively': {
    low: [
      'Price was first mentioned by the buyer, in the final meeting.',
      'Avoided talking about money until the proposal went out.',
      'Payment terms came as a surprise to procurement.',
    ],
    high: [
      'Gave a price range in the second meeting, so there were no surprises.',
      'Raised payment terms and contract length before procurement asked.',
      'Put the commercial model on the table early and checked it fitted the budget.',
    ],
    said: {
      low: ['Let’s not worry about price yet, let’s see if it’s a fit first.'],
      high: [
        'Before we go further: projects like this usually land between 80 and 120 thousand a year. Is that the range you expected?',
        'Let me be upfront about terms: annual in advance, with a three-year minimum at this price.',
      ],
    },
  },
  'bhv-clarifies-objection-before-answering': {
    low: [
      'Answered “too expensive” with a discount before asking what it meant.',
      'Jumped in with a rebuttal while the buyer was still explaining.',
      'Treated an integration worry as a price objection.',
    ],
    high: [
      'Asked what lay behind the objection before answering; it was about timing, not price.',
      'Played the objection back and checked it was understood before responding.',
      'Got to the real concern: the IT lead had been burnt by a failed roll-out.',
    ],
    said: {
      low: [
        'I hear you, but our price is actually very competitive.',
        'Honestly, the integration is really simple.',
      ],
      high: [
        'When you say it’s expensive, expensive compared with what?',
        'Help me understand: is the concern the roll-out itself, or what happens if it slips?',
      ],
    },
  },
  'bhv-agrees-dated-next-step': {
    low: [
      'The meeting ended on “let’s touch base next week”, with no date or owner.',
      'The next step is an email from us; nothing from the buyer.',
      'No next meeting in the diary.',
    ],
    high: [
      'Left with a dated next meeting in the buyer’s diary before hanging up.',
      'The next step has a date, an owner on their side and a purpose.',
      'Booked the follow-up on the call and sent the invitation while still talking.',
    ],
    said: {
      low: [
        'Great, I’ll send some info over and we can touch base.',
        'Let me know when you’ve had a chance to look at it.',
      ],
      high: [
        'Can we put thirty minutes in for Thursday at ten with you and Neil to go through the numbers? I’ll send the invitation now.',
        'So the next step is your IT lead reviewing the security pack by Friday, and we meet on Tuesday to go through her questions. Is that right?',
      ],
    },
  },
  'bhv-builds-mutual-close-plan': {
    low: [
      'The close plan is ours alone; the buyer has never seen it.',
      'No plan at all, just a target close date.',
      'The plan has not been updated for weeks.',
    ],
    high: [
      'Close plan shared with the buyer, with owners and dates on both sides.',
      'The buyer updated the close plan themselves after their board meeting.',
      'Worked back from the go-live date with the buyer to set each step.',
    ],
    said: {
      low: ['Close plan: send contract, get signature.', 'They know what they need to do.'],
      high: [
        'Here’s the plan, working back from your go-live date. Which of these dates don’t work for you?',
        'Close plan (shared with the buyer): security review by the 10th, CFO sign-off by the 17th, contract by the 24th.',
      ],
    },
  },
  'bhv-advances-stage-on-buyer-exit-criteria': {
    low: [
      'Moved the deal to proposal because we sent one; the buyer has not agreed the problem.',
      'Two deals sit in negotiation with no buyer action recorded.',
      'His stages follow our activity, not what the buyer has done.',
    ],
    high: [
      'Every deal in his pipeline sits in a stage the buyer has earned.',
      'Moved a deal back a stage when the sponsor left; the right call.',
      'Each stage change notes the buyer action behind it.',
    ],
    said: {
      low: ['Moved to Proposal: deck sent.', 'Stage: Negotiation (they said they liked it).'],
      high: [
        'Moved to Solution fit: operations director confirmed the problem and asked for a demo for her team.',
        'Moved back to Discovery: the new COO wants to revisit the scope.',
      ],
    },
  },
  'bhv-records-reason-for-close-date-change': {
    low: [
      'Close dates move with no reason recorded.',
      'The reason field says “slipped”.',
      'The close date has moved twice this quarter and he cannot say why.',
    ],
    high: [
      'Every close-date change has a specific reason on the buyer’s side.',
      'Flagged a second slip and re-qualified the deal instead of just moving the date.',
      'Reason recorded: their board meeting moved by three weeks, confirmed by the CFO’s office.',
    ],
    said: {
      low: [
        'Pushed to next month. Customer busy.',
        'Moved close date, still confident it lands this quarter.',
      ],
      high: [
        'Close date moved three weeks: their board meeting was moved, confirmed by the CFO’s office.',
        'Second move on this deal. Re-checking budget and sponsor before I commit it again.',
      ],
    },
  },
  'bhv-marks-fields-confirmed-or-assumed': {
    low: [
      'Qualification fields are filled in, but most are guesses.',
      'Budget is marked as confirmed; it turns out he assumed it.',
      'No way to tell which fields the buyer stated and which he inferred.',
    ],
    high: [
      'Each field is marked confirmed or assumed, with the call it came from.',
      'Brought his three assumptions to the deal review as the main topic.',
      'Planned the next call around confirming the two assumed fields.',
    ],
    said: {
      low: ['Budget: 120k. Decision maker: FD. Timeline: next quarter.'],
      high: [
        'Budget: 120k (assumed, from a comparable deal). Approvers: Ruth, Neil (confirmed on call 2). Timeline: contract expiry (confirmed by email).',
        'Assumptions to test on the next call: where the budget sits, and whether IT has a veto.',
      ],
    },
  },
  'bhv-updates-record-same-day': {
    low: [
      'Records updated in a batch the night before the forecast call.',
      'Entries say “call done” with nothing about what was learnt.',
      'The next step on the record is three weeks out of date.',
    ],
    high: [
      'Updated the record the same afternoon with what was learnt and the next step.',
      'A colleague could pick up the account from these notes without asking anything.',
      'Same-day update, with the buyer’s own words on the problem.',
    ],
    said: {
      low: ['Call done. Follow up.', 'Good meeting, sending info.'],
      high: [
        'Spoke to Ruth. Problem in her words: “Fridays are firefighting”. Next step: demo for the planners, Tuesday 10:00; she is inviting Neil.',
        'Call with the operations lead: interested, but IT owns the decision. Next step: introduction to the IT manager, booked for Thursday.',
      ],
    },
  },
  'bhv-commits-forecast-on-buyer-evidence': {
    low: [
      'The commit includes a deal with no confirmed signatory.',
      'In commit because it is big and “feels good”.',
      'Budget is unconfirmed, but the deal is in commit.',
    ],
    high: [
      'Every committed deal has confirmed budget, approvers and a signing date.',
      'Took a deal out of commit unprompted when the signing date was not confirmed.',
      'Last quarter’s commit landed within a few per cent of the actual result.',
    ],
    said: {
      low: ['I’m calling it commit. They love us and it’s a big one.', 'It’ll close, I can feel it.'],
      high: [
        'Commit: budget approved (email from the FD), contract with their legal team, signature booked for the 28th.',
        'Taking this out of commit until the CFO confirms the signing date.',
      ],
    },
  },
  'bhv-commits-only-to-confirmed-delivery': {
    low: [
      'Told the buyer the SAP connector would be ready by go-live; product has not confirmed it.',
      'Said “that should be fine” about a service level nobody has checked.',
    ],
    high: [
      'Told the buyer plainly that offline mobile is not confirmed, and checked with product before promising anything.',
      'Wrote the one limit on single sign-on into the proposal.',
      'Said no to a go-live date delivery could not meet.',
    ],
    said: {
      low: [
        'Yes, we can definitely have that live by the start of next quarter.',
        'That should be fine, I’m sure the team can do that.',
      ],
      high: [
        'I don’t want to promise that until I’ve checked with our delivery team. I’ll come back to you by Thursday.',
        'Honestly, the SAP connector won’t be ready for your go-live. Here’s what we’d do in the meantime.',
      ],
    },
  },
  'bhv-discloses-material-risks': {
    low: [
      'Did not mention the data migration risk the delivery team raised.',
      'Played down the timeline risk when the buyer asked about it.',
    ],
    high: [
      'Raised the migration risk in writing before the buyer signed, with how it will be managed.',
      'Told the CFO about the summer resourcing risk without being asked.',
      'Put the three delivery risks in the proposal and in the handover.',
    ],
    said: {
      low: ['There’s nothing to worry about on the migration.'],
      high: [
        'One thing you should know before you sign: your data migration is the biggest risk to the date. Here’s how we’d handle it.',
        'Our delivery team is stretched in August, so if you sign after the 15th, go-live moves by three weeks.',
      ],
    },
  },
  'bhv-reports-weak-opportunities-as-weak': {
    low: [
      'Described the opportunity as “really solid”, with no budget owner and no date.',
      'The gaps came out only when asked directly.',
      'Passed it on as qualified with no confirmed need.',
    ],
    high: [
      'Opened the review with the weakest points of the deal.',
      'Flagged that the need is still unconfirmed rather than passing it on as qualified.',
      'Proposed closing out a deal that cannot be qualified.',
    ],
    said: {
      low: ['This one’s really solid, they’re super keen.', 'Qualified: yes, they want a demo.'],
      high: [
        'Honestly, we don’t know who signs and there’s no date. I’d call it early stage.',
        'Handing over as “interested, not qualified”: the need is real, but there is no budget this year.',
      ],
    },
  },
  'bhv-avoids-discount-to-cover-weak-value': {
    low: [
      'Offered 15% when the buyer hesitated over the value; the case was never rebuilt.',
      'Went to a discount within five minutes of the buyer’s pushback.',
      'Tried to restate the value once, then offered a lower price.',
    ],
    high: [
      'Asked whether the hesitation was about value or budget before anything else.',
      'Went back to the business case with the buyer instead of dropping the price.',
      'Could explain why the one concession he made was not standing in for value.',
    ],
    said: {
      low: [
        'If price is the issue, I can probably get you 15% off.',
        'Let me see what I can do on the number.',
      ],
      high: [
        'Before we talk about price: is it that the number is too high, or that you’re not sure it pays back?',
        'Let’s go back to the overtime figures. If they don’t hold, no discount will fix it.',
      ],
    },
  },
  'bhv-represents-competitors-accurately': {
    low: [
      'Called the competitor’s product “basically a spreadsheet”.',
      'Claimed the competitor has no mobile app; it launched one last year.',
    ],
    high: [
      'Acknowledged where the competitor is stronger and compared on the buyer’s top criteria.',
      'Stuck to facts she could support when the buyer asked about the other shortlisted supplier.',
      'Conceded that the competitor fits the reporting need better, and won on the rota problem.',
    ],
    said: {
      low: ['Honestly, they’re a bit of a toy compared with us.'],
      high: [
        'They’re strong on reporting, no question. Where we differ is the rota engine, which is your first criterion.',
        'I’d check their roadmap for offline mobile; last I saw, it was planned, not live.',
      ],
    },
  },
};

interface RepProfile {
  key: string;
  curves: Record<string, Curve>;
  /** Behaviour, how many times it was observed, and which curve its level follows. */
  behaviours: readonly (readonly [behaviourId: string, count: number, curve: string])[];
  /** Comments that tell the recent part of the story, used before the general ones. */
  recent?: { withinDays: number; band: Band; comments: Record<string, readonly string[]> };
}

const PROFILES: readonly RepProfile[] = [
  {
    // Senior enterprise AE: strong and steady.
    key: 'aisha',
    curves: {
      steady: [
        [400, 3.45],
        [0, 3.5],
      ],
    },
    behaviours: [
      ['bhv-identifies-economic-buyer', 4, 'steady'],
      ['bhv-multi-threads-buying-group', 4, 'steady'],
      ['bhv-maps-decision-steps-and-dates', 4, 'steady'],
      ['bhv-builds-business-case-with-buyer', 4, 'steady'],
      ['bhv-quantifies-cost-of-inaction', 4, 'steady'],
      ['bhv-asks-implication-questions', 3, 'steady'],
      ['bhv-trades-every-concession', 3, 'steady'],
      ['bhv-asks-about-paper-process', 3, 'steady'],
      ['bhv-commits-forecast-on-buyer-evidence', 4, 'steady'],
      ['bhv-builds-mutual-close-plan', 3, 'steady'],
      ['bhv-discloses-material-risks', 3, 'steady'],
      ['bhv-tests-champion-with-request', 3, 'steady'],
    ],
  },
  {
    // Enterprise AE: clearly improving on discovery and qualification.
    key: 'tom',
    curves: {
      focus: [
        [400, 1.4],
        [365, 1.4],
        [240, 1.8],
        [120, 2.7],
        [40, 3.1],
        [0, 3.2],
      ],
      other: [
        [400, 2.0],
        [0, 2.8],
      ],
    },
    behaviours: [
      ['bhv-asks-implication-questions', 3, 'focus'],
      ['bhv-probes-pain-below-surface', 4, 'focus'],
      ['bhv-builds-on-buyer-answers', 3, 'focus'],
      ['bhv-plays-back-understanding', 3, 'focus'],
      ['bhv-confirms-need-in-buyer-words', 3, 'focus'],
      ['bhv-asks-how-purchase-is-funded', 3, 'focus'],
      ['bhv-identifies-approvers-beyond-contact', 4, 'focus'],
      ['bhv-confirms-event-behind-timeline', 3, 'focus'],
      ['bhv-asks-about-alternatives', 3, 'focus'],
      ['bhv-identifies-economic-buyer', 3, 'other'],
      ['bhv-agrees-dated-next-step', 3, 'other'],
      ['bhv-commits-only-to-confirmed-delivery', 2, 'other'],
      ['bhv-marks-fields-confirmed-or-assumed', 2, 'other'],
    ],
    recent: {
      withinDays: 120,
      band: 'high',
      comments: {
        'bhv-asks-implication-questions': [
          'Two consequence questions before the product came up. A few months ago this did not happen at all.',
        ],
        'bhv-probes-pain-below-surface': [
          'Stayed with the problem for three follow-ups instead of jumping to the demo; the habit is sticking.',
        ],
        'bhv-confirms-need-in-buyer-words': [
          'The buyer’s own words are in the record now, not ours. A clear change from a few months ago.',
        ],
        'bhv-identifies-approvers-beyond-contact': [
          'Came back from the first meeting with named approvers, which he used to leave until the third.',
        ],
        'bhv-asks-how-purchase-is-funded': [
          'Asked where the money comes from before the demo this time, unprompted.',
        ],
      },
    },
  },
  {
    // Enterprise AE: flat, around 2 to 3.
    key: 'daniel',
    curves: {
      steady: [
        [400, 2.65],
        [0, 2.6],
      ],
      stretch: [
        [400, 2.25],
        [0, 2.3],
      ],
    },
    behaviours: [
      ['bhv-sets-up-front-contract', 3, 'steady'],
      ['bhv-anchors-demo-to-discovery', 3, 'steady'],
      ['bhv-checks-reaction-during-demo', 3, 'steady'],
      ['bhv-identifies-economic-buyer', 3, 'stretch'],
      ['bhv-multi-threads-buying-group', 3, 'stretch'],
      ['bhv-gets-ranked-decision-criteria', 3, 'steady'],
      ['bhv-clarifies-objection-before-answering', 3, 'steady'],
      ['bhv-raises-commercial-terms-proactively', 3, 'stretch'],
      ['bhv-avoids-discount-to-cover-weak-value', 3, 'stretch'],
      ['bhv-commits-forecast-on-buyer-evidence', 3, 'steady'],
      ['bhv-agrees-dated-next-step', 3, 'steady'],
    ],
  },
  {
    // Mid-market AE: improving on the business case and in negotiation.
    key: 'sophie',
    curves: {
      rising: [
        [400, 2.0],
        [365, 2.0],
        [180, 2.6],
        [60, 3.2],
        [0, 3.4],
      ],
      steady: [
        [400, 3.0],
        [0, 3.0],
      ],
    },
    behaviours: [
      ['bhv-quantifies-cost-of-inaction', 3, 'rising'],
      ['bhv-builds-business-case-with-buyer', 3, 'rising'],
      ['bhv-agrees-measurable-success-metric', 3, 'rising'],
      ['bhv-trades-every-concession', 3, 'rising'],
      ['bhv-raises-commercial-terms-proactively', 3, 'rising'],
      ['bhv-opens-proposal-with-buyer-problem', 3, 'steady'],
      ['bhv-states-decision-required', 2, 'steady'],
      ['bhv-clarifies-objection-before-answering', 3, 'steady'],
      ['bhv-tailors-message-to-stakeholder', 3, 'steady'],
      ['bhv-represents-competitors-accurately', 2, 'steady'],
      ['bhv-agrees-dated-next-step', 3, 'steady'],
    ],
    recent: {
      withinDays: 120,
      band: 'high',
      comments: {
        'bhv-builds-business-case-with-buyer': [
          'Built the case with their finance lead rather than for them: the shift we have been working on.',
        ],
        'bhv-trades-every-concession': [
          'Held the line and traded instead of conceding; far more confident in commercial conversations now.',
        ],
        'bhv-quantifies-cost-of-inaction': [
          'The cost of doing nothing is now in the buyer’s figures as a matter of course.',
        ],
      },
    },
  },
  {
    // Mid-market AE: solid at first, slipping over the last four months on pipeline honesty and next steps.
    key: 'jonas',
    curves: {
      slipping: [
        [400, 3.0],
        [122, 3.0],
        [100, 2.3],
        [60, 1.9],
        [30, 1.5],
        [0, 1.3],
      ],
      steady: [
        [400, 2.8],
        [0, 2.8],
      ],
    },
    behaviours: [
      ['bhv-records-reason-for-close-date-change', 4, 'slipping'],
      ['bhv-commits-forecast-on-buyer-evidence', 4, 'slipping'],
      ['bhv-advances-stage-on-buyer-exit-criteria', 4, 'slipping'],
      ['bhv-updates-record-same-day', 4, 'slipping'],
      ['bhv-agrees-dated-next-step', 4, 'slipping'],
      ['bhv-multi-threads-buying-group', 3, 'slipping'],
      ['bhv-reports-weak-opportunities-as-weak', 3, 'slipping'],
      ['bhv-builds-mutual-close-plan', 2, 'slipping'],
      ['bhv-confirms-need-in-buyer-words', 2, 'steady'],
      ['bhv-anchors-demo-to-discovery', 2, 'steady'],
      ['bhv-asks-about-alternatives', 2, 'steady'],
    ],
    recent: {
      withinDays: 122,
      band: 'low',
      comments: {
        'bhv-records-reason-for-close-date-change': [
          'Third move on Norrvik’s close date this quarter, and no reason recorded for any of them.',
          'Pushed four close dates by a month the evening before the forecast call, all with the reason left blank.',
          'The reason field says “timing” again; he could not say what had changed at the customer.',
        ],
        'bhv-commits-forecast-on-buyer-evidence': [
          'Put Vasaby Retail in commit with no confirmed signatory and the budget still “pending”.',
          'His commit is up by a third on last month, but two of the deals have had no buyer activity for three weeks.',
        ],
        'bhv-advances-stage-on-buyer-exit-criteria': [
          'Moved Tallberg Foods to proposal because the deck went out; the customer has not agreed the problem yet.',
          'Three deals moved forward a stage this month, and none has a buyer action recorded.',
        ],
        'bhv-updates-record-same-day': [
          'Records updated in one go on Thursday night before the forecast; nothing from the meetings earlier in the week.',
          'The next steps on his top deals all date from last month.',
        ],
        'bhv-agrees-dated-next-step': [
          'Ended the Stellan call with “let’s touch base after the holidays”: no date, no owner.',
          'Two of his top five deals have no next meeting in anyone’s diary.',
        ],
        'bhv-multi-threads-buying-group': [
          'Single-threaded at Kvarnholm: everything goes through the IT manager, and finance has not been involved for two months.',
          'He was talking to three people at Stellan earlier on; now only the project lead answers.',
        ],
        'bhv-reports-weak-opportunities-as-weak': [
          'Called Norrvik “really solid” in the review; when pressed, there is no budget owner and no date.',
          'Did not mention that the sponsor at Tallberg has left until asked.',
        ],
        'bhv-builds-mutual-close-plan': [
          'The close plan has not been touched in eight weeks, and the customer has never seen it.',
        ],
      },
    },
  },
  {
    // SDR, five months in: prospecting, first contact and qualification, improving fast from a low start.
    key: 'emily',
    curves: {
      ramp: [
        [400, 1.0],
        [130, 1.0],
        [90, 1.9],
        [45, 2.8],
        [0, 3.4],
      ],
    },
    behaviours: [
      ['bhv-checks-account-against-icp', 3, 'ramp'],
      ['bhv-opens-with-account-specific-reason', 3, 'ramp'],
      ['bhv-confirms-need-in-buyer-words', 2, 'ramp'],
      ['bhv-asks-how-purchase-is-funded', 2, 'ramp'],
      ['bhv-identifies-approvers-beyond-contact', 2, 'ramp'],
      ['bhv-confirms-event-behind-timeline', 2, 'ramp'],
      ['bhv-limits-situation-questions', 2, 'ramp'],
      ['bhv-sets-up-front-contract', 2, 'ramp'],
      ['bhv-probes-pain-below-surface', 2, 'ramp'],
      ['bhv-agrees-dated-next-step', 2, 'ramp'],
      ['bhv-updates-record-same-day', 2, 'ramp'],
      ['bhv-reports-weak-opportunities-as-weak', 2, 'ramp'],
    ],
    recent: {
      withinDays: 60,
      band: 'high',
      comments: {
        'bhv-checks-account-against-icp': [
          'Fit checks are routine now, and she sets poor-fit accounts aside herself.',
        ],
        'bhv-opens-with-account-specific-reason': [
          'Her reply rate on first emails has roughly doubled since she started researching triggers.',
        ],
        'bhv-probes-pain-below-surface': [
          'Went three questions deep on a cold call, which she could not do in her first month.',
        ],
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Coaching notes: tiptap documents whose tagged passages are the evidence of their observations.

interface Tagged {
  text: string;
  tags: string[];
}
type Run = string | Tagged;
type Block = { heading: string } | { runs: Run[] };

interface NoteTag {
  behaviourId: string;
  level?: Level;
  verdict?: Verdict;
  comment: string;
  visibility?: 'private' | 'shared';
}

interface DemoNote {
  repKey: string;
  /** When the conversation happened; the observations are dated then. */
  daysAgo: number;
  title: (date: string) => string;
  tags: Record<string, NoteTag>;
  blocks: Block[];
}

const t = (text: string, ...tags: string[]): Tagged => ({ text, tags });
const p = (...runs: Run[]): Block => ({ runs });
const h = (heading: string): Block => ({ heading });

const NOTES: readonly DemoNote[] = [
  {
    repKey: 'tom',
    daysAgo: 38,
    title: (date) => `Ride-along: Fellgate Foods discovery call, ${date}`,
    tags: {
      playback: {
        behaviourId: 'bhv-plays-back-understanding',
        level: 3,
        comment: 'Playback in the buyer’s words, and she corrected it: that is exactly what it is for.',
      },
      consequence: {
        behaviourId: 'bhv-asks-implication-questions',
        level: 3,
        comment: 'Two consequence questions before any mention of the product.',
        visibility: 'shared',
      },
      depth: {
        behaviourId: 'bhv-probes-pain-below-surface',
        level: 4,
        comment: 'Three levels down, to a monthly cost the buyer put on it herself.',
        visibility: 'shared',
      },
      signer: {
        behaviourId: 'bhv-identifies-economic-buyer',
        level: 2,
        comment: 'Still assuming the contact signs, although the buyer told him otherwise twice.',
      },
    },
    blocks: [
      p(
        'Second call with Ruth Ellison (head of operations) and her planning lead. Forty-five minutes booked; it ran to fifty because they kept talking, which is a good sign.',
      ),
      h('What went well'),
      p(
        t(
          'Tom opened by playing back what he had learnt on the first call, in Ruth’s words, and asked her to correct it',
          'playback',
        ),
        '. She added that the night shift is where it really hurts, which we had not heard before.',
      ),
      p(
        'When Ruth said the planners rebuild the rota by hand every Friday, ',
        t('he asked what happens to Monday’s deliveries when the Friday rota is wrong, ', 'consequence'),
        t('and then what that costs them in agency staff', 'consequence', 'depth'),
        t('. She put it at about £9,000 a month and said the FD has started asking about it', 'depth'),
        '. No product talk until minute thirty.',
      ),
      h('To work on'),
      p(
        'Afterwards I asked who signs. ',
        t(
          'Tom said “Ruth, I think”, although she mentioned twice that anything over £50k goes to the finance director',
          'signer',
        ),
        '.',
      ),
      p(
        'Agreed: before the next meeting he asks Ruth how their last system purchase was approved and who was in the room, and proposes a short call with the FD on the numbers.',
      ),
    ],
  },
  {
    repKey: 'jonas',
    daysAgo: 12,
    title: (date) => `Pipeline chat: top five deals before the forecast call, ${date}`,
    tags: {
      dates: {
        behaviourId: 'bhv-records-reason-for-close-date-change',
        level: 1,
        comment: 'Three moves and no reasons. A few months ago this was one of his strengths.',
      },
      commit: {
        behaviourId: 'bhv-commits-forecast-on-buyer-evidence',
        level: 1,
        comment: 'Committed on hope: no signatory and no confirmed date.',
      },
      thread: {
        behaviourId: 'bhv-multi-threads-buying-group',
        verdict: 'gap',
        comment: 'Single-threaded through IT on a deal that finance will decide.',
      },
      next: {
        behaviourId: 'bhv-agrees-dated-next-step',
        level: 1,
        comment: 'The next step belongs to the buyer’s contact, with no date and no meeting.',
      },
    },
    blocks: [
      p('Went through his top five opportunities ahead of Friday’s forecast call.'),
      p(
        'Norrvik Freight: the ',
        t(
          'close date has moved three times since the start of the quarter, and the record gives no reason for any of the moves, ',
          'dates',
        ),
        t('yet it is still in commit', 'dates', 'commit'),
        t(' at full value with no signatory named', 'commit'),
        '. Jonas says “they’re just slow”.',
      ),
      p(
        'Stellan Marine: ',
        t(
          'every contact in the last two months has been with Lars, the IT manager; nobody in finance or operations has heard from us since the first demo',
          'thread',
        ),
        '.',
      ),
      p(
        'When I asked what happens next at Stellan: ',
        t('“Lars will come back to me once he has talked to his boss.”', 'next'),
        ' No date, and nothing in the diary.',
      ),
      h('Agreed'),
      p(
        'For each of the five, write down the last thing the customer actually did and when, before Thursday. Anything without a customer action in the last three weeks comes out of commit. Ask Lars this week for an introduction to the operations director.',
      ),
    ],
  },
  {
    repKey: 'sophie',
    daysAgo: 50,
    title: (date) => `Ride-along: Oakhurst Retail business case review, ${date}`,
    tags: {
      together: {
        behaviourId: 'bhv-builds-business-case-with-buyer',
        level: 4,
        comment: 'Built with finance, not for them: the shift we have been working on.',
        visibility: 'shared',
      },
      cost: {
        behaviourId: 'bhv-quantifies-cost-of-inaction',
        level: 3,
        comment: 'The cost of doing nothing, in the buyer’s own figures.',
      },
      baseline: {
        behaviourId: 'bhv-agrees-measurable-success-metric',
        level: 3,
        comment: 'A metric with a baseline the buyer supplied.',
      },
      trade: {
        behaviourId: 'bhv-trades-every-concession',
        level: 3,
        comment: 'Asked for something back before conceding anything; a clear step up.',
      },
    },
    blocks: [
      p(
        'Meeting in Brussels with Oakhurst’s operations director and, for the first time, their finance controller, Marieke.',
      ),
      h('What went well'),
      p(
        'Sophie took them through the draft business case. ',
        t(
          'Before showing any figures she asked Marieke which assumptions finance would challenge, and they rebuilt the staffing line together on the whiteboard',
          'together',
        ),
        '.',
      ),
      p(
        t('The cost of staying as they are was in Oakhurst’s own numbers: ', 'cost'),
        t('1,100 hours of store overtime a month', 'cost', 'baseline'),
        t(', which Marieke agreed to use as the baseline for judging success', 'baseline'),
        '.',
      ),
      h('To work on'),
      p(
        'When the operations director asked for 10% off, ',
        t(
          'she asked what they would be prepared to commit to in return before saying anything about price',
          'trade',
        ),
        '. Good instinct. Next time, have the give-get list written before the meeting so the answer is ready.',
      ),
    ],
  },
  {
    repKey: 'sophie',
    daysAgo: 9,
    title: (date) => `Pipeline chat: preparing the Veldt Pharma commercial meeting, ${date}`,
    tags: {
      terms: {
        behaviourId: 'bhv-raises-commercial-terms-proactively',
        level: 4,
        comment: 'Terms on the table a week early: no surprises for procurement.',
        visibility: 'shared',
      },
      give: {
        behaviourId: 'bhv-trades-every-concession',
        level: 4,
        comment: 'Every item on the give-get list has something coming back.',
      },
      next: {
        behaviourId: 'bhv-agrees-dated-next-step',
        level: 3,
        comment: 'The signing call is in the diary before the meeting has even happened.',
      },
      rival: {
        behaviourId: 'bhv-represents-competitors-accurately',
        verdict: 'strength',
        comment: 'Fair about the competitor’s strengths, and compares on the buyer’s own criteria.',
        visibility: 'shared',
      },
    },
    blocks: [
      p(
        'Preparation for Thursday’s commercial meeting with Veldt Pharma’s procurement lead and head of supply chain.',
      ),
      p(
        t(
          'Sophie had already sent the price, the payment terms and the three-year option to their procurement lead last week',
          'terms',
        ),
        ', so Thursday is about terms, not surprises.',
      ),
      p(
        'Her give-get list is ready: ',
        t('quarterly billing only in return for ', 'give'),
        t('a signed order by the end of the month', 'give', 'next'),
        t(', with the signing call already booked with their CFO', 'next'),
        '.',
      ),
      p(
        'On the competition, ',
        t(
          'she plans to say plainly that Lindqvist is cheaper on licences and strong on reporting, then compare on the two criteria Veldt ranked highest',
          'rival',
        ),
        '.',
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Helpers

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function shortDate(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

function expectedLevel(curve: Curve, daysAgo: number): number {
  const first = curve[0]!;
  if (daysAgo >= first[0]) return first[1];
  for (let i = 1; i < curve.length; i++) {
    const [d1, l1] = curve[i - 1]!;
    const [d2, l2] = curve[i]!;
    if (daysAgo >= d2) return l1 + ((l2 - l1) * (d1 - daysAgo)) / (d1 - d2);
  }
  return curve[curve.length - 1]![1];
}

/** Hands out the strings of each pool once per rep, from a seeded starting point, never repeating. */
function picker(rand: () => number) {
  const used = new Map<string, { start: number; taken: number }>();
  return (key: string, pool: readonly string[] | undefined): string | null => {
    if (!pool || pool.length === 0) return null;
    let state = used.get(key);
    if (!state) {
      state = { start: Math.floor(rand() * pool.length), taken: 0 };
      used.set(key, state);
    }
    if (state.taken >= pool.length) return null;
    return pool[(state.start + state.taken++) % pool.length]!;
  };
}

/** Coaching days between `from` and `to` (both weekdays): roughly every one to two weeks. */
function coachingDays(rand: () => number, from: number, to: number): number[] {
  const days: number[] = [];
  let day = from + Math.floor(rand() * 4) * DAY;
  while (day <= to) {
    const weekday = backToWeekday(day);
    if (days[days.length - 1] !== weekday) days.push(weekday);
    day += (7 + Math.floor(rand() * 9)) * DAY;
  }
  if (days.length === 0 || days[days.length - 1]! < to - 4 * DAY) days.push(to);
  return days;
}

const call = demoCaller('Demo history');

type ObservationInput = InputOf<'observations.create'>;

function buildDoc(blocks: readonly Block[], idOf: (label: string) => string) {
  return {
    type: 'doc' as const,
    content: blocks.map((block) =>
      'heading' in block
        ? { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: block.heading }] }
        : {
            type: 'paragraph',
            content: block.runs.map((run) =>
              typeof run === 'string'
                ? { type: 'text', text: run }
                : {
                    type: 'text',
                    text: run.text,
                    marks: run.tags.map((label) => ({
                      type: BEHAVIOUR_TAG_MARK,
                      attrs: { observationId: idOf(label) },
                    })),
                  },
            ),
          },
    ),
  };
}

// ---------------------------------------------------------------------------------------------------

export interface DemoHistoryCounts {
  observations: number;
  notes: number;
}

/**
 * Writes the demo coaching history for the team seedDemoTeam wrote (`people`: its key → id map).
 * Everything goes through the dispatcher's checks, one call at a time (`callNow`), so the caller can
 * wrap the whole demo in one transaction: if any write fails, it throws naming the method and nothing
 * of the demo is left behind.
 */
export function seedDemoCoachingHistory(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  people: Map<string, string>,
): DemoHistoryCounts {
  const { dispatcher } = ctx;
  const personId = (key: string): string => {
    const id = people.get(key);
    if (id === undefined) throw new Error(`Demo history: the demo team has no one called “${key}”.`);
    return id;
  };

  // Check everything before writing anything.
  const library = call(dispatcher, 'library.get', {});
  const active = new Set(library.behaviours.filter((b) => b.archivedAt === null).map((b) => b.id));
  const needed = [
    ...PROFILES.flatMap((profile) => profile.behaviours.map(([id]) => id)),
    ...NOTES.flatMap((note) => Object.values(note.tags).map((tag) => tag.behaviourId)),
  ];
  for (const id of needed) {
    if (!active.has(id)) throw new Error(`Demo history: the library has no active behaviour “${id}”.`);
    if (!TEXT[id]) throw new Error(`Demo history: no demo text for “${id}”.`);
  }
  const startOf = new Map<string, number>();
  for (const key of [AUTHOR_KEY, ...PROFILES.map((profile) => profile.key)]) {
    const person = call(dispatcher, 'people.get', { id: personId(key) });
    if (person.archivedAt !== null) throw new Error(`Demo history: ${person.name} is archived.`);
    startOf.set(key, person.startDate === null ? 0 : dateMs(person.startDate));
  }

  const today = todayMs(ctx.clock);
  // Yesterday at the latest: a manager west of UTC may still be on yesterday's date.
  const lastDay = backToWeekday(today - DAY);
  let observationCount = 0;

  for (const profile of PROFILES) {
    const rand = generator(SEED ^ hash(profile.key));
    const take = picker(rand);
    const repId = personId(profile.key);
    // A rep's first observation comes a week or two after they start.
    const firstDay = forwardToWeekday(Math.max(today - 360 * DAY, startOf.get(profile.key)! + 10 * DAY));
    const days = coachingDays(rand, firstDay, lastDay);

    const planned: { behaviourId: string; curve: Curve; day: number; order: number }[] = [];
    profile.behaviours.forEach(([behaviourId, count, curveName], order) => {
      const curve = profile.curves[curveName];
      if (!curve) throw new Error(`Demo history: ${profile.key} has no curve “${curveName}”.`);
      for (let k = 0; k < count; k++) {
        // Spread each behaviour's observations across the rep's time: one in each equal slice of it.
        const position = (k + rand()) / count;
        const day = days[Math.round(position * (days.length - 1))]!;
        planned.push({ behaviourId, curve, day, order });
      }
    });
    planned.sort((a, b) => a.day - b.day || a.order - b.order);

    for (const item of planned) {
      const daysAgo = (today - item.day) / DAY;
      const expected = expectedLevel(item.curve, daysAgo);
      const noise = rand() + rand() - 1;
      const level = Math.min(4, Math.max(1, Math.round(expected + noise))) as Level;
      // Now and then the manager records a plain verdict instead of a level.
      const verdict: Verdict | null = rand() < 0.14 ? (level >= 3 ? 'strength' : 'gap') : null;
      const band: Band = verdict === 'strength' || (verdict === null && level >= 3) ? 'high' : 'low';
      const text = TEXT[item.behaviourId]!;
      const recent = profile.recent;
      const comment =
        (recent && recent.band === band && daysAgo <= recent.withinDays
          ? take(`recent:${item.behaviourId}`, recent.comments[item.behaviourId])
          : null) ?? take(`comment:${item.behaviourId}:${band}`, text[band]);
      const evidence = rand() < 0.6 ? take(`said:${item.behaviourId}:${band}`, text.said[band]) : null;
      const shared = rand() < (verdict === 'strength' ? 0.5 : 0.15);
      const input: ObservationInput = {
        repId,
        behaviourId: item.behaviourId,
        observedOn: isoDate(item.day),
        ...(verdict === null ? { level } : { verdict }),
        comment,
        evidence,
        sourceKind: 'ad-hoc',
        visibility: shared ? 'shared' : 'private',
      };
      call(dispatcher, 'observations.create', input);
      observationCount += 1;
    }
  }

  for (const spec of NOTES) {
    const repId = personId(spec.repKey);
    const day = backToWeekday(today - spec.daysAgo * DAY);
    const note = call(dispatcher, 'notes.create', { repId, title: spec.title(shortDate(day)) });
    // The quote of each tag, read the way the core reads it, so the evidence matches the saved marks.
    const quotes = collectBehaviourTags(buildDoc(spec.blocks, (label) => label));
    const ids = new Map<string, string>();
    for (const [label, tag] of Object.entries(spec.tags)) {
      const evidence = quotes.get(label);
      if (evidence === undefined) throw new Error(`Demo history: the note tag “${label}” marks no text.`);
      const observation = call(dispatcher, 'observations.create', {
        repId,
        behaviourId: tag.behaviourId,
        observedOn: isoDate(day),
        ...(tag.verdict ? { verdict: tag.verdict } : { level: tag.level }),
        comment: tag.comment,
        evidence,
        anchor: { kind: 'mark', documentId: note.id },
        sourceKind: 'note',
        sourceId: note.id,
        visibility: tag.visibility ?? 'private',
      });
      ids.set(label, observation.id);
      observationCount += 1;
    }
    const saved = call(dispatcher, 'notes.save', {
      id: note.id,
      revision: note.revision,
      title: note.title,
      doc: buildDoc(spec.blocks, (label) => ids.get(label)!),
    });
    if (saved.refreshed.length > 0 || saved.orphaned.length > 0) {
      throw new Error(`Demo history: the tags of “${note.title}” did not match their observations.`);
    }
  }

  return { observations: observationCount, notes: NOTES.length };
}
