// `node --import` this to run the TypeScript sources directly (Node's type stripping): a worker
// thread started from a test gets no help from the test runner's transform.
import { register } from 'node:module';

register('./ts-source-hooks.mjs', import.meta.url);
