import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../shared/domain/default-library';
import {
  promptsByStage,
  RETRO_PROMPTS,
  retrospectiveTemplate,
  STAGE_PROMPT,
} from '../../shared/domain/retrospective';
import { markdownOf } from '../../shared/rich-text/markdown';
import { retroAnswersOf } from '../../shared/rich-text/retro-answers';
import { richTextProblem } from '../../shared/rich-text/schema';

const stages = DEFAULT_STAGES.map((s) => ({ id: s.id, name: s.name }));
const upTo = (id: string) => stages.slice(0, stages.findIndex((s) => s.id === id) + 1);

describe('the lost-deal retrospective template', () => {
  it('asks every prompt once: at its home stage when reached, otherwise at the stage the deal was lost', () => {
    const reached = upTo('stage-discovery-need-analysis');
    const asked = promptsByStage(reached);
    expect(asked.get('stage-initial-contact-qualification')).toEqual(['problem-real', 'fit']);
    // Alternatives and blockers belong to later stages the deal never reached: asked where it was lost.
    expect(asked.get('stage-discovery-need-analysis')).toEqual([
      'urgency',
      'do-nothing',
      'afford',
      'decision',
      'alternatives',
      'blockers',
    ]);
    expect([...asked.values()].flat().sort()).toEqual(RETRO_PROMPTS.map((p) => p.id).sort());
  });

  it('is a document of the one schema: a section per stage reached, the history in place, answers unmarked', () => {
    const doc = retrospectiveTemplate({
      stagesReached: upTo('stage-proposal-demonstration'),
      history: [
        {
          on: '2026-01-10',
          text: 'Stage moved to Discovery — first meeting with the COO',
          stageId: 'stage-discovery-need-analysis',
        },
        { on: '2026-02-02', text: 'Lost — the board chose to wait a year', stageId: null },
      ],
      whatWouldHaveChanged: 'Meeting the CFO before the proposal.',
    });
    expect(richTextProblem(doc)).toBeNull();
    const headings = doc.content
      .filter((n) => n.type === 'heading')
      .map((n) => (n.content as { text: string }[])[0]!.text);
    expect(headings).toEqual([
      ...upTo('stage-proposal-demonstration').map((s) => s.name),
      'How it ended',
      'Lessons learned',
      'What would have changed it',
    ]);
    const answers = retroAnswersOf(doc);
    expect(answers.every((a) => a.status === null && a.text === '')).toBe(true);
    expect(answers.filter((a) => a.prompt === STAGE_PROMPT.id)).toHaveLength(5);
    expect(answers.find((a) => a.prompt === 'decision')?.stage).toBe('stage-discovery-need-analysis');
    const markdown = markdownOf(doc);
    expect(markdown).toContain('**2026-01-10:** Stage moved to Discovery — first meeting with the COO');
    expect(markdown).toContain('Meeting the CFO before the proposal.');
    expect(markdown).toContain('*Not marked*');
  });

  it('reads marked answers back, and refuses a mark that is neither evidence nor assumption', () => {
    const answer = (status: unknown, words: string) => ({
      type: 'retroAnswer',
      attrs: { prompt: 'decision', stage: 'stage-discovery-need-analysis', status },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
    });
    const doc = { type: 'doc', content: [answer('assumption', 'We thought the COO signed.')] };
    expect(richTextProblem(doc)).toBeNull();
    expect(retroAnswersOf(doc)).toEqual([
      {
        prompt: 'decision',
        stage: 'stage-discovery-need-analysis',
        status: 'assumption',
        text: 'We thought the COO signed.',
      },
    ]);
    expect(markdownOf(doc)).toBe('*Assumption*\n\nWe thought the COO signed.');
    expect(richTextProblem({ type: 'doc', content: [answer('hope', 'x')] })).toEqual({
      path: ['content', 0, 'attrs', 'status'],
      message: 'a retrospective answer is marked "evidence" or "assumption", or not at all',
    });
    // An answer holds paragraphs and lists, not another answer or a heading.
    expect(
      richTextProblem({ type: 'doc', content: [{ ...answer(null, 'x'), content: [answer(null, 'y')] }] }),
    ).not.toBeNull();
  });
});
