import { join } from 'node:path';
import { demoKeyPair } from './demo-key.js';

/**
 * The demo's stand-in for the province identity service: a key pair made once in the data folder.
 * The demo terminal trusts its public key; `tongban sim app-code --key DIR/province-key/key`
 * signs codes the demo takes.
 */
export function demoProvinceKey(dataDir: string): { key: string; trust: string } {
  return demoKeyPair(join(dataDir, 'province-key'));
}
