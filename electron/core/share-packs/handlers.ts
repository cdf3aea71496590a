import { defineDomain } from '../registry';
import { exportPack, packLog } from './export';
import { importReplies } from './replies';
import { openedPacks, openPack, replyFile, respond } from './rep-space';
import { preparePackOpen, prepareReplyFile } from './prepare';

/** Share packs (docs/share-pack.md): the manager's export and reply import, the rep's read-only space. */
export const sharePacksDomain = defineDomain('sharePacks', {
  export: exportPack,
  log: packLog,
  prepareOpen: preparePackOpen,
  open: openPack,
  opened: openedPacks,
  respond,
  replyFile,
  prepareReplies: prepareReplyFile,
  importReplies,
});
