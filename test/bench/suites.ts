// Every benchmark suite `npm run bench` runs, in order. Add yours on its own line.
import type { Suite } from './suite';
import { basicsSuite } from './suites/basics';
import { noteSaveSuite } from './suites/note-save';
import { openSuite } from './suites/open';
import { screenReadsSuite } from './suites/screen-reads';
import { transcriptImportSuite } from './suites/transcript-import';

export const suites: Suite[] = [
  openSuite,
  screenReadsSuite,
  noteSaveSuite,
  transcriptImportSuite,
  basicsSuite,
];
