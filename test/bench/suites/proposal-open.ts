// A 50-page proposal (~25,000 words, headings, lists and a table every five pages), as a .docx:
// imported through proposals.prepare (mammoth, in the import worker) and proposals.create; opened with
// proposals.get (the read the review screen makes: document, 200 annotations, checklist, signals);
// revised (proposals.addVersion: diff and carry-over of 200 annotations); exported as HTML.
// Budget from issue 14: the proposal opens in under 1 s.
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import { documentText } from '../../../shared/rich-text/text-offsets';
import { type DocxBlock, proposalDocx } from '../../helpers/proposal-files';
import { openCore, scratchDir } from '../context';
import { callOk, compare } from '../measure';
import type { Suite } from '../suite';

const OPEN_BUDGET = 1000;
const PAGES = 50;
const WORDS_PER_PAGE = 500;

const SENTENCES = [
  'Northwind loses six percent of orders to stock-outs in its three regional warehouses every quarter.',
  'Planners rebuild the forecast by hand each Monday, and the figures reach buyers two days late.',
  'We recommend one demand plan shared by purchasing, sales and the warehouses, updated every night.',
  'The pilot runs for sixty days in the Leeds warehouse before the other two sites join.',
  'Success is measured as the share of orders shipped complete, from the warehouse system itself.',
  'The main risk is the quality of the item master, which finance owns and will clean by week three.',
  'Your team keeps control of every order: the plan proposes, the buyer decides.',
  'The investment pays back within eleven months on the stock-out figures you shared with us.',
];

/** Page `p` of a 50-page proposal, about WORDS_PER_PAGE words. */
function page(p: number, revised: boolean): DocxBlock[] {
  const blocks: DocxBlock[] = [
    {
      heading: p % 5 === 0 ? 1 : 2,
      text: `Section ${p + 1}: ${p % 2 ? 'How it will work' : 'What will change'}`,
    },
  ];
  let words = 0;
  let i = p;
  while (words < WORDS_PER_PAGE) {
    const paragraph = [0, 1, 2, 3, 4].map((k) => SENTENCES[(i + k) % SENTENCES.length]!).join(' ');
    // The revision rewrites one paragraph in ten.
    blocks.push({
      paragraph: revised && i % 10 === 3 ? `Revised: ${paragraph.replace('sixty', 'forty-five')}` : paragraph,
    });
    words += paragraph.split(' ').length;
    i += 1;
  }
  blocks.push({
    bullets: [
      'Leeds first, then Wakefield and Hull',
      'Weekly review with the buyers',
      'Item master cleaned by week three',
    ],
  });
  if (p % 5 === 4)
    blocks.push({
      table: [
        ['Phase', 'Weeks', 'Owner'],
        ['Pilot', '1–8', 'Operations'],
        ['Roll-out', '9–20', 'IT'],
      ],
    });
  return blocks;
}

function fiftyPages(revised: boolean): Buffer {
  return proposalDocx(Array.from({ length: PAGES }, (_, p) => page(p, revised)).flat());
}

async function importProposal(core: Core, repId: string, bytes: Buffer) {
  const { preparedId } = await callOk(core, 'proposals.prepare', {
    fileName: 'northwind-50-pages.docx',
    contentBase64: bytes.toString('base64'),
  });
  return callOk(core, 'proposals.create', {
    repId,
    title: 'Northwind demand planning',
    account: 'Northwind',
    date: '2026-11-20',
    source: { preparedId },
  });
}

export const proposalOpenSuite: Suite = {
  name: 'Proposal reviews (a 50-page proposal)',
  async run() {
    const core = openCore(path.join(scratchDir('proposals'), 'coachbench.db'));
    const manager = await callOk(core, 'people.create', {
      name: 'Marcus Webb',
      kind: 'manager',
      managerId: null,
    });
    const rep = await callOk(core, 'people.create', {
      name: 'Tom Fielding',
      kind: 'rep',
      managerId: manager.id,
    });
    await callOk(core, 'workspace.claim', { personId: manager.id });
    const v1 = fiftyPages(false);
    const v2 = fiftyPages(true);

    const imported = await compare({
      what: 'Import a 50-page .docx (25,000 words): proposals.prepare (worker) then proposals.create',
      runs: 5,
      app: () => importProposal(core, rep.id, v1),
    });

    const review = await importProposal(core, rep.id, v1);
    const first = await callOk(core, 'proposals.get', { id: review.id });
    const text = documentText(first.version.document).text;
    // 200 annotations spread over the document, every fifth with a behaviour (an observation each).
    for (let n = 0; n < 200; n += 1) {
      const start = Math.floor((text.length - 200) * (n / 200));
      await callOk(core, 'proposals.annotate', {
        versionId: first.version.id,
        range: { start, end: start + 60 },
        comment: `Comment ${n}: tie this to the stock-out figures.`,
        behaviourId: n % 5 === 0 ? 'bhv-quantifies-cost-of-inaction' : null,
        level: n % 5 === 0 ? 2 : null,
      });
    }
    const words = text.split(/\s+/).length;

    const opened = await compare({
      what: `Open it: proposals.get (${words.toLocaleString('en')} words, 200 annotations, checklist, signals)`,
      runs: 20,
      budgetP95Ms: OPEN_BUDGET,
      app: () => callOk(core, 'proposals.get', { id: review.id }),
    });

    let label = 0;
    const revised = await compare({
      what: 'Import a revised version and carry 200 annotations over (diff of 25,000 words)',
      runs: 5,
      app: async () => {
        const { preparedId } = await callOk(core, 'proposals.prepare', {
          fileName: 'v2.docx',
          contentBase64: v2.toString('base64'),
        });
        label += 1;
        // Each run revises a fresh copy of v1's review, so every run carries the same 200 annotations.
        return callOk(core, 'proposals.addVersion', {
          reviewId: review.id,
          label: `v2 run ${label}`,
          source: { preparedId },
        });
      },
    });

    const exported = await compare({
      what: 'Export the annotated proposal as HTML',
      runs: 10,
      app: () => callOk(core, 'proposals.export', { id: review.id, versionId: first.version.id }),
    });
    core.close();
    return [imported, opened, revised, exported];
  },
};
