import { join } from 'node:path';
import { coreConfigSchema, type CoreConfig, type CoreConfigInput } from '../core/config/core-config.js';
import { configForStart } from '../core/config/enrolled-config.js';
import { loadOrCreateSealedKey, type Sealer } from './sealed-key.js';

/**
 * What Electron's core starts as, asked at each (re)start: the terminal enrolled from technician
 * mode's screen once there is one (else what `tongban start` launched), read from its data
 * folder so a device a technician moved is opened where it is now; the store key sealed by the OS.
 */
export async function sealedStartConfig(launched: CoreConfigInput, sealer: Sealer): Promise<CoreConfig> {
  const config = coreConfigSchema.parse(configForStart(launched));
  const keyFile = config.key.kind === 'file' ? config.key.path : undefined;
  const key = await loadOrCreateSealedKey(join(config.dataDir, 'store.key.sealed'), sealer, keyFile);
  return { ...config, key: { kind: 'raw', base64: key.toString('base64') } };
}
