// Every benchmark suite `npm run bench` runs, in order. Add yours on its own line.
import { progressSuite } from './progress';
import type { Suite } from './suite';
import { basicsSuite } from './suites/basics';
import { noteSaveSuite } from './suites/note-save';
import { openSuite } from './suites/open';
import { screenReadsSuite } from './suites/screen-reads';
import { searchSuite } from './suites/search';
import { twoHourImportSuite } from './suites/transcript-import';
import { transcriptHostileSuite } from './transcript-hostile';
import { transcriptImportSuite } from './transcript-import';
import { progressFullSuite } from './suites/progress-full';
import { dealImportSuite } from './deal-import';
import { proposalOpenSuite } from './suites/proposal-open';
import { durabilitySuite } from './suites/durability';

export const suites: Suite[] = [
  openSuite,
  screenReadsSuite,
  noteSaveSuite,
  twoHourImportSuite,
  basicsSuite,
  transcriptHostileSuite,
  transcriptImportSuite,
  progressSuite,
  progressFullSuite,
  dealImportSuite,
  proposalOpenSuite,
  searchSuite,
  durabilitySuite,
];
