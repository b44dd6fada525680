import type {
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  HeadersReceivedResponse,
  Input,
  OnHeadersReceivedListenerDetails,
  RenderProcessGoneDetails,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WindowOpenHandlerResponse,
} from 'electron';
import type {
  PermissionCheckHandler,
  PermissionRequestHandler,
  ShellApp,
  ShellElectron,
  ShellSession,
  ShellWebContents,
  ShellWindow,
} from '../../electron/shell/shell-electron.js';

/*
 * Electron's binary cannot run on these machines, so the shell's rules are driven through this
 * fake of the API they use. It implements the interfaces of electron/shell/shell-electron.ts,
 * which the real module must satisfy too (main.ts hands it over): both sides are typed against
 * Electron's shipped .d.ts. Events are emitted the way Electron emits them; what the shell did in
 * answer (prevented, reloaded, denied) is read back from the fake.
 */

/** An Electron event: preventDefault and whether it was called, with the event's own fields. */
export function fakeEvent<Params extends object>(params: Params): Event<Params> {
  let prevented = false;
  const event = { ...params, preventDefault: () => void (prevented = true) };
  return Object.defineProperty(event, 'defaultPrevented', { get: () => prevented }) as Event<Params>;
}

/** The fields of a navigation event for the main frame going to `url`. */
export function navigationTo(url: string): WebContentsWillNavigateEventParams & WebContentsWillRedirectEventParams & WebContentsWillFrameNavigateEventParams {
  return { url, isSameDocument: false, isMainFrame: true, frame: null };
}

export function keyInput(key: string, modifiers: Partial<Pick<Input, 'control' | 'meta' | 'alt' | 'shift'>> = {}): Input {
  return {
    type: 'keyDown',
    key,
    code: key,
    isAutoRepeat: false,
    isComposing: false,
    shift: false,
    control: false,
    alt: false,
    meta: false,
    location: 0,
    modifiers: [],
    ...modifiers,
  };
}

/** Each webContents event the shell listens to, with the arguments Electron passes. */
export interface ContentsEvents {
  'before-input-event': [event: Event, input: Input];
  'will-navigate': [event: Event<WebContentsWillNavigateEventParams>, url: string];
  'will-redirect': [event: Event<WebContentsWillRedirectEventParams>, url: string];
  'will-frame-navigate': [event: Event<WebContentsWillFrameNavigateEventParams>];
  'will-attach-webview': [event: Event];
  'context-menu': [event: Event];
  'devtools-opened': [];
  'render-process-gone': [event: Event, details: RenderProcessGoneDetails];
  unresponsive: [];
  'did-finish-load': [];
}

type ContentsListeners = { [K in keyof ContentsEvents]?: ((...args: ContentsEvents[K]) => void)[] };

export class FakeWebContents implements ShellWebContents {
  private readonly listeners: ContentsListeners = {};
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  /** Every setVisualZoomLevelLimits call, in order. */
  readonly zoomLimits: [number, number][] = [];
  reloads = 0;
  crashes = 0;
  devToolsClosed = 0;
  destroyed = false;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** The PNG the window shows now; empty as a window not yet painted (or hidden) gives Electron's empty image. */
  shown: Buffer = Buffer.alloc(0);

  on<K extends keyof ContentsEvents>(event: K, listener: (...args: ContentsEvents[K]) => void): this {
    const list: ((...args: ContentsEvents[K]) => void)[] = this.listeners[event] ?? [];
    list.push(listener);
    (this.listeners as Record<K, typeof list>)[event] = list;
    return this;
  }

  /** Emits as Electron would; returns how many listeners heard it. */
  emit<K extends keyof ContentsEvents>(event: K, ...args: ContentsEvents[K]): number {
    const list: ((...args: ContentsEvents[K]) => void)[] = this.listeners[event] ?? [];
    for (const listener of list) listener(...args);
    return list.length;
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  async setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.zoomLimits.push([minimumLevel, maximumLevel]);
  }

  closeDevTools(): void {
    this.devToolsClosed += 1;
  }

  forcefullyCrashRenderer(): void {
    this.crashes += 1;
  }

  reload(): void {
    this.reloads += 1;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  async capturePage(): Promise<{ toPNG(): Buffer; isEmpty(): boolean }> {
    const shown = this.shown;
    return { toPNG: () => shown, isEmpty: () => shown.length === 0 };
  }
}

export class FakeWindow implements ShellWindow {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];

  constructor(readonly options: BrowserWindowConstructorOptions) {}

  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
}

type HeadersListener = (details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void;

export class FakeSession implements ShellSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  headersListener: HeadersListener | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null) => void (this.headersListener = listener),
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
}

type CreatedListener = (event: Event, contents: ShellWebContents) => void;

export class FakeApp implements ShellApp {
  private readonly created: CreatedListener[] = [];

  constructor(readonly isPackaged: boolean) {}

  on(_event: 'web-contents-created', listener: CreatedListener): this {
    this.created.push(listener);
    return this;
  }

  contentsCreated(contents: ShellWebContents): void {
    for (const listener of this.created) listener(fakeEvent({}), contents);
  }
}

export interface ElectronFake extends ShellElectron {
  app: FakeApp;
  session: { defaultSession: FakeSession };
  /** Every window made, in order. */
  readonly windows: FakeWindow[];
  /** The application menu: undefined until the shell sets it (Electron's default menu). */
  readonly applicationMenu: null | undefined;
}

/** A fresh fake of the electron module; `packaged` as app.isPackaged reads in a built app. */
export function electronFake(options: { packaged: boolean }): ElectronFake {
  const app = new FakeApp(options.packaged);
  const windows: FakeWindow[] = [];
  let applicationMenu: null | undefined;
  // Electron emits 'web-contents-created' while the window is being constructed.
  class BrowserWindow extends FakeWindow {
    constructor(windowOptions: BrowserWindowConstructorOptions) {
      super(windowOptions);
      windows.push(this);
      app.contentsCreated(this.webContents);
    }
  }
  return {
    app,
    BrowserWindow,
    Menu: { setApplicationMenu: (menu: null) => void (applicationMenu = menu) },
    session: { defaultSession: new FakeSession() },
    windows,
    get applicationMenu() {
      return applicationMenu;
    },
  };
}
