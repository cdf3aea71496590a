import { writeSetting } from '../../../db/repositories/settings';
import type { Dispatcher } from '../dispatch';
import { OWNER_KEY } from '../services/access';
import { demoCaller } from './support';
import type { DemoSeedContext } from './team';

const call = demoCaller('Demo share pack');

/** The demo's rep view: whose pack it is, and who sent it. */
export const DEMO_PACK_REP_KEY = 'emily';
export const DEMO_PACK_MANAGER_KEY = 'priya';

/**
 * Emily Chen's side of the demo, as two copies of Coachbench would leave it: Priya Raman saved a share
 * pack for Emily; Emily opened it in her own space, answered a scorecard line (with her own level) and
 * added a talking point for her next one-to-one, and sent the reply file back; Priya imported it, so her
 * copy shows Emily's reply beside the feedback. Switching to Emily in Settings shows the pack open.
 *
 * The demo is one database, so the owner is set directly for each step (no switches in the Settings
 * log: nobody switched; the demo's first owner is claimed after this).
 */
export function seedDemoSharePack(
  ctx: DemoSeedContext & { dispatcher: Dispatcher },
  ids: Map<string, string>,
): { packs: number; replies: number } {
  const { dispatcher } = ctx;
  const as = (key: string) => writeSetting(ctx.db, OWNER_KEY, ids.get(key)!);
  as(DEMO_PACK_MANAGER_KEY);
  const exported = call(dispatcher, 'sharePacks.export', { repId: ids.get(DEMO_PACK_REP_KEY)! });

  as(DEMO_PACK_REP_KEY);
  const { preparedId } = call(dispatcher, 'sharePacks.prepareOpen', {
    fileName: exported.fileName,
    content: exported.content,
  });
  const opened = call(dispatcher, 'sharePacks.open', { preparedId });
  const pack = opened.pack;
  // She answers the call feedback that rated her lowest: where a rep is most likely to see it differently.
  const answered = [...pack.observations]
    .filter((o) => o.level !== null && o.kind !== 'observation')
    .sort((a, b) => a.level! - b.level! || b.observedOn.localeCompare(a.observedOn))[0];
  let replies = 0;
  if (answered) {
    call(dispatcher, 'sharePacks.respond', {
      openedId: opened.id,
      kind: 'reply',
      itemId: answered.id,
      stance: 'differ',
      selfLevel: Math.min(4, (answered.level ?? 2) + 1),
      text: 'I held back on purpose: the buyer had ten minutes and I wanted the second meeting more than the full picture. Happy to talk it through.',
    });
    replies += 1;
  }
  const next = pack.oneOnOnes
    .filter((m) => m.status === 'scheduled')
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (next) {
    call(dispatcher, 'sharePacks.respond', {
      openedId: opened.id,
      kind: 'agenda-point',
      itemId: next.id,
      text: 'How do I hand over a lead that is not quite qualified?',
    });
    replies += 1;
  }
  const file = call(dispatcher, 'sharePacks.replyFile', { openedId: opened.id });

  as(DEMO_PACK_MANAGER_KEY);
  const back = call(dispatcher, 'sharePacks.prepareReplies', {
    fileName: file.fileName,
    content: file.content,
  });
  call(dispatcher, 'sharePacks.importReplies', { preparedId: back.preparedId });
  writeSetting(ctx.db, OWNER_KEY, null);
  return { packs: 1, replies };
}
