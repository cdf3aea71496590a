// Every benchmark suite `npm run bench` runs, in order. Add yours on its own line.
import { progressSuite } from './progress';
import type { Suite } from './suite';
import { transcriptHostileSuite } from './transcript-hostile';
import { transcriptImportSuite } from './transcript-import';

export const suites: Suite[] = [transcriptHostileSuite, transcriptImportSuite, progressSuite];
