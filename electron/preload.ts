import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels } from './api/envelope.js';
import type { KioskBridge } from './api/kiosk.js';

/**
 * The whole of what the page may reach: two functions on one object, on our two channels only.
 * Payloads are validated on both sides of this bridge, so the bridge itself stays dumb.
 */
const bridge = {
  invoke: (name: string, payload: unknown) => ipcRenderer.invoke(ipcChannels.invoke, name, payload),
  on: (listener: (envelope: unknown) => void) => {
    const relay = (_event: IpcRendererEvent, envelope: unknown) => listener(envelope);
    ipcRenderer.on(ipcChannels.event, relay);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, relay);
    };
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kioskBridge', bridge);
