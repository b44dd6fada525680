import { lazy } from 'react';

/*
 * The page runs on V8's interpreter alone (--jitless), so every kilobyte parsed before the home
 * screen is drawn delays it. Only the home screen and the closed-service notice are in the entry
 * chunk; every other screen is its own chunk, fetched from the page's own origin once the home is
 * up (preloadScreens), so a citizen's first tap finds it parsed.
 */
const loaders = {
  identify: () => import('./screens/identify/Identify.js').then((m) => ({ default: m.Identify })),
  confirm: () => import('./screens/identify/ConfirmIdentity.js').then((m) => ({ default: m.ConfirmIdentity })),
  items: () => import('./screens/apply/ItemList.js').then((m) => ({ default: m.ItemList })),
  form: () => import('./screens/apply/Form.js').then((m) => ({ default: m.Form })),
  materials: () => import('./screens/materials/Materials.js').then((m) => ({ default: m.Materials })),
  done: () => import('./screens/apply/Done.js').then((m) => ({ default: m.Done })),
  query: () => import('./screens/query/Query.js').then((m) => ({ default: m.Query })),
  myCases: () => import('./screens/query/MyCases.js').then((m) => ({ default: m.MyCases })),
  guide: () => import('./screens/guide/Guide.js').then((m) => ({ default: m.Guide })),
  review: () => import('./screens/review/Review.js').then((m) => ({ default: m.Review })),
  help: () => import('./screens/help/Help.js').then((m) => ({ default: m.Help })),
  results: () => import('./screens/results/Results.js').then((m) => ({ default: m.Results })),
  pay: () => import('./screens/pay/Pay.js').then((m) => ({ default: m.Pay })),
  technician: () => import('./screens/technician/TechnicianMode.js').then((m) => ({ default: m.TechnicianMode })),
  ask: () => import('./screens/assist/Ask.js').then((m) => ({ default: m.Ask })),
  situation: () => import('./screens/assist/Situation.js').then((m) => ({ default: m.Situation })),
  keyboard: () => import('./keyboard/Keyboard.js').then((m) => ({ default: m.KeyboardDock })),
  appointments: () => import('./screens/appointments/Appointments.js').then((m) => ({ default: m.Appointments })),
  queue: () => import('./screens/appointments/Queue.js').then((m) => ({ default: m.Queue })),
};

export const Identify = lazy(loaders.identify);
export const ConfirmIdentity = lazy(loaders.confirm);
export const ItemList = lazy(loaders.items);
export const Form = lazy(loaders.form);
export const Materials = lazy(loaders.materials);
export const Done = lazy(loaders.done);
export const Query = lazy(loaders.query);
export const MyCases = lazy(loaders.myCases);
export const Guide = lazy(loaders.guide);
export const Review = lazy(loaders.review);
export const Help = lazy(loaders.help);
export const Results = lazy(loaders.results);
export const Pay = lazy(loaders.pay);
export const TechnicianMode = lazy(loaders.technician);
export const KeyboardDock = lazy(loaders.keyboard);
export const Ask = lazy(loaders.ask);
export const Situation = lazy(loaders.situation);
export const Appointments = lazy(loaders.appointments);
export const Queue = lazy(loaders.queue);

/** Marked when the preload starts: the bench counts the script fetched before it. */
export const preloadMark = 'tongban:preload-screens';

/** Fetches and parses every chunk; called once the home screen has been painted. */
export function preloadScreens(): void {
  performance.mark(preloadMark);
  for (const load of Object.values(loaders)) void load();
}
