/** The one seeded generator, shared with the simulated fleet, so a failing run can be replayed from its seed. */
export { between, mulberry32 as prng } from '../../fleet-sim/prng.js';
