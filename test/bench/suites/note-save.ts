// An autosave of one-to-one notes with behaviour tags (the save reconciles tags and observations), at
// two sizes of team history: the budget is p95 < 15 ms and flat as the history grows.
import type { Database } from 'better-sqlite3';
import type { Core } from '../../../electron/core/core';
import type { RichTextDoc } from '../../../shared/contract';
import type { BenchDatabase } from '../data/cache';
import { coreOn, fullDataSet, quarterDataSet } from '../context';
import { callOk, compare } from '../measure';
import type { Measured, Suite } from '../suite';

const SAVE_BUDGET = 15;

/** A held one-to-one whose shared notes carry tags, the longest (or a typical one). */
function meetingWithTags(sqlite: Database, longest: boolean): { id: string; words: number } {
  const rows = sqlite
    .prepare(
      `SELECT n.one_on_one_id AS id, length(n.text) - length(replace(n.text, ' ', '')) + 1 AS words
       FROM one_on_one_notes n
       WHERE n.part = 'shared' AND n.one_on_one_id IN (
         SELECT source_id FROM observations WHERE source_kind = 'one-on-one' ORDER BY source_id DESC LIMIT 400)
       ORDER BY words, n.one_on_one_id`,
    )
    .all() as { id: string; words: number }[];
  return longest ? rows[rows.length - 1]! : rows[Math.floor(rows.length / 2)]!;
}

/** The raw work of the same save: check the revision, find the document's tagged observations, write. */
function rawSave(sqlite: Database) {
  const revision = sqlite.prepare(
    "SELECT revision FROM one_on_one_notes WHERE one_on_one_id = ? AND part = 'shared'",
  );
  const anchored = sqlite.prepare(
    "SELECT id, evidence, anchor_state FROM observations WHERE source_kind = 'one-on-one' AND source_id = ? AND json_extract(anchor, '$.part') = 'shared'",
  );
  const write = sqlite.prepare(
    // The revision is left as it is, so the app's next save is not refused as a conflict.
    "UPDATE one_on_one_notes SET doc = ?, text = ?, updated_at = ? WHERE one_on_one_id = ? AND part = 'shared' AND revision = ?",
  );
  return sqlite.transaction((id: string, doc: string, text: string) => {
    const r = (revision.get(id) as { revision: number }).revision;
    anchored.all(id);
    write.run(doc, text, new Date().toISOString(), id, r);
  });
}

async function saves(data: BenchDatabase, label: string, longest: boolean): Promise<Measured> {
  const core: Core = coreOn(data, { copy: true, label: `save-${data.spec.name}` });
  const sqlite = core.database.sqlite;
  const meeting = meetingWithTags(sqlite, longest);
  const current = await callOk(core, 'oneOnOnes.get', { id: meeting.id });
  let revision = current.shared.revision;
  const doc = current.shared.doc as RichTextDoc & { content: unknown[] };
  const raw = rawSave(sqlite);
  const docText = JSON.stringify(doc);
  let typed = 0;
  const measured = await compare({
    what: `${label}: oneOnOnes.saveNotes, ${meeting.words} words (${data.counts.observations.toLocaleString('en-GB')} observations)`,
    runs: 60,
    budgetP95Ms: SAVE_BUDGET,
    app: async () => {
      // What the editor sends after a few keystrokes: the same document with a little more typed.
      typed += 1;
      const edited = {
        ...doc,
        content: [
          ...doc.content,
          { type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(typed) }] },
        ],
      };
      const saved = await callOk(core, 'oneOnOnes.saveNotes', {
        id: meeting.id,
        part: 'shared',
        revision,
        doc: edited,
      });
      revision = saved.revision;
    },
    raw: () => raw(meeting.id, docText, 'text'),
  });
  core.close();
  return measured;
}

export const noteSaveSuite: Suite = {
  name: 'Note save with tag reconciliation',
  async run() {
    return [
      await saves(quarterDataSet(), 'Quarter team', false),
      await saves(fullDataSet(), 'Full team', false),
      await saves(fullDataSet(), 'Full team, long note', true),
    ];
  },
};
