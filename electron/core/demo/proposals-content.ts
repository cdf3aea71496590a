import type { ChecklistKey, ChecklistRating } from '../../../shared/domain/proposal-checklist';

/*
 * The demo's proposals, one per active rep, each in two versions: the draft the rep sent for review and
 * the revision after the manager's comments. Written from the research (process-of-sales-management,
 * "Proposal is not paperwork"): weak drafts are written from the seller's point of view, describe the
 * company, list features and quote a price before any value; strong ones connect the customer's
 * problem, the recommendation, the value, the implementation, the terms, the risks and the decision.
 * Accounts and deals are the ones the demo's calls discuss.
 */

export interface DemoProposalAnnotation {
  /** Exact words of version 1; the seeder finds them. */
  quote: string;
  comment: string;
  suggestedRewrite?: string;
  behaviourId?: string;
  level?: 1 | 2 | 3 | 4;
  shared: boolean;
  /** The rep's answer in the thread. */
  reply?: string;
}

export interface DemoProposal {
  id: string;
  repKey: string;
  daysAgo: number;
  account: string;
  deal: string;
  title: string;
  value: number;
  currency: 'GBP' | 'EUR' | 'SEK';
  v1: string;
  v2: string;
  annotations: DemoProposalAnnotation[];
  checklist: {
    v1: Partial<Record<ChecklistKey, ChecklistRating>>;
    v2: Partial<Record<ChecklistKey, ChecklistRating>>;
  };
  /** Checklist lines that record an observation on a behaviour. */
  checklistBehaviours?: Partial<Record<ChecklistKey, string>>;
}

