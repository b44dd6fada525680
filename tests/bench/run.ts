import { a4Figures } from './a4.js';
import { caseCommitFigures } from './case-commit.js';
import { catalogFigures } from './catalog.js';
import { citizenUiFigures } from './citizen-ui.js';
import { coldStartFigures } from './cold-start.js';
import { consoleFleetFigures } from './console-fleet.js';
import { formatTable, type Figure } from './figure.js';
import { fleetHeartbeatFigures } from './fleet-heartbeats.js';
import { guideFigures } from './guide.js';
import { handwritingFigures } from './handwriting.js';
import { idcardFigures } from './idcard.js';
import { platformFigures } from './platform-ingest.js';
import { printerFigures } from './printer.js';
import { remoteWindowFigures } from './remote-window.js';
import { scanFigures } from './scan.js';
import { soakBenchFigures } from './soak.js';
import { storeGrowthFigures } from './store-growth.js';

/**
 * `npm run bench [-- --json] [-- --only catalog,printer]`: every figure beside its limit or a peer
 * measured in this run; `--only` runs the named suites alone, e.g. to measure one without the load of the others.
 * Later capabilities add their suites here.
 */
const suites: { name: string; run: () => Promise<Figure[]> | Figure[] }[] = [
  { name: 'store', run: caseCommitFigures },
  { name: 'ui', run: coldStartFigures },
  { name: 'idcard', run: idcardFigures },
  { name: 'platform', run: platformFigures },
  { name: 'fleet', run: fleetHeartbeatFigures },
  { name: 'printer', run: printerFigures },
  { name: 'a4', run: a4Figures },
  { name: 'catalog', run: catalogFigures },
  { name: 'citizen-ui', run: citizenUiFigures },
  { name: 'scan', run: scanFigures },
  { name: 'console', run: consoleFleetFigures },
  { name: 'soak', run: soakBenchFigures },
  { name: 'guide', run: guideFigures },
  { name: 'remote', run: remoteWindowFigures },
  { name: 'store-growth', run: storeGrowthFigures },
  { name: 'handwriting', run: handwritingFigures },
];

const json = process.argv.includes('--json');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt < 0 ? null : new Set((process.argv[onlyAt + 1] ?? '').split(','));
const unknown = only ? [...only].filter((name) => !suites.some((s) => s.name === name)) : [];
if (unknown.length > 0) throw new Error(`no bench suite ${unknown.join(', ')}; the suites are ${suites.map((s) => s.name).join(', ')}`);
const figures: Figure[] = [];
for (const suite of suites.filter((s) => !only || only.has(s.name))) {
  const measured = await suite.run();
  figures.push(...measured);
  if (json) for (const f of measured) process.stdout.write(`${JSON.stringify(f)}\n`);
}
if (!json) process.stdout.write(`${formatTable(figures)}\n`);
