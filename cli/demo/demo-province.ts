import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTreePrivate } from '../../private-files/private-files.js';
import { keyPairPaths, readPublicKey, spkiBase64, writeKeyPair } from '../../electron/core/catalog/bundle/keys.js';

/**
 * The demo's stand-in for the province identity service: a key pair made once in the data folder.
 * The demo terminal trusts its public key; `tongban sim app-code --key DIR/province-key/key`
 * signs codes the demo takes.
 */
export function demoProvinceKey(dataDir: string): { key: string; trust: string } {
  const dir = join(dataDir, 'province-key');
  const paths = existsSync(keyPairPaths(dir).key) ? keyPairPaths(dir) : writeKeyPair(dir);
  // Like the rest of the data folder, whatever the umask; the public half too, so the rule has no exception.
  makeTreePrivate(dir);
  return { key: paths.key, trust: spkiBase64(readPublicKey(paths.publicKey)) };
}
