import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { packagesForAnotherMachine } from './foreign-packages.js';
import { kioskFuses } from './fuses.js';

/** What the hook reads of electron-builder's context: where the app was laid out, for what, and its name. */
export type PackedApp = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'> & {
  packager: { appInfo: Pick<AfterPackContext['packager']['appInfo'], 'productFilename'> };
};

/** electron-builder's arch names are Node's but for 32-bit ARM. */
const nodeCpu = (arch: Arch): string => (arch === Arch.armv7l ? 'arm' : Arch[arch]);

function refuseForeignBinaries(context: PackedApp): void {
  const cpu = nodeCpu(context.arch);
  const unpacked = join(context.appOutDir, 'resources', 'app.asar.unpacked', 'node_modules');
  const foreign = packagesForAnotherMachine(unpacked, { platform: context.electronPlatformName, cpu });
  if (foreign.length > 0) {
    throw new Error(
      `${foreign.join(', ')}: built for another machine than ${context.electronPlatformName}-${cpu}; ` +
        `install for the target first: npm ci --os=${context.electronPlatformName} --cpu=${cpu} (README, the offline build)`,
    );
  }
}

/**
 * electron-builder's afterPack hook (build/electron-builder.json): checks the native packages are
 * the target's, then flips the kiosk's fuses after the app is copied in and before anything is
 * signed, so the signature covers the flipped binary. electron-builder has renamed Electron's
 * binary to our executableName (productFilename) by then.
 */
export async function afterPack(context: PackedApp): Promise<void> {
  refuseForeignBinaries(context);
  const extension = context.electronPlatformName === 'win32' ? '.exe' : '';
  await flipFuses(join(context.appOutDir, `${context.packager.appInfo.productFilename}${extension}`), kioskFuses);
}
