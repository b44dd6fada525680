import { existsSync } from 'node:fs';
import { keyPairPaths, readPublicKey, spkiBase64, writeKeyPair } from '../../electron/core/catalog/bundle/keys.js';
import { makeTreePrivate } from '../../private-files/private-files.js';

/**
 * An Ed25519 key pair the demo makes once in a folder of its data folder and keeps: a stand-in
 * for a key someone else holds in a real deployment, never one from the repository. `trust` is
 * its public half as configuration and enrollment carry it.
 */
export function demoKeyPair(dir: string): { key: string; trust: string } {
  const paths = existsSync(keyPairPaths(dir).key) ? keyPairPaths(dir) : writeKeyPair(dir);
  // Like the rest of the data folder, whatever the umask; the public half too, so the rule has no exception.
  makeTreePrivate(dir);
  return { key: paths.key, trust: spkiBase64(readPublicKey(paths.publicKey)) };
}
