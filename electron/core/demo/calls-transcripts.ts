import type { AnnotationType, CallSide, Verdict } from '../../../shared/contract';

/*
 * The demo's call recordings: who was on each call, what was said, and what the manager (Marcus) made of
 * it. calls.ts turns each script into a WebVTT file with believable timings, imports it and annotates it.
 *
 * A script is one line per turn, "speaker: text", where the speaker is the key of a person on the call
 * ("rep" is always the rep). Long turns are split into several cues, as Zoom and Teams do. Annotations
 * quote the transcript exactly; a quote must appear once in its transcript. Scorecards give a level for
 * every line of the call type's default scorecard (null: not applicable) and say why when it is 2 or less.
 *
 * The companies and people are invented. The team sells a scheduling platform for field and shift teams
 * (rotas, skills and certificates, a mobile app for the people in the field); Lindqvist is the competitor
 * the rest of the demo already knows.
 */

type Level = 1 | 2 | 3 | 4;

export interface DemoCallPerson {
  /** Who says a line in the script; "rep" is the rep, whose name and title come from the demo team. */
  key: string;
  name: string;
  title: string | null;
  side: CallSide;
  /** How the transcript names this speaker, when it is not just the name (Teams adds companies, Zoom lower-cases). */
  label?: string;
}

export interface DemoAnnotation {
  quote: string;
  type: AnnotationType;
  behaviourId: string;
  level?: Level;
  verdict?: Verdict;
  comment: string;
  shared?: boolean;
}

export interface DemoCall {
  /** A name for the call in tests and errors. */
  id: string;
  repKey: string;
  /** Days before today, moved back to a weekday… */
  daysAgo: number;
  /** …then, if given, forward to the next such weekday (0 Sunday … 6 Saturday). */
  nextWeekday?: number;
  account: string;
  deal: string | null;
  callTypeId: 'call-discovery' | 'call-negotiation' | 'call-follow-up';
  /** Zoom: numbered cues, "Name: text". Teams: cue ids and <v Name> voice tags. */
  style: 'zoom' | 'teams';
  /** The meeting's title (Teams names the transcript file after it). */
  meeting: string;
  people: readonly DemoCallPerson[];
  script: string;
  annotations: readonly DemoAnnotation[];
  /** Behaviour → [level, comment]; null leaves the scorecard unscored. */
  scorecard: Readonly<Record<string, readonly [Level | null, string?]>> | null;
}

/** Library behaviours, by a short name. */
export const B = {
  frontContract: 'bhv-sets-up-front-contract',
  needInWords: 'bhv-confirms-need-in-buyer-words',
  implication: 'bhv-asks-implication-questions',
  costOfInaction: 'bhv-quantifies-cost-of-inaction',
  approvers: 'bhv-identifies-approvers-beyond-contact',
  nextStep: 'bhv-agrees-dated-next-step',
  clarifiesObjection: 'bhv-clarifies-objection-before-answering',
  trades: 'bhv-trades-every-concession',
  noDiscount: 'bhv-avoids-discount-to-cover-weak-value',
  paperProcess: 'bhv-asks-about-paper-process',
  closePlan: 'bhv-builds-mutual-close-plan',
  situation: 'bhv-limits-situation-questions',
  pain: 'bhv-probes-pain-below-surface',
  buildsOnAnswers: 'bhv-builds-on-buyer-answers',
  playback: 'bhv-plays-back-understanding',
  timelineEvent: 'bhv-confirms-event-behind-timeline',
  alternatives: 'bhv-asks-about-alternatives',
  economicBuyer: 'bhv-identifies-economic-buyer',
  decisionSteps: 'bhv-maps-decision-steps-and-dates',
  businessCase: 'bhv-builds-business-case-with-buyer',
  successMetric: 'bhv-agrees-measurable-success-metric',
  termsEarly: 'bhv-raises-commercial-terms-proactively',
  multiThreads: 'bhv-multi-threads-buying-group',
  commitsOnEvidence: 'bhv-commits-forecast-on-buyer-evidence',
  risks: 'bhv-discloses-material-risks',
  competitors: 'bhv-represents-competitors-accurately',
  funded: 'bhv-asks-how-purchase-is-funded',
  opensWithReason: 'bhv-opens-with-account-specific-reason',
} as const;

const rep: DemoCallPerson = { key: 'rep', name: '', title: null, side: 'rep' };

