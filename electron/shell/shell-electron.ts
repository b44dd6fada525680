import type {
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  Input,
  OnHeadersReceivedListenerDetails,
  HeadersReceivedResponse,
  NativeImage,
  RenderProcessGoneDetails,
  Session,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WindowOpenHandlerResponse,
} from 'electron';

/*
 * The parts of Electron's API the shell's policy uses, spelled with Electron's own types. main.ts
 * hands the real module over, so a change in Electron's signatures fails the typecheck there; the
 * tests' fake (tests/support/electron-fake.ts) implements the same interfaces, so it cannot drift
 * from them either. The policy files import only types: they run against the fake in tests.
 */

export type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
export type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
export type Permission = Parameters<PermissionRequestHandler>[1];
export type PermissionRequestDetails = Parameters<PermissionRequestHandler>[3];
export type PermissionCheckDetails = Parameters<PermissionCheckHandler>[3];

export interface ShellWebContents {
  on(event: 'before-input-event', listener: (event: Event, input: Input) => void): this;
  on(event: 'will-navigate', listener: (event: Event<WebContentsWillNavigateEventParams>, url: string) => void): this;
  on(event: 'will-redirect', listener: (event: Event<WebContentsWillRedirectEventParams>, url: string) => void): this;
  on(event: 'will-frame-navigate', listener: (event: Event<WebContentsWillFrameNavigateEventParams>) => void): this;
  on(event: 'will-attach-webview', listener: (event: Event) => void): this;
  on(event: 'context-menu', listener: (event: Event) => void): this;
  on(event: 'devtools-opened', listener: () => void): this;
  on(event: 'render-process-gone', listener: (event: Event, details: RenderProcessGoneDetails) => void): this;
  on(event: 'unresponsive', listener: () => void): this;
  on(event: 'did-finish-load', listener: () => void): this;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
  closeDevTools(): void;
  forcefullyCrashRenderer(): void;
  reload(): void;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  /** The page as the window shows it (a screenshot command). */
  capturePage(): Promise<Pick<NativeImage, 'toPNG' | 'isEmpty'>>;
}

export interface ShellWindow {
  readonly webContents: ShellWebContents;
  loadURL(url: string): Promise<void>;
}

export interface ShellSession {
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
  readonly webRequest: {
    onHeadersReceived(listener: ((details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void) | null): void;
  };
}

export interface ShellApp {
  readonly isPackaged: boolean;
  on(event: 'web-contents-created', listener: (event: Event, contents: ShellWebContents) => void): this;
}

/** The slice of `import * as electron from 'electron'` that setUpKiosk is given. */
export interface ShellElectron {
  app: ShellApp;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ShellWindow;
  Menu: { setApplicationMenu(menu: null): void };
  session: { defaultSession: ShellSession };
}
