import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo';
import { agendaPointForSuggestion } from '../../shared/domain/prep-brief';
import { makeCore, sequentialIds, type TestCore, value } from '../helpers/core';

let core: TestCore;
beforeAll(() => {
  core = makeCore();
  seedDemo(core, core.clock, sequentialIds('demo'));
});
afterAll(() => core.close());

const PRIVATE_MARKER = 'PRIVATE-MARKER-resignation-risk';
const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe("the rep's copy of a one-to-one", () => {
  it('holds what was shared with the rep: no suggestion reasons, no private notes', async () => {
    const reps = (await value(core, 'people.list', { status: 'active' })).filter((p) => p.kind === 'rep');
    let checked = 0;
    for (const rep of reps) {
      const brief = await value(core, 'oneOnOnes.prepBrief', { repId: rep.id });
      if (brief.suggestions.length === 0) continue;
      const meeting = brief.nextOneOnOne
        ? await value(core, 'oneOnOnes.get', { id: brief.nextOneOnOne.id })
        : await value(core, 'oneOnOnes.create', { repId: rep.id, date: '2026-03-09' });
      // What the manager does from the brief: each suggestion onto the agenda, and as the focus.
      for (const s of brief.suggestions)
        await value(core, 'agenda.add', { oneOnOneId: meeting.id, text: agendaPointForSuggestion(s) });
      await value(core, 'oneOnOnes.setFocus', {
        id: meeting.id,
        behaviourIds: brief.suggestions.map((s) => s.behaviourId),
      });
      await value(core, 'oneOnOnes.saveNotes', {
        id: meeting.id,
        revision: meeting.private!.revision,
        part: 'private',
        doc: paragraph(`${PRIVATE_MARKER}: ${brief.suggestions[0]!.reason}`),
      });

      const { markdown } = await value(core, 'oneOnOnes.exportMarkdown', { id: meeting.id });
      for (const s of brief.suggestions) {
        expect(markdown, rep.name).toContain(s.name);
        expect(markdown, rep.name).not.toContain(s.reason);
      }
      expect(markdown).not.toMatch(/gap observed|Focus suggestion/);
      expect(markdown).not.toContain(PRIVATE_MARKER);
      checked += 1;
    }
    // The demo must give the test something to check.
    expect(checked).toBeGreaterThan(0);
  });
});
