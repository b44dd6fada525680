import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The Electron fuses a packaged kiosk is built with, flipped in the binary by after-pack.ts.
 * A public terminal must not become a general Node runtime or a debug target for whoever reaches
 * its shell, nor run code that was swapped into its resources.
 *
 * Every fuse is named (strictlyRequireAllFuses): an Electron that adds one fails the build until
 * somebody decides it here. The three beyond the six we set keep Electron's defaults, on purpose:
 * the page loads from file://, so file: keeps its privileges, and the core keeps its V8 snapshot.
 */
export const kioskFuses = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  /** ELECTRON_RUN_AS_NODE would turn the kiosk's binary into plain Node for anyone with a shell. */
  [FuseV1Options.RunAsNode]: false,
  /** The cookie store encrypted with the OS key, like the store key (electron/shell/sealed-key.ts). */
  [FuseV1Options.EnableCookieEncryption]: true,
  /** NODE_OPTIONS could preload any script into the main process. */
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  /** --inspect and friends would open a debugger port on a public machine. */
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  /** app.asar is checked against the hash built into the binary (macOS and Windows enforce it). */
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  /** No loose app folder beside the asar is ever loaded instead of it. */
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config;