export const DEMO_PROPOSALS: readonly DemoProposal[] = [
  // ─── Aisha: a strong proposal; the review sharpens the decision and a risk. ───
  {
    id: 'aisha-linwood',
    repKey: 'aisha',
    daysAgo: 115,
    account: 'Linwood Rail Services',
    deal: 'Track maintenance scheduling, 900 engineers',
    title: 'Linwood Rail Services: planned maintenance scheduling',
    value: 412000,
    currency: 'GBP',
    v1: `# Planned maintenance scheduling for Linwood Rail Services

## The problem
Linwood's 900 track engineers are planned on spreadsheets by four regional desks. In the last two quarters, 14% of possession windows were lost because crews, plant and permits were not ready at the same time. Each lost window pushes work into overtime weekends.

## Why it matters now
Network Rail's new control period starts in April, with penalty rates for overrunning possessions. Callum Reid's team estimates lost windows cost about £1.9m a year today.

## What we recommend
One planning board for all four desks, with crews, plant and permits scheduled together, starting with the Northern region.

## How it will work
Twelve weeks: data migration from the spreadsheets, two weeks of parallel running in the Northern region, then the other regions in turn.

## What changes for Linwood
Planners see conflicts before a possession is booked. The target agreed with Callum is to halve lost windows within two quarters.

## Cost
£412,000 over three years, including implementation.

## Risks
Permit data sits in the legacy permit system; we will need an export.

## Next steps
We look forward to your feedback.`,
    v2: `# Planned maintenance scheduling for Linwood Rail Services

## The problem
Linwood's 900 track engineers are planned on spreadsheets by four regional desks. In the last two quarters, 14% of possession windows were lost because crews, plant and permits were not ready at the same time. Each lost window pushes work into overtime weekends.

## Why it matters now
Network Rail's new control period starts in April, with penalty rates for overrunning possessions. Callum Reid's team estimates lost windows cost about £1.9m a year today.

## What we recommend
One planning board for all four desks, with crews, plant and permits scheduled together, starting with the Northern region.

## How it will work
Twelve weeks: data migration from the spreadsheets, two weeks of parallel running in the Northern region, then the other regions in turn.

## What changes for Linwood
Planners see conflicts before a possession is booked. The target agreed with Callum is to halve lost windows within two quarters.

## Cost
£412,000 over three years, including implementation.

## Risks
Permit data sits in the legacy permit system. Owner: Linwood IT (Priti Shah) provides a nightly export by week 3; if it slips, the Northern pilot runs with permits entered by hand and go-live moves by two weeks.

## Decision required
Graham Tulloch approves the three-year order by 28 February, so implementation starts on 3 March and the Northern region is live before the control period begins.`,
    annotations: [
      {
        quote: 'We look forward to your feedback.',
        comment:
          'Everything before this is strong; the ending gives Graham nothing to decide. Name the decision, who makes it and by when.',
        suggestedRewrite:
          'Graham Tulloch approves the three-year order by 28 February, so the Northern region is live before April.',
        behaviourId: 'bhv-states-decision-required',
        level: 2,
        shared: true,
        reply: 'Agreed. Graham confirmed the 28th works for his approval board.',
      },
      {
        quote: 'Permit data sits in the legacy permit system; we will need an export.',
        comment:
          'A risk without an owner or a date is a hope. Who provides the export, by when, and what happens if it slips?',
        behaviourId: 'bhv-assigns-owner-to-each-deal-risk',
        level: 2,
        shared: true,
      },
      {
        quote: 'The target agreed with Callum is to halve lost windows within two quarters.',
        comment: 'This is the line the CFO will remember. Good.',
        behaviourId: 'bhv-agrees-measurable-success-metric',
        level: 4,
        shared: true,
      },
    ],
    checklist: {
      v1: {
        problem: 'strong',
        'why-now': 'strong',
        recommendation: 'strong',
        'how-it-works': 'adequate',
        change: 'strong',
        cost: 'adequate',
        risks: 'weak',
        decision: 'missing',
      },
      v2: {
        problem: 'strong',
        'why-now': 'strong',
        recommendation: 'strong',
        'how-it-works': 'adequate',
        change: 'strong',
        cost: 'adequate',
        risks: 'strong',
        decision: 'strong',
      },
    },
    checklistBehaviours: { decision: 'bhv-states-decision-required' },
  },
  // ─── Tom: written from the seller's side; price first, the customer's problem at the end. ───
  {
    id: 'tom-wrenfield',
    repKey: 'tom',
    daysAgo: 40,
    account: 'Wrenfield Distribution',
    deal: 'Driver and warehouse rota',
    title: 'Wrenfield Distribution: rota planning',
    value: 96000,
    currency: 'GBP',
    v1: `# Proposal for Wrenfield Distribution

## About us
We are the leading provider of workforce scheduling software in the UK. Our platform is trusted by over 400 companies and our award-winning team has 15 years of experience.

## Our solution
Our platform includes automated rota building, shift swapping, a mobile app, holiday management, compliance rules and over 40 reports.

## Pricing
Licences: £32,000 per year for three years (£96,000 in total). A 10% discount is available if signed this month.

## Your situation
Wrenfield plans 180 drivers and 120 warehouse staff on paper rotas. Agency spend was £610,000 last year.

## Next steps
We will send the contract.`,
    v2: `# Rota planning for Wrenfield Distribution

## Your situation
Wrenfield plans 180 drivers and 120 warehouse staff on paper rotas at two depots. Agency spend was £610,000 last year, much of it booked the same day when a rota gap is found too late. Sarah Okoye wants agency spend down before the peak season in October.

## What we recommend
Automated rotas for both depots, with gaps flagged seven days ahead and filled from your own staff first, through shift swaps on the mobile app.

## What will change
Planners build a week's rota in an hour instead of a day. Based on your own figures, filling half of today's late gaps internally would save about £180,000 a year.

## How it will work
Eight weeks: Leeds depot first, Doncaster four weeks later. Your two planners are trained in the first week.

## Investment
£32,000 per year for three years (£96,000 in total).

## Next steps
We will send the contract.`,
    annotations: [
      {
        quote: 'We are the leading provider of workforce scheduling software in the UK.',
        comment:
          'The first thing Sarah reads is about us. Open with her problem: the agency spend and why it is booked so late.',
        suggestedRewrite:
          'Wrenfield spent £610,000 on agency staff last year, much of it booked the same day a rota gap was found.',
        behaviourId: 'bhv-opens-proposal-with-buyer-problem',
        level: 1,
        shared: true,
        reply: 'Fair. I moved the situation to the top in v2.',
      },
      {
        quote: 'A 10% discount is available if signed this month.',
        comment:
          'There is no reason for this deadline, and the discount is covering for value we have not described. Take it out.',
        behaviourId: 'bhv-avoids-discount-to-cover-weak-value',
        level: 1,
        shared: true,
      },
      {
        quote: 'Agency spend was £610,000 last year.',
        comment: 'This is the business case, hidden on page two. What share of it would rotas fix?',
        behaviourId: 'bhv-quantifies-cost-of-inaction',
        level: 2,
        shared: true,
      },
      {
        quote: 'We will send the contract.',
        comment: 'Who decides at Wrenfield, and by when? Sarah is not the signatory.',
        behaviourId: 'bhv-states-decision-required',
        level: 1,
        shared: true,
      },
      {
        quote:
          'Our platform includes automated rota building, shift swapping, a mobile app, holiday management, compliance rules and over 40 reports.',
        comment: 'Feature list again. Worth raising in the one-to-one: he sells the product, not the change.',
        shared: false,
      },
    ],
    checklist: {
      v1: {
        problem: 'weak',
        'why-now': 'missing',
        recommendation: 'weak',
        'how-it-works': 'missing',
        change: 'missing',
        cost: 'adequate',
        risks: 'missing',
        decision: 'missing',
      },
      v2: {
        problem: 'strong',
        'why-now': 'adequate',
        recommendation: 'adequate',
        'how-it-works': 'adequate',
        change: 'strong',
        cost: 'adequate',
        risks: 'missing',
        decision: 'missing',
      },
    },
    checklistBehaviours: {
      problem: 'bhv-opens-proposal-with-buyer-problem',
      decision: 'bhv-states-decision-required',
    },
  },
  // ─── Daniel: solid structure, thin on risks and on what the customer must do. ───
  {
    id: 'daniel-auenwald',
    repKey: 'daniel',
    daysAgo: 60,
    account: 'Auenwald Stadtwerke',
    deal: 'Field service scheduling, 240 technicians',
    title: 'Auenwald Stadtwerke: field service scheduling',
    value: 268000,
    currency: 'EUR',
    v1: `# Field service scheduling for Auenwald Stadtwerke

## The problem
Auenwald's 240 technicians answer meter, grid and customer appointments from three separate diaries. First-time fix is 71%, and the regulator's new reporting asks for appointment punctuality from January.

## What we recommend
One schedule for all three kinds of work, with travel-optimised routes and parts checked before a job is assigned.

## How it will work
We configure the system in six weeks and go live in one depot at a time.

## Benefits
Customers get reliable appointments. Technicians drive less. The regulator gets its report.

## Cost
€268,000 over three years, implementation included.

## Decision
Mr Brandt signs the order form by 15 November.`,
    v2: `# Field service scheduling for Auenwald Stadtwerke

## The problem
Auenwald's 240 technicians answer meter, grid and customer appointments from three separate diaries. First-time fix is 71%, and the regulator's new reporting asks for appointment punctuality from January.

## What we recommend
One schedule for all three kinds of work, with travel-optimised routes and parts checked before a job is assigned.

## How it will work
Six weeks of configuration with your planning lead, Jana Vogt, two days a week. Go-live depot by depot, starting with Nord in week 7. Auenwald provides the work-order export from SAP PM by week 2.

## What will change
Target: first-time fix from 71% to 80% within six months, measured from the SAP PM job closures, and punctuality reported to the regulator from day one.

## Risks
The works council must approve location tracking before go-live. Owner: Dr. Brandt, by 1 December.

## Cost
€268,000 over three years, implementation included.

## Decision
Dr. Brandt signs the order form by 15 November.`,
    annotations: [
      {
        quote: 'Customers get reliable appointments. Technicians drive less. The regulator gets its report.',
        comment:
          'True, but nothing here can be measured. You agreed first-time fix as the metric in discovery: put the target and how it will be measured.',
        behaviourId: 'bhv-agrees-measurable-success-metric',
        level: 2,
        shared: true,
      },
      {
        quote: 'We configure the system in six weeks and go live in one depot at a time.',
        comment: 'What does Auenwald have to do, and when? The SAP export and Jana’s time are the real plan.',
        behaviourId: 'bhv-sets-out-implementation-plan',
        level: 2,
        shared: true,
        reply: 'Added Jana’s two days a week and the SAP export date.',
      },
    ],
    checklist: {
      v1: {
        problem: 'strong',
        'why-now': 'adequate',
        recommendation: 'adequate',
        'how-it-works': 'weak',
        change: 'weak',
        cost: 'adequate',
        risks: 'missing',
        decision: 'adequate',
      },
      v2: {
        problem: 'strong',
        'why-now': 'adequate',
        recommendation: 'adequate',
        'how-it-works': 'strong',
        change: 'strong',
        cost: 'adequate',
        risks: 'adequate',
        decision: 'adequate',
      },
    },
    checklistBehaviours: { risks: 'bhv-discloses-material-risks' },
  },
  // ─── Sophie: a good proposal with a buried price-before-value ordering. ───
  {
    id: 'sophie-veldt',
    repKey: 'sophie',
    daysAgo: 30,
    account: 'Veldt Pharma',
    deal: 'Shift planning, three sites',
    title: 'Veldt Pharma: GMP shift planning for three sites',
    value: 144000,
    currency: 'EUR',
    v1: `# GMP shift planning for Veldt Pharma

## Investment
€48,000 per year for three sites, three-year term.

## The problem
Veldt's three packaging sites plan 420 operators by hand. Last year two batches were delayed because no qualified operator was on shift, and each delay cost about €90,000 in write-offs.

## What we recommend
Qualification-aware rotas: a shift cannot be published unless every line has an operator trained for its product.

## How it will work
Ten weeks, site by site, with your QA team approving the qualification rules before each go-live.

## What will change
No shift published without qualified cover, and planners spend half a day less each week on rotas.

## Risks
Training records live in two systems; QA will decide which one is the master.

## Decision required
Marieke de Vries approves the budget at the site leadership meeting on 12 March.`,
    v2: `# GMP shift planning for Veldt Pharma

## The problem
Veldt's three packaging sites plan 420 operators by hand. Last year two batches were delayed because no qualified operator was on shift, and each delay cost about €90,000 in write-offs.

## What we recommend
Qualification-aware rotas: a shift cannot be published unless every line has an operator trained for its product.

## How it will work
Ten weeks, site by site, with your QA team approving the qualification rules before each go-live.

## What will change
No shift published without qualified cover, and planners spend half a day less each week on rotas. Avoiding one delayed batch pays for the first two years.

## Investment
€48,000 per year for three sites, three-year term.

## Risks
Training records live in two systems; QA (Henk Bakker) decides which one is the master by week 2.

## Decision required
Marieke de Vries approves the budget at the site leadership meeting on 12 March.`,
    annotations: [
      {
        quote: '€48,000 per year for three sites, three-year term.',
        comment:
          'The price is the first thing Marieke reads, before the €90,000 batch delays. Move it after the value, and connect the two.',
        behaviourId: 'bhv-builds-business-case-with-buyer',
        level: 2,
        shared: true,
        reply: 'Moved it and added the payback line.',
      },
      {
        quote: 'QA will decide which one is the master.',
        comment: 'Name who in QA, and by when.',
        behaviourId: 'bhv-assigns-owner-to-each-deal-risk',
        level: 3,
        shared: true,
      },
    ],
    checklist: {
      v1: {
        problem: 'strong',
        'why-now': 'weak',
        recommendation: 'strong',
        'how-it-works': 'adequate',
        change: 'adequate',
        cost: 'adequate',
        risks: 'adequate',
        decision: 'strong',
      },
      v2: {
        problem: 'strong',
        'why-now': 'weak',
        recommendation: 'strong',
        'how-it-works': 'adequate',
        change: 'strong',
        cost: 'strong',
        risks: 'strong',
        decision: 'strong',
      },
    },
    checklistBehaviours: { cost: 'bhv-builds-business-case-with-buyer' },
  },
  // ─── Jonas: new in post; a generic proposal that could be sent to anyone. ───
  {
    id: 'jonas-vasaby',
    repKey: 'jonas',
    daysAgo: 25,
    account: 'Vasaby Retail',
    deal: 'Store shift scheduling',
    title: 'Vasaby Retail: store scheduling',
    value: 540000,
    currency: 'SEK',
    v1: `# Store scheduling proposal

## Introduction
Thank you for the opportunity to present our solution. We are excited about a partnership with your company.

## Our solution
Our scheduling platform helps retailers build better schedules. It is easy to use and our customers love it.

## Pricing
SEK 180,000 per year for 38 stores.

## Implementation
We have a proven implementation methodology.

## Next steps
Let us know if you have any questions.`,
    v2: `# Store scheduling for Vasaby Retail

## The problem
Vasaby's 38 store managers spend about six hours a week each on schedules, and Saturday understaffing cost an estimated 3% of weekend sales last autumn, according to Linnea Holm's own store reports.

## What we recommend
Schedules built from each store's footfall forecast, with Saturday cover checked before the schedule is published.

## How it will work
A four-week pilot in five Stockholm stores from 1 April, then the remaining stores in two waves.

## Investment
SEK 180,000 per year for 38 stores.

## Next steps
Let us know if you have any questions.`,
    annotations: [
      {
        quote:
          'Our scheduling platform helps retailers build better schedules. It is easy to use and our customers love it.',
        comment:
          'This could go to any retailer. What did Linnea tell you about Saturdays? Put her problem and her numbers here.',
        behaviourId: 'bhv-opens-proposal-with-buyer-problem',
        level: 1,
        shared: true,
        reply: 'Rewrote it around the Saturday understaffing from her reports.',
      },
      {
        quote: 'We have a proven implementation methodology.',
        comment: 'Say what happens, in which stores, from when.',
        behaviourId: 'bhv-sets-out-implementation-plan',
        level: 1,
        shared: true,
      },
      {
        quote: 'Let us know if you have any questions.',
        comment: 'Still no decision asked for in v2. Practise this in the one-to-one.',
        behaviourId: 'bhv-states-decision-required',
        level: 1,
        shared: false,
      },
    ],
    checklist: {
      v1: {
        problem: 'missing',
        'why-now': 'missing',
        recommendation: 'weak',
        'how-it-works': 'missing',
        change: 'missing',
        cost: 'adequate',
        risks: 'missing',
        decision: 'missing',
      },
      v2: {
        problem: 'strong',
        'why-now': 'weak',
        recommendation: 'adequate',
        'how-it-works': 'adequate',
        change: 'weak',
        cost: 'adequate',
        risks: 'missing',
        decision: 'missing',
      },
    },
    checklistBehaviours: { problem: 'bhv-opens-proposal-with-buyer-problem' },
  },
  // ─── Emily (SDR): a one-page pilot proposal her AE asked her to draft. ───
  {
    id: 'emily-lowther',
    repKey: 'emily',
    daysAgo: 12,
    account: 'Lowther Home Care',
    deal: 'Carer visit scheduling pilot',
    title: 'Lowther Home Care: carer scheduling pilot',
    value: 6000,
    currency: 'GBP',
    v1: `# Carer scheduling pilot for Lowther Home Care

Lowther's coordinators rebuild 60 carers' visit rounds every morning by phone. We would like to offer a pilot of our platform.

The pilot costs £6,000 for three months.

It will reduce missed visits and save coordinator time.`,
    v2: `# Carer scheduling pilot for Lowther Home Care

Lowther's coordinators rebuild 60 carers' visit rounds every morning by phone, and the council contract now measures missed visits each month.

We propose a three-month pilot with the North team's 60 carers: rounds planned the evening before, and changes pushed to carers' phones.

Success measure, agreed with Anne Lowther: missed visits below 1% and morning phone time halved.

The pilot costs £6,000 for three months.

Anne decides at the end of May whether to roll out to all four teams.`,
    annotations: [
      {
        quote: 'It will reduce missed visits and save coordinator time.',
        comment: 'Good instinct. By how much, and how will Anne know? Agree the measure with her.',
        behaviourId: 'bhv-agrees-measurable-success-metric',
        level: 2,
        shared: true,
        reply: 'Asked Anne: under 1% missed visits is the council target.',
      },
    ],
    checklist: {
      v1: {
        problem: 'adequate',
        recommendation: 'weak',
        change: 'weak',
        cost: 'adequate',
        decision: 'missing',
      },
      v2: {
        problem: 'strong',
        'why-now': 'adequate',
        recommendation: 'adequate',
        change: 'strong',
        cost: 'adequate',
        decision: 'adequate',
      },
    },
  },
];