export const DEMO_CALLS: readonly DemoCall[] = [
  // ─── Aisha: strong and steady. Up-front contracts by the book, and the economic buyer in the room. ───
  {
    id: 'aisha-linwood-negotiation',
    repKey: 'aisha',
    daysAgo: 122,
    account: 'Linwood Rail Services',
    deal: 'Track maintenance scheduling, 900 engineers',
    callTypeId: 'call-negotiation',
    style: 'teams',
    meeting: 'Linwood order form review',
    people: [
      rep,
      { key: 'ben', name: 'Ben Adeyemi', title: 'Solutions Engineer', side: 'colleague' },
      {
        key: 'graham',
        name: 'Graham Tulloch',
        title: 'Chief Financial Officer',
        side: 'customer',
        label: 'Tulloch, Graham',
      },
      {
        key: 'joanne',
        name: 'Joanne Mercer',
        title: 'Procurement Manager',
        side: 'customer',
        label: 'Mercer, Joanne',
      },
      {
        key: 'callum',
        name: 'Callum Reid',
        title: 'Head of Maintenance Planning',
        side: 'customer',
        label: 'Reid, Callum',
      },
    ],
    script: `
rep: Good morning all. Can everyone hear me?
graham: Morning. Yes, fine.
callum: Loud and clear.
rep: Thanks for making the time, Graham, Joanne, Callum. Ben's with me from our solutions team, for anything on implementation.
ben: Morning everyone.
rep: We've got until half past. I'd like to use the time for the three open points on the order form: the price, the payment terms and the go-live date. There's also one risk I want to put on the table before anyone signs anything. By the end, I'd like us to have either agreed the final terms, or to know exactly what's stopping us. Does that work for you? Anything you'd add?
graham: That works. I'll want to talk about the total, obviously.
joanne: And I need to understand the termination clause before it goes to legal.
rep: Noted, both. I'd like to start with the risk, because it affects the date.
rep: Your go-live depends on moving the asset data out of the old maintenance system. The software side of that is ours. Cleaning your asset records needs someone who knows them, and right now nobody on your side is named for it. On projects this size, that's what moves go-live. Not the software.
ben: To put a size on it, it's about six weeks, two days a week, from someone who knows the asset register. We bring the mapping and the tools.
callum: We'd assumed you were doing the migration end to end, to be honest. The asset register is a mess. Half the signalling assets are still under the old depot codes, and the only person who really knows them retires next year.
rep: I know, and I'd rather you heard it now than in week eight. If nobody's named, I'd expect the date to slip by a couple of months.
graham: Appreciated. Callum, who would that be?
callum: Probably Ellie in the IT data team. She did the clean-up when we moved finance systems, and she knows where the bodies are buried. I'd need to square it with her manager first.
rep: Could we write that into the order form as a named dependency, with an owner on your side? Then it doesn't get lost between signing and kick-off.
graham: Yes, fine. Joanne, can you make a note of that?
joanne: Noted. Can we talk about price? We're at four hundred and twelve thousand over three years. We need that nearer three hundred and fifty to get it through this year.
rep: Help me understand the three hundred and fifty. Is that a budget ceiling for this financial year, a comparison with another quote, or a target procurement sets on every deal?
joanne: Honestly, it's the budget. The board approved a hundred and twenty for year one, and that was before the rolling stock overrun ate into everything else. I can't go back and ask for more this year.
graham: The three-year total matters less to me than what lands in this year's accounts. Next year's budget is a different conversation. We'll have the overtime savings coming through by then, if Callum's numbers are right.
rep: So the issue is year-one cash, not whether the overall value is there?
graham: Correct. The business case is fine. We went through those numbers with Callum's team twice, and my team checked the overtime baseline against payroll. I'm not worried about the value.
rep: Then let's solve year one rather than cut the price. I see two ways. One, we phase it. The five hundred engineers in the northern region go live first, and the other four hundred from month seven, so year-one licences come in at about a hundred and eighteen. Two, we keep the full rollout, and you pay quarterly in arrears instead of annually in advance. Both need something from you: a three-year term signed this month, and Callum as a reference for two calls next year.
graham: The phasing suits us better. The northern region is where the overtime is worst anyway, so we'd see the savings sooner. The reference I'd want to agree after go-live, not before. I'm not putting Callum in front of other companies until it works.
rep: That's fair. Then instead of the reference calls, I'd ask for a case study on results after month six, if the baseline numbers hold. And you can say no if they don't.
graham: That I can live with.
joanne: And if we still want something off the licence price?
rep: I'd rather not, and here's why. The number we agreed with Callum was the overtime saving, about six hundred and forty thousand a year. A discount doesn't make that more or less true. The phasing does the job for your budget.
graham: Joanne, I think phasing gets us there.
joanne: OK. Termination, then. We'd normally want termination for convenience after year one.
rep: What's behind that? Is it the risk that the system doesn't work for you, or a policy on multi-year contracts?
joanne: Mostly the first. We've been stuck with a supplier before. Five years on a timesheet system nobody used, because the contract had no way out. Legal won't let that happen again.
rep: Then let me offer something aimed at that risk. If the go-live date in the plan is missed because of us, you can end the contract at the end of year one. What I can't do is termination for convenience on a three-year price.
joanne: I'll take that to legal. I think they'll accept it.
rep: Thank you. Can I ask what happens after today on your side? Who signs the order form, and does it need to go to the board?
graham: I sign up to half a million. We're under, so it's me.
joanne: Vendor onboarding is the long bit. It's about two weeks of insurance certificates and bank checks. And legal will want to see your data processing terms, because the app tracks where the engineers are.
rep: Is anything else in onboarding likely to turn up late?
joanne: Ben's team answered the security questions already. That's done.
rep: Good. Then let me play back the plan, and tell me what I've got wrong. Joanne starts vendor onboarding on Monday, which takes two weeks. Our legal team sends the data processing terms today, and yours reviews them in the same two weeks. Callum names the migration owner by Friday. Graham signs the order form by the end of the month. Kick-off is the week after signature. What's missing?
callum: Training dates for the planners. They'll want plenty of notice.
rep: Good, I'll add that: training dates agreed at kick-off.
rep: I'll send the plan in writing this afternoon. Could we hold fifteen minutes on Thursday at nine to check it together?
graham: Thursday at nine is fine.
joanne: Works for me.
rep: Thank you all. Talk on Thursday.
`,
    annotations: [
      {
        quote:
          'Cleaning your asset records needs someone who knows them, and right now nobody on your side is named for it.',
        type: 'strength',
        behaviourId: B.risks,
        verdict: 'strength',
        comment:
          'The migration risk, raised by you, before price and before anyone signs. Nobody asked. This is what keeps the renewal safe in three years.',
        shared: true,
      },
      {
        quote:
          'Is that a budget ceiling for this financial year, a comparison with another quote, or a target procurement sets on every deal?',
        type: 'strength',
        behaviourId: B.clarifiesObjection,
        level: 4,
        comment:
          'Three possible reasons, and Joanne picked one. Once you knew it was year-one cash, you could solve it without touching the price.',
      },
      {
        quote:
          'Both need something from you: a three-year term signed this month, and Callum as a reference for two calls next year.',
        type: 'strength',
        behaviourId: B.trades,
        level: 4,
        comment:
          'Every option had a price. When Graham refused the reference, you swapped it for a case study rather than dropping it. This is the example for the kickoff session.',
        shared: true,
      },
      {
        quote: 'Who signs the order form, and does it need to go to the board?',
        type: 'try-instead',
        behaviourId: B.paperProcess,
        level: 3,
        comment:
          'The right questions, and the data processing review still came up as news. Ask them in the second meeting, not the last: “What happens between a yes and a signed order, and who is involved?”',
      },
      {
        quote: 'Joanne starts vendor onboarding on Monday, which takes two weeks.',
        type: 'strength',
        behaviourId: B.closePlan,
        level: 4,
        comment:
          'A plan with owners and dates, read back for correction, and Callum added the training dates. Then fifteen minutes booked to check it together.',
      },
    ],
    scorecard: {
      [B.clarifiesObjection]: [4],
      [B.trades]: [4, 'Phasing and billing options, each with a term and a case study coming back.'],
      [B.noDiscount]: [
        4,
        'Held the licence price on the strength of the overtime saving the customer agreed.',
      ],
      [B.paperProcess]: [
        3,
        'Asked who signs and about onboarding, but late: the data processing review was news at the final meeting.',
      ],
      [B.closePlan]: [4],
    },
  },
  {
    id: 'aisha-marlowe-discovery',
    repKey: 'aisha',
    daysAgo: 55,
    account: 'Marlowe Facilities Group',
    deal: 'National technician scheduling',
    callTypeId: 'call-discovery',
    style: 'teams',
    meeting: 'Marlowe Facilities: introduction',
    people: [
      rep,
      { key: 'fiona', name: 'Fiona Gallagher', title: 'Director of Service Delivery', side: 'customer' },
      {
        key: 'rhys',
        name: 'Rhys Morgan',
        title: 'Head of Resource Planning',
        side: 'customer',
        label: 'Rhys Morgan (Marlowe)',
      },
    ],
    script: `
rep: Hello Fiona, hello Rhys. Thanks for making the time.
fiona: Hi Aisha. Rhys is joining from the Bristol office.
rhys: Morning.
rep: We've got until eleven. Here's what I'd suggest. I'd like to understand how you plan the technicians today and what isn't working. You'll want to know whether we've solved this for anyone like you, and I'll tell you honestly if we haven't. At the end, we decide together: either there's a reason for a second conversation and we put it in the diary, or there isn't, and that's fine too. What would make this time worthwhile for you?
fiona: Whether you can cope with our response-time commitments. That's what keeps me up at night.
rep: Then let's make sure we get to that. Rhys, anything from you?
rhys: How it would work with our job system, but that can wait.
rep: Noted. From what I've read, you took on the hospital contracts in the South West this year. What changed for your planners when those came in?
rhys: Everything, really. Before, most of our work was planned maintenance. Schools, offices. Now a third of the jobs are reactive, with four-hour response windows.
fiona: And the planners are still working the way they did when it was all planned work.
rep: Which is?
rhys: Each region has its own spreadsheet, plus the job system. When an urgent job comes in, the planner rings round the technicians nearby to see who's free and who has the right tickets.
rep: How long does that take, on a typical urgent job?
rhys: Twenty minutes if we're lucky. An hour if it's a specialist job, like a medical gas repair.
rep: When a four-hour window is missed, what happens next?
fiona: Service credits. They're written into the contract.
rep: Roughly how much did service credits cost you last year?
fiona: About three hundred and eighty thousand, across the hospital contracts.
rep: And beyond the money?
fiona: The rebid. The biggest hospital contract is up for rebid next year, and response times are the first thing they'll score us on.
rep: And the hospital contract that's up for rebid, what is it worth to you each year?
fiona: About eleven million.
rep: So the spreadsheets aren't only costing you the credits. They're putting an eleven-million-pound contract at risk.
fiona: That's how our COO sees it, yes.
rep: You said earlier it keeps you up at night. How would you describe the problem, in your words?
fiona: We're running a national business off regional spreadsheets. That's it, really.
rep: Can I write that down exactly like that?
fiona: Please do.
rep: Rhys, if your planners could see every technician's location and certificates in one place, what would that change for you?
rhys: We'd stop ringing round, for a start. And we could send a technician across a regional border, which we never do now, because nobody can see the other region's diary.
rep: How much of the missed-window problem would that solve, do you think?
rhys: Most of it. The technician is usually there, just in the wrong spreadsheet.
rep: That's helpful. Let me ask how a decision like this gets made. When you bought the fleet telematics, who signed that off, and how did it go?
fiona: Anything over two hundred and fifty thousand goes to our COO, Andrew Whitcombe, and then the executive committee.
rep: What does Andrew care about most this year?
fiona: Margin on the hospital contracts. The board is pushing him on it.
rep: Would it make sense for Andrew to hear the service-credit numbers from you, with me there, before anyone talks about price? I'd rather he tested our thinking early than saw it for the first time in a proposal.
fiona: He'd probably like that, actually. He hates surprises.
rep: Who else would need to be comfortable? Rhys mentioned the job system.
rhys: IT, for the integration. And procurement, once it gets serious.
rep: Who's the best person in IT?
rhys: Hannah Lewis. She runs applications.
rep: Thank you. So, here's what I have as next steps. Rhys sends me last quarter's urgent jobs by Friday. I turn them into a one-page summary by next Wednesday, in your words. Fiona, you ask Andrew for thirty minutes the week after. Shall we hold Thursday the week after at ten for that, and I'll move it if his diary says otherwise?
fiona: Hold it. I'll confirm with his assistant.
rhys: I'll get the job export to you by Friday.
rep: Thank you both. I'll send the invite now.
`,
    annotations: [
      {
        quote:
          "At the end, we decide together: either there's a reason for a second conversation and we put it in the diary, or there isn't, and that's fine too.",
        type: 'strength',
        behaviourId: B.frontContract,
        level: 4,
        comment:
          'Time, purpose, their agenda and an outcome that allows a no. Then you asked what would make it worthwhile, and Fiona told you what matters most to her.',
        shared: true,
      },
      {
        quote: 'When a four-hour window is missed, what happens next?',
        type: 'strength',
        behaviourId: B.implication,
        level: 4,
        comment:
          'From ringing round to service credits, and then “beyond the money?” got you the rebid. Two questions, and the deal has a reason to exist.',
      },
      {
        quote: "And the hospital contract that's up for rebid, what is it worth to you each year?",
        type: 'strength',
        behaviourId: B.costOfInaction,
        level: 4,
        comment:
          'Eleven million a year, in Fiona’s figure, not ours. That number goes to the top of the case.',
      },
      {
        quote:
          'Would it make sense for Andrew to hear the service-credit numbers from you, with me there, before anyone talks about price?',
        type: 'strength',
        behaviourId: B.economicBuyer,
        level: 4,
        comment:
          'Named, with his priority for the year, and a reason for him to meet us that helps Fiona rather than going round her.',
        shared: true,
      },
      {
        quote: "Twenty minutes if we're lucky. An hour if it's a specialist job, like a medical gas repair.",
        type: 'question',
        behaviourId: B.alternatives,
        verdict: 'gap',
        comment:
          'For our one-to-one: a problem this expensive has usually had a fix attempted. Did you think about asking what they have tried, and what they would do if they did nothing?',
      },
    ],
    scorecard: {
      [B.frontContract]: [4],
      [B.needInWords]: [4, '“A national business off regional spreadsheets”, written down word for word.'],
      [B.implication]: [4],
      [B.costOfInaction]: [4],
      [B.approvers]: [
        3,
        'COO, IT and procurement, with names for two of them. Procurement’s process still unknown.',
      ],
      [B.nextStep]: [4],
    },
  },
  {
    id: 'aisha-marlowe-follow-up',
    repKey: 'aisha',
    daysAgo: 4,
    account: 'Marlowe Facilities Group',
    deal: 'National technician scheduling',
    callTypeId: 'call-follow-up',
    style: 'zoom',
    meeting: 'Marlowe: service credits with Andrew',
    people: [
      rep,
      { key: 'andrew', name: 'Andrew Whitcombe', title: 'Chief Operating Officer', side: 'customer' },
      { key: 'fiona', name: 'Fiona Gallagher', title: 'Director of Service Delivery', side: 'customer' },
    ],
    script: `
rep: Hello Andrew, hello Fiona. Thanks for making the time.
andrew: Hello. Fiona's told me a fair bit already.
fiona: Morning both.
rep: I know you've got a hard stop at quarter past. Fiona suggested we use the time to test the service-credit numbers with you, because they're hers, not mine. At the end, I'd like you to tell me whether it's worth building a full business case with your finance team, and if it isn't, why not. Is that a fair use of the time?
andrew: Fair. I'll tell you now, I've been burned by one of these before.
rep: What happened?
andrew: The last scheduling system we bought took eighteen months to go live, and the planners never trusted it. We were still on spreadsheets at the end.
rep: What was the reason it took eighteen months, looking back?
andrew: Nobody owned it on our side. IT thought operations owned it, and operations thought IT did.
rep: That's useful, and it's the risk I'd want to plan around too. Let me come back to it. Fiona, do you want to take Andrew through the numbers?
fiona: Sure. Three hundred and eighty thousand in service credits last year, all on the hospital contracts. And most of the missed windows were jobs where a qualified technician was nearby, just in another region's spreadsheet.
andrew: I've seen the credits figure. What I haven't seen is what it does to the rebid.
rep: What would happen if the new system isn't live before the rebid?
andrew: Then we go into the rebid with last year's response times. And the incumbent always looks worse than the challenger, because we've got a track record for them to pick at.
rep: When does the rebid scoring start?
andrew: The submission's due in about ten months. Realistically, it needs to be live three months before that for the figures to show.
rep: So the date that matters is about seven months from now.
andrew: Yes.
rep: Between now and a decision, what does your process look like?
andrew: Executive committee. We meet on the first Tuesday of every month. Anything over two hundred and fifty needs a paper from me, with a finance sign-off.
rep: Who in finance would sign it off?
andrew: Helen Brady, our finance director.
rep: Would Helen rather build the numbers with us, or check them afterwards?
andrew: Build them. She pulls apart anything she hasn't touched.
rep: Then could you introduce us today? I'd like to get Helen, Fiona and Rhys in a room for an hour in the next two weeks, so the committee paper is built on your numbers.
andrew: I'll copy you both in this afternoon.
rep: Thank you. And on the eighteen months: if we went ahead, I'd want a named owner on your side before we sign, not after. Would you be willing to put that in the committee paper?
andrew: Yes. That's the lesson from last time.
rep: Then here's what I've got. Andrew introduces Helen today. We meet with Helen, Fiona and Rhys within two weeks. The paper goes to the committee in two meetings' time. Is that right?
andrew: That's right.
fiona: I'll find a date with Helen's team.
rep: Thank you both.
`,
    annotations: [
      {
        quote: 'What was the reason it took eighteen months, looking back?',
        type: 'strength',
        behaviourId: B.clarifiesObjection,
        level: 4,
        comment:
          'You didn’t defend us against the last supplier. You asked why it went wrong, and the answer (nobody owned it) became a condition in his own committee paper.',
      },
      {
        quote: "What would happen if the new system isn't live before the rebid?",
        type: 'strength',
        behaviourId: B.timelineEvent,
        level: 4,
        comment: 'The real date, worked out with the COO: live seven months from now, because of the rebid.',
        shared: true,
      },
      {
        quote: 'Executive committee. We meet on the first Tuesday of every month.',
        type: 'question',
        behaviourId: B.decisionSteps,
        level: 3,
        comment:
          'You have the committee and its dates. Who else sits on it, and who is likely to argue against? Worth asking Fiona before the paper goes in.',
      },
      {
        quote: 'Would Helen rather build the numbers with us, or check them afterwards?',
        type: 'strength',
        behaviourId: B.businessCase,
        level: 4,
        comment: 'Finance in the room before the numbers exist, by the COO’s own introduction.',
      },
    ],
    scorecard: null,
  },

  // ─── Tom: improving on discovery. Early on, one pain point and then the demo; now, consequence questions. ───
  {
    id: 'tom-aldergate-discovery',
    repKey: 'tom',
    daysAgo: 168,
    account: 'Aldergate Homes',
    deal: 'Repairs scheduling',
    callTypeId: 'call-discovery',
    style: 'zoom',
    meeting: 'Aldergate Homes intro call',
    people: [
      rep,
      { key: 'karen', name: 'Karen Whitlow', title: 'Head of Repairs', side: 'customer' },
      { key: 'dean', name: 'Dean Foster', title: 'Repairs Planner', side: 'customer', label: 'dean foster' },
    ],
    script: `
rep: Hi Karen, hi Dean. Can you hear me OK?
karen: Yes, hi Tom.
dean: Hiya.
rep: Great, thanks for the time today. So I thought I'd start with a quick intro to who we are, and then we can get into it?
karen: Sure. I've got until half past.
rep: Perfect. So, we're a scheduling platform for organisations with people out in the field. We work with over two hundred organisations, housing associations, utilities, facilities companies, and basically we help them get the right person to the right job, first time.
karen: OK.
rep: So, tell me a bit about Aldergate. How many properties do you manage at the moment?
karen: About eleven thousand homes, mostly across the north of the borough.
rep: And how many operatives?
karen: A hundred and sixty in-house, plus subcontractors for the specialist stuff.
rep: And what system do you use for job management at the moment?
dean: We've got a housing management system that raises the jobs, and then the planners do the rest.
rep: OK, and how do the planners do the rest?
dean: Honestly? The planners live in the job system and a spreadsheet. When someone's off sick, we re-plan the whole day by hand, and the tenants get a call saying their appointment's moved.
rep: Right. And what does that mean for the tenants?
karen: Complaints are up a bit.
rep: Yeah, that's exactly what we fix. Let me share my screen and show you the scheduler, I think it'll make a lot more sense. Can you see that OK?
karen: Yes, we can see it.
rep: So this is the planner's board. Every operative is a row, and every job is one of these tiles. When someone calls in sick, you just mark them as absent here, and the system re-plans their jobs automatically, based on skills, location and the appointment slot the tenant was given. So instead of Dean spending the morning on the phone, it's about thirty seconds. It also texts the tenant with a new slot, and they can confirm it or pick another one from their phone. Over here you've got the map view, so you can see where everyone is in real time, and this panel shows you which jobs are at risk of missing their target. Then on the operative's side there's the mobile app, so they get their jobs on their phone, they can see the history of the property, add photos and close the job off, and that goes straight back into your housing system. We also do the skills matrix, so if a job needs a gas engineer, it'll only offer it to operatives with a valid gas certificate. And there's reporting on first-time fix, travel time and overtime, which your board will love. And it all works offline, so an operative in a basement with no signal still gets the job, and it syncs when they're back out. A lot of our housing customers say the reporting alone paid for it.
karen: It looks nice. What sort of cost are we talking about?
rep: For your size, it'd be around nine pounds per operative per month, plus a one-off implementation fee. I can send you a proper quote.
karen: OK. I should say, our regulator inspection is next year, and repairs are the first thing they'll look at.
rep: OK, good to know. And in terms of timing, when would you be looking to have something in place?
karen: We haven't set a date.
rep: And are you the one making the decision on this?
karen: Partly. It would go to our director of housing, and the tenant panel gets a say on anything tenant-facing.
rep: Great, perfect. So what I'd suggest is a full demo for the team, so everyone can see it properly. Could I book in next Wednesday at two?
karen: Wednesday at two is OK. Dean, can you make that?
dean: Yep, should be fine.
rep: Brilliant. I'll send the invite over and a couple of case studies. Thanks both!
karen: Thanks Tom. Bye.
`,
    annotations: [
      {
        quote: 'How many properties do you manage at the moment?',
        type: 'question',
        behaviourId: B.situation,
        level: 2,
        comment:
          'This is on their website and already in the CRM. What were you hoping to learn from it? Open with what you know (eleven thousand homes, one housing system) and ask about what you can’t find out.',
      },
      {
        quote: 'Complaints are up a bit.',
        type: 'missed-opportunity',
        behaviourId: B.pain,
        level: 2,
        comment:
          '“Up a bit” was the moment. Three follow-ups: up from what, since when, and who is asking about it? We still don’t know whether this is a board problem or a planner’s grumble.',
      },
      {
        quote: "Yeah, that's exactly what we fix. Let me share my screen and show you the scheduler",
        type: 'missed-opportunity',
        behaviourId: B.implication,
        level: 2,
        comment:
          'One consequence question, then the demo, and then nearly a minute and a half of features. Before sharing your screen: “What does re-planning by hand cost you in overtime and missed appointments?” and “Where do the complaints end up?”',
      },
      {
        quote: "our regulator inspection is next year, and repairs are the first thing they'll look at.",
        type: 'try-instead',
        behaviourId: B.timelineEvent,
        level: 1,
        comment:
          'Karen handed you the reason to act, and the next question was about timing in general. Try: “What will the inspector want to see on repairs, and what happens if they don’t?” That inspection is the timeline.',
      },
      {
        quote: 'And are you the one making the decision on this?',
        type: 'try-instead',
        behaviourId: B.approvers,
        level: 2,
        comment:
          'A yes/no question, and she gave you two more approvers anyway. Try: “Besides you, who needs to be comfortable before anything is signed?”, then “What will the director of housing want to see, and when does the tenant panel meet?”',
      },
      {
        quote: 'Could I book in next Wednesday at two?',
        type: 'strength',
        behaviourId: B.nextStep,
        level: 3,
        comment:
          'Dated, and you checked Dean could make it. Next time agree what the demo has to show them, so it is built on their problems rather than our feature list.',
      },
    ],
    scorecard: {
      [B.frontContract]: [
        2,
        'Opened by offering to talk about us; no purpose or outcome agreed for the end of the call.',
      ],
      [B.needInWords]: [
        2,
        'Dean said it plainly (“the planners live in the job system and a spreadsheet”), and it was never played back or written down.',
      ],
      [B.implication]: [
        2,
        'One consequence question (“what does that mean for the tenants?”), then straight to the screen share.',
      ],
      [B.costOfInaction]: [
        1,
        'No figure at all: not the re-planning time, the overtime or the complaints. Nothing to build a case on.',
      ],
      [B.approvers]: [
        2,
        'Closed question. The director of housing and the tenant panel came from Karen, and neither was followed up.',
      ],
      [B.nextStep]: [3, 'Dated and accepted, but no agreement on what the demo needs to show.'],
    },
  },
  {
    id: 'tom-sandholme-negotiation',
    repKey: 'tom',
    daysAgo: 86,
    account: 'Sandholme Facilities',
    deal: 'Engineer scheduling, 260 users',
    callTypeId: 'call-negotiation',
    style: 'teams',
    meeting: 'Sandholme proposal review',
    people: [
      rep,
      {
        key: 'philip',
        name: 'Philip Garside',
        title: 'Procurement Manager',
        side: 'customer',
        label: 'Garside, Philip',
      },
      {
        key: 'lorna',
        name: 'Lorna Keyes',
        title: 'Head of Service Delivery',
        side: 'customer',
        label: 'Keyes, Lorna',
      },
    ],
    script: `
rep: Morning Philip, morning Lorna. Thanks for making the time.
philip: Morning.
lorna: Hi Tom. Sorry, I'm a couple of minutes late, the last meeting overran.
rep: No problem at all. How was the site visit in Hull?
lorna: Wet. But useful.
rep: Good. So I wanted to go through the proposal and see where we are. Did you both get the updated version?
philip: We did. I'll be direct, Tom. Lindqvist came in about fifteen percent below you, for the same number of engineers.
rep: OK. Thanks for telling me. When you say the same, is that like for like? Does their number include the mobile app and the implementation?
philip: Implementation is separate with them, I think. I'd have to check.
lorna: And they don't do the skills matching the way you do. That was the thing my team liked.
rep: That's fair. And to be fair to them, their reporting is good. Where I think we're stronger is exactly what Lorna said, matching the job to the engineer's tickets.
philip: Even so, I need to see some movement. I can't take the same number back to finance.
rep: Understood. What I can do is include the training days for free. That's five days. And the first month of premium support at no charge.
philip: That helps. What about the licence price?
rep: The licence price I can't really move on. The savings Lorna's team worked out came to about two hundred and ten thousand a year, and that holds whatever the licence costs.
lorna: That's right, the overtime numbers were ours.
philip: Hmm. One more thing. We'd want quarterly payment rather than annually in advance.
rep: I think that should be fine. I'll check with our finance team, but I don't see a problem.
lorna: And we'd prefer a twelve-month term, not three years. We don't want to be locked in if it doesn't work.
rep: Our pricing is based on three years, really. Could we look at two?
philip: Twelve months, or it won't get through.
rep: Let me see what I can do on that.
philip: OK. I'll take it all back, but I can't promise anything.
rep: Sure. What happens next on your side?
philip: It goes to our finance committee.
rep: When do they meet?
philip: End of the month.
rep: Great.
lorna: Tom, can you put the rollout timeline in the revised version? The committee will ask.
rep: Yes, I'll pop that in.
lorna: And who from your side would run the project? We'd want to meet them before we commit.
rep: That'd be our implementation team. I'll find out who'd be assigned and let you know.
philip: OK.
rep: So I'll send over a revised proposal with the training days and the timeline, and you can take it to the committee?
philip: Fine. Send it this week and I'll put it in the pack.
rep: Will do. Thanks both.
lorna: Thanks Tom.
`,
    annotations: [
      {
        quote:
          'When you say the same, is that like for like? Does their number include the mobile app and the implementation?',
        type: 'strength',
        behaviourId: B.clarifiesObjection,
        level: 3,
        comment:
          'Good first move: you asked what the fifteen percent compares before answering it. Next step: ask Philip for their quote, so you compare line by line rather than on his memory.',
      },
      {
        quote: 'And to be fair to them, their reporting is good.',
        type: 'strength',
        behaviourId: B.competitors,
        verdict: 'strength',
        comment: 'Fair about Lindqvist, then back to the criterion Lorna’s team cares about. Well done.',
        shared: true,
      },
      {
        quote: 'What I can do is include the training days for free.',
        type: 'missed-opportunity',
        behaviourId: B.trades,
        level: 2,
        comment:
          'Five training days and a month of support, and nothing asked in return; quarterly payment went the same way a minute later. Try: “If I can include the training days, can we agree the three-year term?”',
      },
      {
        quote: "The licence price I can't really move on.",
        type: 'strength',
        behaviourId: B.noDiscount,
        level: 3,
        comment:
          'Held the price and pointed to their own savings figure, and Lorna backed you up. The right instinct.',
      },
      {
        quote:
          "So I'll send over a revised proposal with the training days and the timeline, and you can take it to the committee?",
        type: 'missed-opportunity',
        behaviourId: B.closePlan,
        level: 2,
        comment:
          'Lorna told you what the committee will ask and that she wants to meet the project lead first. That is a plan waiting to be written with them: committee date, who presents, open questions, project lead introduction.',
      },
    ],
    scorecard: {
      [B.clarifiesObjection]: [3],
      [B.trades]: [2, 'Training days, support and quarterly payment given; nothing asked back.'],
      [B.noDiscount]: [3],
      [B.paperProcess]: [
        2,
        'Heard about the finance committee only because Philip mentioned it. Who presents it, what it needs, and who signs afterwards are all unknown.',
      ],
      [B.closePlan]: [
        2,
        'Ended with “I’ll send a revised proposal”: no shared plan, no dates beyond the committee.',
      ],
    },
  },
  {
    id: 'tom-wrenfield-discovery',
    repKey: 'tom',
    daysAgo: 24,
    account: 'Wrenfield Distribution',
    deal: 'Driver and warehouse rota',
    callTypeId: 'call-discovery',
    style: 'zoom',
    meeting: 'Wrenfield Distribution: first conversation',
    people: [
      rep,
      { key: 'sunita', name: 'Sunita Bains', title: 'Head of Operations', side: 'customer' },
      { key: 'craig', name: 'Craig Oduya', title: 'Transport Planner', side: 'customer' },
    ],
    script: `
rep: Hi Sunita, hi Craig. Thanks for making the time.
sunita: Hi Tom. Sorry, I'm in the car park, the office wifi is terrible.
rep: No problem at all. So we've got until quarter to. I'd like to spend most of it understanding how the rota works today and where it hurts. I won't show you anything today unless you ask me to. At the end, if it looks like we can help, we agree what a next step looks like, and if it doesn't, I'll say so. Does that work? Anything you'd add?
sunita: That's fine. I do need to be away on time.
rep: Understood, we'll finish on time. So I know you run three depots, and you took on the Hallam Foods contract last year. What I couldn't find out is how the driver rota actually gets built. Craig, is that you?
craig: That's me. I build it every Thursday for the following week, in a spreadsheet. Then holidays, sickness, swaps, it all comes in by text and I patch it.
rep: How does it look by Friday?
craig: Honestly? A jigsaw with pieces missing every Friday. There's always three or four shifts with nobody on them.
rep: When a gap isn't filled by Friday, what happens on Monday?
craig: I ring the agencies. Agency drivers cost us about forty percent more. And sometimes there's nobody, so a route goes out late.
rep: And when a route goes out late, what does that lead to?
sunita: The supermarkets have delivery windows. If we're more than an hour late, the store can refuse the load. And it's chilled, so a refused load is stock we write off.
rep: How often does that happen?
sunita: In a busy month, six or seven loads.
rep: And what does a refused load cost you?
sunita: Between four and six thousand, depending on the load.
rep: So in the busy months that's somewhere around thirty thousand a month, before the agency premium?
sunita: Probably, yes. More with the agency drivers.
rep: Who notices that, besides you?
sunita: Our MD. Hallam's account manager has started copying him into the complaints.
rep: Let me check I've got this right. Craig, you said the rota is a jigsaw with pieces missing every Friday. The gaps get filled with agency drivers at a premium, and when they can't be, loads go out late and the stores refuse them. Sunita, you put that at roughly thirty thousand a month in the busy season, and your MD is now seeing the complaints. What did I miss?
sunita: The drivers. We lost eleven last year, and the exit interviews all say the same thing. They never know their shifts more than two days ahead.
rep: What does losing eleven drivers cost you?
sunita: Recruitment and training, maybe three thousand a head. And agency cover while we recruit, which is the expensive bit.
rep: If drivers knew their shifts two weeks ahead, what would that change for you, Craig?
craig: My Fridays, for one. And I think we'd keep more of them. The ones who leave go to a competitor who gives them the rota a fortnight out.
rep: Besides you two, who'd need to be comfortable with a change like this?
sunita: Our MD would sign it off, and finance would want to see the numbers. And the union rep, for anything that changes shift patterns.
rep: OK, that's helpful. And is anything else on the table? Other systems, or doing it in-house?
sunita: Our IT team think they could build something. I'm not convinced.
rep: What makes you not convinced?
sunita: They built the depot booking tool. It took a year and nobody uses it.
rep: Got it. I'm conscious of your time. Could we do the next one on Thursday week at ten? If Craig could bring the last three months of rotas, I'll show you only the parts that deal with the Friday gaps, and we can work out the agency figure properly together.
sunita: Thursday week at ten works. Craig?
craig: Yeah, I'll export the rotas.
rep: Great. I'll send the invite and a short summary in your words this afternoon. Thanks both.
sunita: Thanks Tom.
`,
    annotations: [
      {
        quote: 'And when a route goes out late, what does that lead to?',
        type: 'strength',
        behaviourId: B.implication,
        level: 3,
        comment:
          'Two consequence questions before anything about us, and the second took you from the rota to written-off stock. Compare this with the Aldergate call: this is the habit we set out to build.',
        shared: true,
      },
      {
        quote: 'Craig, you said the rota is a jigsaw with pieces missing every Friday.',
        type: 'strength',
        behaviourId: B.playback,
        level: 4,
        comment:
          'A playback in their words, and “What did I miss?” got you the driver turnover, which you would not have heard otherwise.',
        shared: true,
      },
      {
        quote:
          "So in the busy months that's somewhere around thirty thousand a month, before the agency premium?",
        type: 'try-instead',
        behaviourId: B.costOfInaction,
        level: 3,
        comment:
          'Right number, but your sum. Try “What does that add up to in a busy month?” and let Sunita say it: a figure she worked out is one she will defend to finance.',
      },
      {
        quote: 'Our MD would sign it off, and finance would want to see the numbers.',
        type: 'try-instead',
        behaviourId: B.economicBuyer,
        level: 2,
        comment:
          'She told you who signs, and that the MD is already copied into the complaints, and we moved on. Ask the MD’s name, what matters to them this year, and whether Sunita would bring them to the next meeting. Same gap as Fellgate.',
      },
      {
        quote: 'What makes you not convinced?',
        type: 'strength',
        behaviourId: B.alternatives,
        level: 3,
        comment:
          'Asked about the in-house option, then why she doubts it. That tool is the real competitor here.',
      },
    ],
    scorecard: {
      [B.frontContract]: [
        3,
        'Time, purpose and outcome agreed. Ask what they want to leave with, not only what they’d add.',
      ],
      [B.needInWords]: [3],
      [B.implication]: [3],
      [B.costOfInaction]: [
        3,
        'Refused loads and driver turnover priced, though the monthly sum was Tom’s, not theirs.',
      ],
      [B.approvers]: [3],
      [B.nextStep]: [4],
    },
  },

  // ─── Daniel: flat. Decent discovery; in negotiation, gives discount without getting anything back. ───
  {
    id: 'daniel-lindenau-discovery',
    repKey: 'daniel',
    daysAgo: 99,
    account: 'Lindenau Gebäudetechnik',
    deal: 'Service technician scheduling',
    callTypeId: 'call-discovery',
    style: 'teams',
    meeting: 'Lindenau Gebäudetechnik / dispatch',
    people: [
      rep,
      { key: 'lena', name: 'Lena Brandt', title: 'Solutions Engineer', side: 'colleague' },
      {
        key: 'katrin',
        name: 'Katrin Vogt',
        title: 'Head of Service Operations',
        side: 'customer',
        label: 'Vogt, Katrin',
      },
      {
        key: 'stefan',
        name: 'Stefan Albers',
        title: 'Dispatch Team Lead',
        side: 'customer',
        label: 'Albers, Stefan',
      },
    ],
    script: `
rep: Good morning Katrin, good morning Stefan. Thank you for your time.
katrin: Morning Daniel.
stefan: Good morning.
rep: I have Lena with me, she is our solutions engineer, so if there are technical questions she can answer them.
lena: Hello, nice to meet you.
rep: We have until half past. I would like to understand how dispatch works for you today, and at the end we can see if a demo makes sense. Is that OK?
katrin: Yes, good.
rep: Stefan, walk me through a normal morning in dispatch, from the first call in.
stefan: OK. So we have six dispatchers. At half past six the first calls come in, mostly heating and air conditioning faults. Each dispatcher has a region. They look in the ERP to see which technician is nearby, call them, and if they are free, the job goes to them. If not, the next one. At the same time the planned maintenance for the day is already in the ERP, and that is what gets moved when an emergency comes in.
rep: And how do you know which technician can do which job?
stefan: Mostly the dispatchers just know. For refrigerant work we need the certificate, so there is a list in Excel.
rep: What is the hardest part of the day for your team?
katrin: Can I answer that? We are always firefighting. The planned maintenance gets pushed, and then we are late on the maintenance contracts.
rep: What happens when planned maintenance is pushed?
katrin: We miss the intervals in the contracts. Some customers have penalties for that. It costs us.
rep: That must be expensive.
katrin: Yes.
rep: OK. And how many maintenance contracts do you have at the moment?
katrin: Around fourteen hundred.
lena: Can I ask, does the ERP have an interface for job orders, or is it all manual?
stefan: There is an interface, our IT uses it for the invoicing.
lena: Good, then we can probably read the job orders from there. We do that with several customers.
rep: How do the technicians get their jobs today?
stefan: A phone call, and a printout in the morning. Some use the ERP app, but it is slow.
rep: And how many technicians are there in total?
katrin: Three hundred and eighty.
rep: What would you like to be different in a year?
katrin: That the planned maintenance happens when it is planned. And that my dispatchers go home on time.
stefan: And that I don't need to call five technicians to find one who is free.
rep: Who else is involved in a decision like this?
katrin: The managing director, and IT. And the works council will want to know if we track where the technicians are.
rep: OK, good to know. The works council is normal, we had this with other customers too.
katrin: Good.
rep: Then I would suggest a demo with Stefan's team, where Lena shows the dispatch board with your cases. Shall we do Tuesday the week after next, at ten?
katrin: Tuesday the week after next at ten works. Stefan?
stefan: Yes.
rep: Great. Lena, you need some example jobs from Stefan, right?
lena: Yes, ten or fifteen typical jobs from last week would be perfect.
stefan: I can send them.
rep: Perfect. Thank you both, I'll send the invitation today.
`,
    annotations: [
      {
        quote: 'Stefan, walk me through a normal morning in dispatch, from the first call in.',
        type: 'strength',
        behaviourId: B.needInWords,
        level: 3,
        comment:
          'An open question, and you let Stefan talk for the best part of a minute. That’s how Katrin got to “we are always firefighting”, in her words. Put that phrase on the opportunity.',
      },
      {
        quote: 'That must be expensive.',
        type: 'missed-opportunity',
        behaviourId: B.costOfInaction,
        level: 2,
        comment:
          'Katrin opened the door: penalties for missed intervals. Ask “How much did the penalties come to last year?” and “How many of the fourteen hundred contracts have them?” Without her figure the proposal will carry ours, and that is where the discount conversation starts.',
      },
      {
        quote:
          'The managing director, and IT. And the works council will want to know if we track where the technicians are.',
        type: 'try-instead',
        behaviourId: B.approvers,
        level: 2,
        comment:
          'Three approvers in one sentence and no names. Try “Who in IT would look at this?” and “When does the works council next meet, and who presents to it?” This quarter’s one thing is a second named contact on every deal.',
      },
      {
        quote: 'Shall we do Tuesday the week after next, at ten?',
        type: 'strength',
        behaviourId: B.nextStep,
        level: 3,
        comment: 'Dated, with the right people, and Lena asked for real jobs to demo with.',
      },
    ],
    scorecard: {
      [B.frontContract]: [3],
      [B.needInWords]: [3],
      [B.implication]: [
        2,
        'One consequence question, then on to contract numbers: nothing on who feels the penalties or what they lead to.',
      ],
      [B.costOfInaction]: [2, '“That must be expensive” instead of asking how expensive.'],
      [B.approvers]: [2, 'Roles but no names, and no plan to meet any of them.'],
      [B.nextStep]: [3],
    },
  },
  {
    id: 'daniel-auenwald-negotiation',
    repKey: 'daniel',
    daysAgo: 40,
    account: 'Auenwald Stadtwerke',
    deal: 'Field service scheduling, 240 technicians',
    callTypeId: 'call-negotiation',
    style: 'teams',
    meeting: 'Auenwald Stadtwerke: offer discussion',
    people: [
      rep,
      {
        key: 'juergen',
        name: 'Jürgen Hartl',
        title: 'Head of Procurement',
        side: 'customer',
        label: 'Hartl, Jürgen',
      },
      {
        key: 'sabine',
        name: 'Sabine Krämer',
        title: 'Head of Network Operations',
        side: 'customer',
        label: 'Krämer, Sabine',
      },
    ],
    script: `
rep: Hello Mr Hartl, hello Ms Krämer. Thank you for your time.
juergen: Hello.
sabine: Good morning, Daniel.
rep: We have until eleven. I would like to go through the offer, close the open points, and at the end agree the way to the signature. Is that OK for you?
juergen: Yes. Then let me start. Your offer is one hundred and eighty-six thousand over three years. Frankly, that is too expensive. We need twenty percent.
rep: I understand. Let me see what I can do. I think I can go to ten percent.
juergen: Ten is not enough. Our budget for this is fixed.
rep: OK. If it helps, I could do fifteen percent. That's really the maximum.
juergen: Fifteen, and you waive the implementation fee.
rep: The implementation fee I would have to check. But I think we can reduce it by half.
juergen: Good.
sabine: For me the important thing is that we are live before the winter. Winter is when the network faults come.
rep: Yes, of course. That should be no problem.
juergen: I have to say, I also don't see how we get the savings in your proposal. Forty thousand a year in overtime, where does that come from?
rep: That is from our experience with other utilities. That's why I think the fifteen percent makes it easier to justify.
juergen: Hmm. Maybe.
sabine: The overtime figure is roughly right, by the way. We had more than that last winter.
rep: OK, good. So for the next steps on your side, what does the approval look like? Does it go to the works council again, or only the supervisory board?
juergen: The supervisory board approves everything over one hundred and fifty thousand. The works council has agreed already, with the location tracking switched off outside working hours.
rep: And when does the supervisory board meet?
juergen: In five weeks. Before that, our legal department needs two weeks for the contract.
rep: OK, that works. Then I send you the revised offer tomorrow, with fifteen percent and half the implementation fee.
juergen: Fine.
sabine: And the project plan? If the board is in five weeks, I want to know when we start.
rep: I will include it in the offer.
sabine: And who from your side would be the project manager?
rep: That would be decided after the signature, but we have very experienced people.
sabine: OK.
rep: Good. Thank you both, I'll send everything tomorrow.
juergen: Goodbye.
`,
    annotations: [
      {
        quote: 'I understand. Let me see what I can do. I think I can go to ten percent.',
        type: 'missed-opportunity',
        behaviourId: B.clarifiesObjection,
        level: 2,
        comment:
          'Before any number: “What is the twenty percent based on: a budget line, another offer, or policy?” A minute later you learnt the budget is fixed. That is a timing problem we might have solved with phasing, not price.',
      },
      {
        quote: "If it helps, I could do fifteen percent. That's really the maximum.",
        type: 'missed-opportunity',
        behaviourId: B.trades,
        level: 1,
        comment:
          'The second concession in under a minute, then half the implementation fee, and nothing came back. Every move needs a price: “If I can move on price, can we agree a three-year term and signature before the board meets?”',
      },
      {
        quote: "That's why I think the fifteen percent makes it easier to justify.",
        type: 'missed-opportunity',
        behaviourId: B.noDiscount,
        level: 2,
        comment:
          'Mr Hartl told you he doesn’t believe the savings, and a discount doesn’t answer that. Sabine did, thirty seconds later: ask her to take him through last winter’s overtime.',
      },
      {
        quote: 'Does it go to the works council again, or only the supervisory board?',
        type: 'strength',
        behaviourId: B.paperProcess,
        level: 3,
        comment: 'You remembered the works council, and came away with the board date and the legal review.',
      },
      {
        quote: 'And the project plan? If the board is in five weeks, I want to know when we start.',
        type: 'try-instead',
        behaviourId: B.closePlan,
        level: 2,
        comment:
          'Sabine asked for the plan, and who runs the project. Work back from her winter go-live with them (legal review, board date, signature, kick-off) and send that as the plan, not as a page in the offer.',
      },
    ],
    scorecard: {
      [B.clarifiesObjection]: [
        2,
        'Answered “too expensive” with ten percent before asking what was behind it.',
      ],
      [B.trades]: [1, 'Fifteen percent and half the implementation fee given; nothing asked in return.'],
      [B.noDiscount]: [
        2,
        'Used the discount to answer doubt about the savings; Sabine’s overtime figure went unused.',
      ],
      [B.paperProcess]: [3],
      [B.closePlan]: [2, 'No shared plan; the project plan and project manager were left for later.'],
    },
  },

  // ─── Sophie: improving on the business case and in negotiation. Builds the case from the buyer's figures. ───
  {
    id: 'sophie-veldt-discovery',
    repKey: 'sophie',
    daysAgo: 125,
    account: 'Veldt Pharma',
    deal: 'Shift planning, three sites',
    callTypeId: 'call-discovery',
    style: 'zoom',
    meeting: 'Veldt Pharma discovery',
    people: [
      rep,
      { key: 'joost', name: 'Joost Hendriks', title: 'Head of Supply Chain', side: 'customer' },
      { key: 'ilse', name: 'Ilse Verhoeven', title: 'Planning Manager', side: 'customer' },
    ],
    script: `
rep: Hello Joost, hello Ilse. Thanks for making the time.
joost: Hi Sophie.
ilse: Hello.
rep: We have until three. I'd like to understand how shifts are planned across your three sites, and what it costs you when the plan goes wrong. Then you can ask me anything. At the end, let's decide together whether it's worth building a business case. Does that work for you?
joost: Yes. I also want to know how you handle qualifications. That's where we get into trouble.
rep: Then let's start there. Ilse, how does it work today?
ilse: Every packaging line needs operators who are trained on that line. The training records are in our quality system, the shift plans are in Excel, and the two don't talk to each other. So the planners check by hand.
rep: What happens when someone calls in sick on a line that needs a specific qualification?
ilse: Either we find someone qualified from another shift, which means overtime, or the line stands still.
rep: How often does a line stand still for that reason?
ilse: I'd have to check the log. Roughly, ninety hours last quarter across the three sites.
rep: When a line stands idle, what does that cost you?
joost: It depends on the line.
rep: Take the blister line you mentioned. What is an hour of it worth to you?
joost: We reckon around two thousand eight hundred euros an hour in lost output.
rep: Would you be comfortable if we used ninety hours a quarter at two thousand eight hundred as a working figure, and Ilse corrects it when she's checked the log?
joost: Yes. Ilse, can you check it?
ilse: I'll have it by Friday.
rep: What does that come to over a year, in your terms?
joost: Ninety hours a quarter... call it a million. A bit over.
rep: And the other option you mentioned, someone working a line when their training has lapsed?
ilse: That's a deviation. Quality investigates every one. It takes about two days of their time each.
rep: How many were there last year?
ilse: Fourteen. And one of them came up in an inspection.
rep: What happened after the inspection?
joost: We got an observation, not a finding. But the site director had to answer for it, and he hasn't forgotten.
rep: If we worked on this together, what would you measure in six months to know it had worked?
joost: Idle hours on the lines. And deviations from lapsed training. That should be zero.
rep: And today's figures for those are ninety hours a quarter and fourteen a year?
joost: Subject to Ilse's check, yes.
rep: Are you looking at other ways to solve this?
joost: We've had a demo from Lindqvist.
rep: What did you think of it?
joost: Good reporting. I wasn't sure about the qualification part.
rep: They're good on reporting, honestly. It's worth asking them to show you a sick call on a line that needs a specific qualification, with real training records. That's the case that matters to you.
joost: That's a good idea, actually.
rep: Who besides you would be involved in deciding?
joost: Our CFO, Maarten Bosman, signs. Procurement runs the process, that's Femke de Wit.
rep: Would Maarten want to test the million-euro figure himself?
joost: He'll want our finance controller to.
rep: Then could we build it with your finance controller before any proposal, rather than after?
joost: Yes, that makes sense.
rep: So: Ilse checks the idle hours by Friday. We meet again on Tuesday week at two, with your finance controller, and put the business case together from your figures. I'll send the invite now. Does that work?
joost: Tuesday week at two, yes.
ilse: Fine for me.
rep: Thank you both.
`,
    annotations: [
      {
        quote: 'Take the blister line you mentioned. What is an hour of it worth to you?',
        type: 'strength',
        behaviourId: B.costOfInaction,
        level: 4,
        comment:
          'When Joost said “it depends”, you made it concrete instead of letting it go. Not long ago this would have been our benchmark figure in the proposal.',
      },
      {
        quote: 'What does that come to over a year, in your terms?',
        type: 'strength',
        behaviourId: B.businessCase,
        level: 3,
        comment:
          'You let Joost do the sum. A million a year in his words is a figure he will defend to Maarten. Next: check it with their finance controller before it goes anywhere.',
        shared: true,
      },
      {
        quote: "And today's figures for those are ninety hours a quarter and fourteen a year?",
        type: 'strength',
        behaviourId: B.successMetric,
        level: 3,
        comment:
          'A success metric with today’s baseline, both from the buyer. Ilse’s check on Friday makes it solid.',
      },
      {
        quote: "They're good on reporting, honestly.",
        type: 'strength',
        behaviourId: B.competitors,
        verdict: 'strength',
        comment:
          'Fair about Lindqvist, and then a test that plays to their top criterion rather than a dig at the competitor.',
      },
      {
        quote: 'Then could we build it with your finance controller before any proposal, rather than after?',
        type: 'question',
        behaviourId: B.termsEarly,
        level: 2,
        comment:
          'For us to talk about: the case is heading for a million a year and Joost has not heard a price. Would a range here have helped, so the case is built against a real number and nobody is surprised later?',
      },
    ],
    scorecard: {
      [B.frontContract]: [3],
      [B.needInWords]: [3],
      [B.implication]: [3],
      [B.costOfInaction]: [4],
      [B.approvers]: [3],
      [B.nextStep]: [4],
    },
  },
  {
    id: 'sophie-veldt-negotiation',
    repKey: 'sophie',
    // The Thursday after the coaching note that prepares this meeting (nine days ago).
    daysAgo: 9,
    nextWeekday: 4,
    account: 'Veldt Pharma',
    deal: 'Shift planning, three sites',
    callTypeId: 'call-negotiation',
    style: 'teams',
    meeting: 'Veldt Pharma commercial meeting',
    people: [
      rep,
      {
        key: 'femke',
        name: 'Femke de Wit',
        title: 'Procurement Lead',
        side: 'customer',
        label: 'Femke de Wit (Veldt Pharma)',
      },
      {
        key: 'joost',
        name: 'Joost Hendriks',
        title: 'Head of Supply Chain',
        side: 'customer',
        label: 'Joost Hendriks (Veldt Pharma)',
      },
    ],
    script: `
rep: Good morning Femke, good morning Joost.
femke: Morning Sophie.
joost: Hi.
rep: We have until twelve, though I hope we won't need all of it. You've had the price, the payment terms and the three-year option since last week. I'd like to go through your questions on those and on the contract, and finish with an agreement on what happens between today and a signature. Femke, what do you need to leave with today?
femke: A final price I can take to Maarten, and clarity on the audit clause. Our quality team won't sign off any supplier who touches GMP records without it, and they've already asked me twice.
rep: Good. Joost?
joost: A start date for Tilburg. The inspectors are due back in six months, and I'm not going through another inspection with the training records in one system and the shift plans in Excel.
rep: Understood. Where would you like to start?
femke: Price. We'd like eight percent off the licences. Lindqvist are cheaper.
rep: Before I answer, can I ask what the eight percent is based on? Is it the gap to Lindqvist's quote, or a target on your side?
femke: It's about the gap. Their licence price is about eight percent under yours, for the same number of operators. Maarten will ask me why we're paying more, and I need an answer or a better number.
rep: That's fair. They are cheaper on licences, and their reporting is strong. Where we differ is on the two things you ranked highest: qualification matching on the lines, and the audit trail for inspections. Joost, is that still the order?
joost: Yes. Qualification first, audit trail second. That's the whole point. We asked Lindqvist to show us a sick call on the blister line, like you suggested, and they couldn't do it without a workaround.
femke: Still, I need to show Maarten some movement.
rep: I understand. I'd rather not move on the licence price, because the case Maarten's team checked is built on it. The idle hours alone came to just over a million a year, and your finance controller signed off that figure. What I can move on is terms. You asked for quarterly billing instead of annually in advance. I can do quarterly billing if we have the signed order by the end of the month, so the rollout can start at Tilburg at the beginning of the quarter.
femke: And if we sign for three years?
rep: Then the licence price is fixed for the three years, with no annual increase. In return, I'd ask for one thing: that Joost talks to two of our prospects about the results after six months, if the results are there.
joost: If they're there, happily.
femke: OK. I can take that to Maarten. Quarterly billing, three years fixed, signature by the end of the month. He'll like the fixed price more than a discount, to be honest. Last year two of our suppliers put their prices up by nine percent.
rep: Thank you. The audit clause?
femke: Our quality team needs the right to audit suppliers. Your standard contract doesn't mention it, and without it the contract can't go to signature.
rep: We have an addendum that covers one audit a year, plus any audit after a serious incident. Who on your side needs to approve it, and how long does quality usually take?
femke: Quality signs it off, that's Wouter's team. Usually two weeks, sometimes three if they have an inspection of their own.
rep: Then if I send it today, it's back before the signing call. Is anything else going to land late? Information security, data protection?
femke: Data protection has your terms already. No comments.
rep: Good. Let me read back what I've written, and tell me what's wrong. I send the audit addendum today, and Femke passes it to Wouter's team. Quality comes back within two weeks. The order form goes to Maarten on the signing call we've booked for Friday week. Kick-off at Tilburg in the first week of the quarter. What's missing?
joost: The training plan for the operators. They need to know before go-live, and the shift leads will want a say in when, because we can't take a whole shift off the line at once.
rep: Added: the training plan, agreed at kick-off with the operators' shift leads. I'll send the whole plan to both of you this afternoon.
femke: Good.
joost: Thanks, Sophie.
rep: Thank you both. Speak on Friday week.
`,
    annotations: [
      {
        quote: 'Before I answer, can I ask what the eight percent is based on?',
        type: 'strength',
        behaviourId: B.clarifiesObjection,
        level: 4,
        comment: 'Asked before answering, and offered the two likely reasons so Femke could pick one.',
      },
      {
        quote: 'They are cheaper on licences, and their reporting is strong.',
        type: 'strength',
        behaviourId: B.competitors,
        verdict: 'strength',
        comment:
          'Plain and fair, then straight to the two criteria Veldt ranked highest, exactly as we planned. And Joost answered for you.',
        shared: true,
      },
      {
        quote: 'I can do quarterly billing if we have the signed order by the end of the month',
        type: 'strength',
        behaviourId: B.trades,
        level: 4,
        comment:
          'Every concession had something coming back: billing for a signature date, a fixed price for the term, and a reference if the results are there. This is what the give-get list was for.',
        shared: true,
      },
      {
        quote:
          "I'd rather not move on the licence price, because the case Maarten's team checked is built on it.",
        type: 'strength',
        behaviourId: B.noDiscount,
        level: 4,
        comment:
          'Held the price on the buyer’s own figures, which their finance controller had checked. The business case work paid off here.',
      },
      {
        quote: "Let me read back what I've written, and tell me what's wrong.",
        type: 'try-instead',
        behaviourId: B.closePlan,
        level: 3,
        comment:
          'A good plan, and you asked what was missing. Next time share it on screen and type it with them: a plan the buyer has written in is one they own, and Femke can forward it to Maarten as it is.',
      },
    ],
    scorecard: {
      [B.clarifiesObjection]: [4],
      [B.trades]: [4],
      [B.noDiscount]: [4],
      [B.paperProcess]: [
        3,
        'Asked who approves the audit addendum and what else might land late. Ask earlier next time, at the proposal.',
      ],
      [B.closePlan]: [3],
    },
  },

  // ─── Jonas: solid at first; over the last four months, no dated next steps and no idea who signs. ───
  {
    id: 'jonas-vasaby-discovery',
    repKey: 'jonas',
    daysAgo: 144,
    account: 'Vasaby Retail',
    deal: 'Store shift scheduling',
    callTypeId: 'call-discovery',
    style: 'zoom',
    meeting: 'Vasaby Retail: store scheduling',
    people: [
      rep,
      { key: 'karin', name: 'Karin Ekström', title: 'Head of Retail Operations', side: 'customer' },
      { key: 'oskar', name: 'Oskar Nilsson', title: 'HR Manager', side: 'customer' },
    ],
    script: `
rep: Hi Karin, hi Oskar! Good to see you both.
karin: Hi Jonas.
oskar: Hello.
rep: We said a short one today. I'd like to hear how you plan shifts in the stores today and what you'd like to change. I'll share an example or two from other retailers, but only if it's relevant. At the end, let's agree whether a proper look makes sense. Sound OK?
karin: Sounds good.
rep: So, how does a store manager build the schedule today?
karin: In Excel, mostly. Every manager has their own version. They spend four or five hours a week on it, and then the swaps happen in group chats.
rep: Four or five hours a week, every week?
karin: Every week. Honestly, our store managers are schedulers who sometimes get to run a store.
rep: That's a great way to put it. What does a store manager not do while they're spending those hours on the schedule?
karin: Be on the floor. Our mystery-shopper scores are lowest in the stores where the manager is in the back office all the time.
rep: How big is that gap?
karin: The bottom ten stores are about fifteen points behind the top ten. And the bottom ten are the ones with the messiest schedules. I don't think that's a coincidence.
rep: So roughly three hundred hours a week across the chain, if it's sixty-four stores.
karin: Something like that.
rep: Oskar, what does it look like from HR?
oskar: The rest-period rules. When people swap shifts in the group chats, nobody checks the rest between shifts. Last year we had two complaints from the union about it.
rep: What happened with those?
oskar: We settled both. But the union has made it clear the next one goes to the labour court.
rep: What would that mean for you?
oskar: Money, but mostly the headlines. We're a family brand. That's not where we want to be.
rep: Is there a date that matters for this?
oskar: The new collective agreement starts in about six months, with stricter rest rules. We'd want something in place before that.
rep: Is that a hard date?
oskar: Yes. It's signed.
rep: Who else would be involved in a decision like this?
karin: Our CFO, Anders Holm, signs off anything over a million kronor. Oskar for HR. And IT, for the integration with payroll.
rep: Would it be OK to meet Anders early, or would you rather bring him in later?
karin: Later, once we know it's worth it.
rep: Fair enough. What would he need to see?
karin: Money. Always money.
rep: OK. Can we book the next one now? Thursday next week at nine, with Oskar, and I'll bring a draft of how the rest-period rules would work for one of your stores.
karin: Thursday at nine works.
oskar: For me too.
rep: I'm sending the invite now, while we're on.
karin: Got it. Thanks, Jonas.
rep: Thanks both!
`,
    annotations: [
      {
        quote: 'our store managers are schedulers who sometimes get to run a store.',
        type: 'strength',
        behaviourId: B.needInWords,
        level: 3,
        comment:
          'Her phrase, not ours, and you told her it was a good one. It goes on the opportunity record in quotation marks.',
      },
      {
        quote: "What does a store manager not do while they're spending those hours on the schedule?",
        type: 'strength',
        behaviourId: B.implication,
        level: 3,
        comment:
          'From hours in Excel to mystery-shopper scores in one question. And “What would that mean for you?” to Oskar got us the labour court.',
      },
      {
        quote: "So roughly three hundred hours a week across the chain, if it's sixty-four stores.",
        type: 'try-instead',
        behaviourId: B.costOfInaction,
        level: 2,
        comment:
          'A good sum, and then we stopped. Karin told you the CFO only cares about money, so: “What is an hour of a store manager’s time worth to you?” and “What did the two union settlements cost?” We still have no figure in kronor.',
      },
      {
        quote: "I'm sending the invite now, while we're on.",
        type: 'strength',
        behaviourId: B.nextStep,
        level: 4,
        comment: 'Date, time, who comes and what you will bring, and the invite sent before the call ended.',
        shared: true,
      },
    ],
    scorecard: {
      [B.frontContract]: [3],
      [B.needInWords]: [3],
      [B.implication]: [3],
      [B.costOfInaction]: [2, 'Hours, but no money: nothing for a CFO who “always” wants money.'],
      [B.approvers]: [3],
      [B.nextStep]: [4],
    },
  },
  {
    id: 'jonas-norrvik-negotiation',
    repKey: 'jonas',
    daysAgo: 19,
    account: 'Norrvik Freight',
    deal: 'Terminal shift planning',
    callTypeId: 'call-negotiation',
    style: 'zoom',
    meeting: 'Norrvik check-in',
    people: [rep, { key: 'lars', name: 'Lars Ekdahl', title: 'IT Manager', side: 'customer' }],
    script: `
rep: Hey Lars! How's it going?
lars: Hi Jonas. Busy, you know how it is.
rep: Yeah, same here. How was Bergen?
lars: Good, thanks. Rained every day, but that's Bergen.
rep: Ha, of course. And the new terminal in Drammen, how's that going? I saw you're expanding.
lars: It opens next quarter. Another eighty people on shifts, so the planners are already nervous.
rep: Nice, that's more licences then!
lars: Ha, maybe.
rep: So, I just wanted to check in on where things are with the proposal.
lars: Yeah. So, I showed it to my boss.
rep: And?
lars: He likes the product. He thinks the price is high.
rep: OK. What kind of number would work?
lars: I don't know. Maybe if you could do something like ten percent?
rep: I'm sure we can figure something out on that. I need to check with my manager, but ten should be doable.
lars: OK, good. That would help.
rep: Cool. Who actually signs on your side, by the way? Is it your boss?
lars: Probably him. Or maybe it has to go to finance, I'm not totally sure. It's over his limit, I think, so maybe our CFO.
rep: OK, no stress, we'll figure that out.
lars: Yeah.
rep: And timing-wise, are we still looking at signing this month?
lars: I hope so. It depends on my boss, really.
rep: Great, I'll keep it in for this month then.
lars: OK.
rep: Is there anything else you need from me for the proposal?
lars: Maybe a bit more on the terminal side. The operations people haven't really seen it yet, by the way.
rep: Do you think they need to?
lars: Probably, at some point. It's their shifts.
rep: OK, we can do a session with them later on, once the commercial side is sorted.
lars: Sure. And the payment, could that be quarterly? My boss asked.
rep: Quarterly should be fine, yeah. I'll put that in.
lars: And the implementation fee, is there anything you can do there?
rep: Let me see. Probably we can do something there as well.
lars: OK.
rep: And the integration with your payroll system, is that all fine from your side?
lars: Yes, that part is fine, I checked the API documentation. That's not the problem.
rep: Great. So, anything else?
lars: No, I think that's it. I'll come back to you once I've talked to my boss.
rep: Perfect, just let me know. Talk soon!
lars: Bye.
`,
    annotations: [
      {
        quote: 'OK. What kind of number would work?',
        type: 'missed-opportunity',
        behaviourId: B.clarifiesObjection,
        level: 2,
        comment:
          'Before any number: “High compared with what?” and “What would your boss need to see to be comfortable?” We don’t know if this is the budget, a competitor or the boss testing us, and we answered with ten percent.',
      },
      {
        quote: "Probably him. Or maybe it has to go to finance, I'm not totally sure.",
        type: 'missed-opportunity',
        behaviourId: B.economicBuyer,
        level: 1,
        comment:
          'We are in the commercial stage and nobody knows who signs. Ask Lars who signed the last purchase above his boss’s limit, and ask for twenty minutes with that person.',
      },
      {
        quote: "Great, I'll keep it in for this month then.",
        type: 'missed-opportunity',
        behaviourId: B.commitsOnEvidence,
        level: 1,
        comment:
          'No signatory and no date from the customer, and the deal stays in this month. This is the Norrvik conversation we had before the forecast call.',
      },
      {
        quote: "The operations people haven't really seen it yet, by the way.",
        type: 'missed-opportunity',
        behaviourId: B.multiThreads,
        verdict: 'gap',
        comment:
          'Lars offered the opening himself. Ask him to set up thirty minutes with the operations director this week, before anything else on price.',
      },
      {
        quote: 'Perfect, just let me know. Talk soon!',
        type: 'missed-opportunity',
        behaviourId: B.nextStep,
        level: 1,
        comment:
          'The call ended with Lars owning the next step and no date. Try: “When do you see your boss? Could we book Thursday at ten for the three of us, so I can answer his questions on price myself?”',
      },
    ],
    scorecard: {
      [B.clarifiesObjection]: [2, 'Asked what number would work instead of what “high” means.'],
      [B.trades]: [
        1,
        'Ten percent, quarterly billing and a cheaper implementation offered; nothing asked in return.',
      ],
      [B.noDiscount]: [
        2,
        'Discount offered before anyone at Norrvik has put a figure on the value; operations haven’t even seen it.',
      ],
      [B.paperProcess]: [1, 'At the commercial stage with no idea who signs or how approval works.'],
      [B.closePlan]: [1, 'No plan and no date: Lars owns the next step.'],
    },
  },

  // ─── Emily: SDR, improving fast. One short qualifying call. ───
  {
    id: 'emily-lowther-qualification',
    repKey: 'emily',
    daysAgo: 16,
    account: 'Lowther Home Care',
    deal: null,
    callTypeId: 'call-discovery',
    style: 'zoom',
    meeting: 'Lowther Home Care: quick call',
    people: [
      rep,
      { key: 'rachel', name: 'Rachel Dunmore', title: 'Care Coordination Manager', side: 'customer' },
    ],
    script: `
rep: Hi Rachel, it's Emily. Thanks for making the time.
rachel: Hi Emily. I've only got about ten minutes, is that still OK?
rep: That's perfect. I'd like to ask you a few questions to see whether it's worth an hour with one of our account executives. If it isn't, I'll say so, and I won't chase you. Does that work?
rachel: Go on then.
rep: I saw you've won the council's home care contract for the north of the county, starting next quarter. Congratulations. I imagine that changes the rota quite a bit?
rachel: You could say that. Sixty extra clients, and we're recruiting forty carers.
rep: How are visits planned today?
rachel: Our coordinators do it on a whiteboard and a spreadsheet. Every morning somebody's off sick and we ring round.
rep: What does a bad morning look like?
rachel: Last Monday we had six carers off. Two clients didn't get their lunchtime visit until three o'clock.
rep: What happened then?
rachel: One of the families complained to the council. With the new contract, missed visits get reported to the council every month.
rep: And how do the coordinators feel about it?
rachel: Exhausted. One of them told me she dreads her phone ringing at seven.
rep: Have you tried anything to help with it before?
rachel: We trialled a free app last year, but the carers hated it. It drained their phone batteries.
rep: What would need to be different this time?
rachel: It has to work for the carers first. Half of them aren't comfortable with technology.
rep: Roughly how many visits are late or missed in a month?
rachel: Eight or nine in a bad month. More once the new clients start, I'd think.
rep: Is there a date that matters for fixing this?
rachel: The contract starts on the first of the quarter, and the council's monitoring starts the same day.
rep: If you decided to change how you plan visits, how would something like that be paid for?
rachel: There's some money in the mobilisation budget for the new contract. But our finance director decides what it's spent on.
rep: Who else would need to be comfortable with it?
rachel: Our operations director, Paul Hendry, and the finance director, Jan Wilkes.
rep: Would it make sense for you and Paul to spend an hour with my colleague, who works with home care providers? She could do Tuesday at eleven or Wednesday at two.
rachel: Wednesday at two. I'll need to check Paul's diary, but put it in.
rep: Is there anything you'd like my colleague to come prepared with?
rachel: How it works for carers who aren't good with phones. That's the first thing Paul will ask.
rep: I'll make sure she knows. I'll send the invite to both of you now, with a short note on what we talked about, in your words.
rachel: Lovely, thanks Emily.
rep: Thanks Rachel, speak soon.
`,
    annotations: [
      {
        quote:
          "I saw you've won the council's home care contract for the north of the county, starting next quarter.",
        type: 'strength',
        behaviourId: B.opensWithReason,
        level: 3,
        comment:
          'A researched reason to talk now, in the first minute, and it got Rachel talking about the rota straight away.',
      },
      {
        quote: 'What does a bad morning look like?',
        type: 'strength',
        behaviourId: B.pain,
        level: 3,
        comment:
          'Exactly what we practised: when she said they ring round, you asked what a bad morning looks like, then what happened next. Three questions deep.',
        shared: true,
      },
      {
        quote: 'With the new contract, missed visits get reported to the council every month.',
        type: 'try-instead',
        behaviourId: B.implication,
        level: 2,
        comment:
          'Good depth, and one more question would have done it: “What happens if missed visits show up in the council’s monthly report?” That is the consequence the AE will build the case on.',
      },
      {
        quote: 'how would something like that be paid for?',
        type: 'strength',
        behaviourId: B.funded,
        level: 3,
        comment:
          'Asked on the first call, as agreed, and you found the mobilisation budget and who decides on it.',
      },
      {
        quote: 'She could do Tuesday at eleven or Wednesday at two.',
        type: 'strength',
        behaviourId: B.nextStep,
        level: 4,
        comment:
          'Two dated options, the operations director invited, and a note in her words to follow. A handover the AE can use.',
        shared: true,
      },
    ],
    scorecard: {
      [B.frontContract]: [4],
      [B.needInWords]: [3],
      [B.implication]: [
        2,
        'Stopped one question short: the council’s monthly report of missed visits was never followed up.',
      ],
      [B.costOfInaction]: [null],
      [B.approvers]: [3],
      [B.nextStep]: [4],
    },
  },
];
