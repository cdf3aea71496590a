import { RETRO_ANSWER_NODE } from '../rich-text/retro-answers';

/**
 * The prompts of a lost-deal retrospective, from qualification and discovery practice (the essay's
 * "Qualification protects the pipeline"; issue 15). Each has a home stage, where the answer should have
 * been known; ids match the deal's qualification card questions where they ask the same thing, and are
 * stored in documents: never rename one.
 */
export const RETRO_PROMPTS = [
  { id: 'problem-real', text: 'Was the problem real?', stageId: 'stage-initial-contact-qualification' },
  { id: 'fit', text: 'Was the customer the right fit?', stageId: 'stage-initial-contact-qualification' },
  { id: 'urgency', text: 'Was there urgency?', stageId: 'stage-discovery-need-analysis' },
  { id: 'do-nothing', text: 'What happens if they do nothing?', stageId: 'stage-discovery-need-analysis' },
  { id: 'afford', text: 'Could they afford it?', stageId: 'stage-discovery-need-analysis' },
  { id: 'decision', text: 'Who decided, and how?', stageId: 'stage-discovery-need-analysis' },
  {
    id: 'alternatives',
    text: 'What alternatives were considered?',
    stageId: 'stage-solution-fit-value-definition',
  },
  {
    id: 'blockers',
    text: 'What could stop the deal — and did we know?',
    stageId: 'stage-negotiation-risk-resolution',
  },
] as const;
export type RetroPromptId = (typeof RETRO_PROMPTS)[number]['id'];

/** The prompt whose answer says whether the decision process was known or assumed (the dashboard's share). */
export const DECISION_PROMPT: RetroPromptId = 'decision';

/** Asked at every stage reached: what moved the deal there, in the customer's deeds rather than our hopes. */
export const STAGE_PROMPT = {
  id: 'customer-action',
  text: 'What did the customer do or say that moved the deal to this stage?',
} as const;

export interface TemplateStage {
  id: string;
  name: string;
}

export interface TemplateHistoryEntry {
  /** `YYYY-MM-DD`. */
  on: string;
  /** What happened, in words ("Stage: Discovery → Proposal — they asked for pricing"). */
  text: string;
  /** The stage the deal was in after this entry, to place it in that stage's section; null for the end. */
  stageId: string | null;
}

type Json = Record<string, unknown>;
const text = (value: string, marks?: Json[]): Json =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: Json[]): Json =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const heading = (level: number, value: string): Json => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const answer = (stageId: string, promptId: string): Json => ({
  type: RETRO_ANSWER_NODE,
  attrs: { prompt: promptId, stage: stageId, status: null },
  content: [paragraph()],
});

/**
 * Which prompts each reached stage asks: a prompt sits in its home stage's section when the deal got
 * there, and otherwise in the last stage reached (where the deal was lost, the question still needs an
 * honest answer). Every prompt is asked exactly once.
 */
export function promptsByStage(stagesReached: readonly TemplateStage[]): Map<string, RetroPromptId[]> {
  const byStage = new Map<string, RetroPromptId[]>(stagesReached.map((s) => [s.id, []]));
  const last = stagesReached.at(-1);
  if (!last) return byStage;
  for (const prompt of RETRO_PROMPTS)
    byStage.get(byStage.has(prompt.stageId) ? prompt.stageId : last.id)!.push(prompt.id);
  return byStage;
}

/**
 * The retrospective a lost deal opens with: a section per stage reached (oldest first), each with the
 * deal's history at that stage and an answer block per prompt to mark evidence or assumption; then the
 * end of the deal, lessons learned and what would have changed it (the quick form's sentence, if given).
 * A document of the one rich-text schema, so it is edited, tagged and exported like any other.
 */
export function retrospectiveTemplate(input: {
  stagesReached: readonly TemplateStage[];
  history: readonly TemplateHistoryEntry[];
  whatWouldHaveChanged: string | null;
}): { type: 'doc'; content: Json[] } {
  const content: Json[] = [];
  const prompts = promptsByStage(input.stagesReached);
  const entryLine = (e: TemplateHistoryEntry) =>
    paragraph(text(`${e.on}: `, [{ type: 'bold' }]), text(e.text));
  for (const stage of input.stagesReached) {
    content.push(heading(2, stage.name));
    const entries = input.history.filter((e) => e.stageId === stage.id);
    for (const entry of entries) content.push(entryLine(entry));
    for (const id of [STAGE_PROMPT.id, ...(prompts.get(stage.id) ?? [])]) {
      const prompt = id === STAGE_PROMPT.id ? STAGE_PROMPT : RETRO_PROMPTS.find((p) => p.id === id)!;
      content.push(paragraph(text(prompt.text, [{ type: 'bold' }])), answer(stage.id, prompt.id));
    }
  }
  const ending = input.history.filter((e) => e.stageId === null || !prompts.has(e.stageId));
  if (ending.length > 0) {
    content.push(heading(2, 'How it ended'));
    for (const entry of ending) content.push(entryLine(entry));
  }
  content.push(heading(2, 'Lessons learned'), paragraph());
  content.push(
    heading(2, 'What would have changed it'),
    input.whatWouldHaveChanged ? paragraph(text(input.whatWouldHaveChanged)) : paragraph(),
  );
  return { type: 'doc', content };
}
