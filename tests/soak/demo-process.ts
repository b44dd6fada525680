// The demo as `npm start` runs it, in a process of its own so that the soak measures the browser
// host and the platform without its own bookkeeping in the same heap. The soak forks it with the
// Node inspector on (the core it forks inherits that), and asks it over IPC for what only this
// process can do: lay a card on the simulated reader, run the printer out of paper, stop the
// platform, publish a catalog update, count what the platform stored.
import type { z } from 'zod';
import { startDemo } from '../../cli/demo/start-demo.js';
import { SIM_CARDS } from '../../drivers/sim/cards.js';
import { adoptionOf, catalogUpdate, updatedCatalog } from './catalog-update.js';
import { demoRequestSchema, type catalogAdoptionSchema, type DemoRequest, type storedSchema } from './demo-protocol.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: demo-process.js DATA_DIR');
const send = (message: unknown) => process.send?.(message);

// The sync intervals of a lobby, but a quicker retry cap, so a platform outage of a few minutes
// ends with the outbox draining within the run.
const demo = await startDemo({ dataDir, cards: 'manual', log: () => undefined, sync: { backoffMaxMs: 10_000 } });
const { devices } = demo;
const printer = devices.printerSim;
if (!devices.idcardSim || !printer) throw new Error('the soak needs socat: the simulators on ptys');

async function answer(request: DemoRequest): Promise<unknown> {
  switch (request.op) {
    case 'placeCard': {
      const card = SIM_CARDS[request.card];
      if (!card) throw new Error(`no simulated card ${request.card}`);
      // An unplugged reader sees no card: the citizen's identify fails and they type instead.
      return devices.idcardSim?.placeCard(card);
    }
    case 'removeCard':
      return devices.idcardSim?.removeCard();
    case 'reader':
      return request.plugged ? devices.plugReader?.() : devices.unplugReader?.();
    case 'paper':
      return printer?.setState({ paperOut: request.out, paperNearEnd: request.out });
    case 'platform':
      return request.up ? demo.platform.start() : demo.platform.stop();
    case 'publishCatalog':
      return demo.platform.publishCatalog(updatedCatalog(), catalogUpdate.version);
    case 'catalogAdoption':
      return catalogAdoption();
    case 'stored':
      return stored(request.caseNumbers);
    case 'close':
      await demo.close();
      return process.exit(0);
  }
}

async function stored(caseNumbers: string[]): Promise<z.infer<typeof storedSchema>> {
  const { rows } = await demo.platform.db.query<{ rows: string; distinct: string; total: string }>(
    `SELECT count(*) FILTER (WHERE case_number = ANY($1)) AS rows,
            count(DISTINCT case_number) FILTER (WHERE case_number = ANY($1)) AS distinct,
            count(*) AS total
       FROM cases`,
    [caseNumbers],
  );
  const row = rows[0];
  return { rows: Number(row?.rows), distinct: Number(row?.distinct), platformTotal: Number(row?.total) };
}

async function catalogAdoption(): Promise<z.infer<typeof catalogAdoptionSchema>> {
  const [terminal] = await adoptionOf({ url: demo.platform.url, adminToken: demo.platform.adminToken }, catalogUpdate.version);
  return { installedVersion: terminal?.installedVersion ?? null };
}

process.on('message', (message) => {
  const request = demoRequestSchema.parse(message);
  answer(request).then(
    (value) => send({ id: request.id, ok: true, value: value ?? null }),
    (error: unknown) => send({ id: request.id, ok: false, error: String(error) }),
  );
});
send({ ready: true, kioskUrl: demo.kioskUrl ?? '', appCodeKey: demo.appCodeKey });
