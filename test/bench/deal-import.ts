// Issue 15's budget for the CRM importer (shared with issue 19's open pipeline): 10,000 rows of a CRM
// export imported in under 3 s, read in the import worker (deals.prepareImport) then written in one
// transaction (deals.import). A second import of the same file updates every deal by its CRM id.
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/core';
import type { ApiResult, InputOf, MethodName, OutputOf } from '../../shared/contract';
import { migrationsFolder, scratchDir, silentLogger } from './context';
import type { Measured, Suite } from './suite';

const ROWS = 10_000;
const RUNS = 3;
const STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Proposal/Price Quote',
  'Negotiation/Review',
];

/** A Salesforce-report-shaped file: quoted cells, a comma in names, US dates, amounts with separators. */
function crmExport(rows: number, reps: readonly string[]): string {
  const lines = [
    '"Opportunity ID","Account Name","Opportunity Name","Opportunity Owner","Amount","Currency","Stage","Close Date","Forecast Category","Next Step"',
  ];
  for (let i = 0; i < rows; i++) {
    const amount = (1000 + ((i * 7919) % 250_000)).toLocaleString('en-US');
    lines.push(
      `"0065g${String(i).padStart(10, '0')}","Account ${i % 900}, Ltd","Deal ${i}","${reps[i % reps.length]}","${amount}.00","EUR","${STAGES[i % STAGES.length]}","${(i % 12) + 1}/${(i % 28) + 1}/2026","${['Pipeline', 'Best Case', 'Commit'][i % 3]}","Call back, then demo"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const dealImportSuite: Suite = {
  name: 'CRM CSV import (10,000 rows)',
  async run(): Promise<Measured[]> {
    const core = createCore({
      dbFile: `${scratchDir('deal-import')}/coachbench.db`,
      migrationsFolder,
      transport: 'http',
      appVersion: 'bench',
      logger: silentLogger,
    });
    const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
      const result = (await core.dispatcher.call(method, input)) as ApiResult<OutputOf<M>>;
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };
    try {
      const names = ['Sam Patel', 'Ana Souza', 'Jonas Berg', 'Mia Okafor', 'Leo Novak'];
      const reps = [];
      for (const name of names) reps.push(await call('people.create', { name }));
      const library = await call('library.get', {});
      const contentBase64 = Buffer.from(crmExport(ROWS, names)).toString('base64');
      const input = {
        fileName: 'opportunities.csv',
        contentBase64,
        dateFormat: 'MM/DD/YYYY' as const,
        reps: reps.map((r) => ({ id: r.id, name: r.name, email: null })),
        stages: library.stages.map((s) => ({ id: s.id, name: s.name })),
      };
      const prepare: number[] = [];
      const commit: number[] = [];
      const total: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const preview = await call('deals.prepareImport', input);
        const prepared = performance.now();
        if (preview.validCount !== ROWS)
          throw new Error(`expected ${ROWS} valid rows, got ${preview.validCount}`);
        const result = await call('deals.import', {
          preparedId: preview.preparedId,
          crmSource: 'salesforce',
        });
        const end = performance.now();
        // The first run creates every deal; the later ones update each by its CRM id, never doubling.
        if (result.created + result.updated !== ROWS) throw new Error('not every row was written');
        prepare.push(prepared - start);
        commit.push(end - prepared);
        total.push(end - start);
      }
      return [
        { what: 'read and map 10,000 CRM rows (deals.prepareImport, worker)', samples: prepare },
        { what: 'write 10,000 deals (deals.import, first creates, then updates)', samples: commit },
        { what: 'import 10,000 CRM rows, read to written', samples: total, budgetP95Ms: 3000 },
      ];
    } finally {
      core.close();
    }
  },
};
