/*
 * zod and the contract's schemas are about a third of the page's script, and the page runs
 * without a JIT: they load as their own chunk, started by the first request or event (the home
 * screen asks for the status once it is drawn), so the home is drawn before they parse. Every
 * request and event waits for them: nothing reaches or leaves a screen unchecked.
 */
export type Validation = typeof import('./validate.js');

let loading: Promise<Validation> | null = null;

export function validation(): Promise<Validation> {
  loading ??= import('./validate.js');
  return loading;
}
