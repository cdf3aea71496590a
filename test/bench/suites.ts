// Every benchmark suite `npm run bench` runs, in order. Add yours on its own line.
import { progressSuite } from './progress';
import type { Suite } from './suite';

export const suites: Suite[] = [progressSuite];
