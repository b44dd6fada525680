import type { Figure } from './figure.js';
import { soak } from '../soak/soak.js';

/** Issue 22 asks for 1,000 citizens here (the long run is `npm run soak`); TONGBAN_BENCH_SOAK_CITIZENS sets fewer for a quick look. */
const citizens = Number(process.env.TONGBAN_BENCH_SOAK_CITIZENS ?? 1000);

/** The soak's figures, growth from half-way to the last citizen beside the growth allowed. */
export async function soakBenchFigures(): Promise<Figure[]> {
  const result = await soak({ citizens, faults: false, pace: 'full', snapshots: false, platformDownMinutes: 2, progress: () => undefined });
  return result.checked.map((c) => c.figure);
}
