import type { ReplyOf, IdentityView, ItemSummary } from '../api.js';

export type SubmitResult = ReplyOf<'case.submit'>;

/**
 * Where the citizen is. Each screen carries only what it needs; going home drops everything,
 * so nothing of one citizen is left in memory for the next.
 */
export type Screen =
  | { name: 'home' }
  | { name: 'identify' }
  | { name: 'confirm'; identity: IdentityView }
  | { name: 'items'; identity: IdentityView }
  | { name: 'form'; identity: IdentityView; item: ItemSummary }
  /** After the form: materials and 告知承诺; the answers wait here until the case is submitted. */
  | { name: 'materials'; identity: IdentityView; item: ItemSummary; answers: Record<string, string> }
  | { name: 'done'; itemName: string; result: SubmitResult }
  | { name: 'query'; caseNumber: string };

export type Action =
  | { type: 'apply' }
  | { type: 'identified'; identity: IdentityView }
  | { type: 'confirmed' }
  | { type: 'chose-item'; item: ItemSummary }
  | { type: 'back-to-items' }
  | { type: 'answered'; answers: Record<string, string> }
  | { type: 'submitted'; itemName: string; result: SubmitResult }
  | { type: 'query'; caseNumber?: string }
  | { type: 'home' };

export const initialScreen: Screen = { name: 'home' };

/** Only the moves a screen offers are honoured; anything else (a late reply) leaves it be. */
export function flow(screen: Screen, action: Action): Screen {
  switch (action.type) {
    case 'home':
      return initialScreen;
    case 'apply':
      return screen.name === 'home' ? { name: 'identify' } : screen;
    case 'identified':
      return screen.name === 'identify' ? { name: 'confirm', identity: action.identity } : screen;
    case 'confirmed':
      return screen.name === 'confirm' ? { name: 'items', identity: screen.identity } : screen;
    case 'chose-item':
      return screen.name === 'items' ? { name: 'form', identity: screen.identity, item: action.item } : screen;
    case 'back-to-items':
      return screen.name === 'form' ? { name: 'items', identity: screen.identity } : screen;
    case 'answered':
      return screen.name === 'form' ? { name: 'materials', identity: screen.identity, item: screen.item, answers: action.answers } : screen;
    case 'submitted':
      return screen.name === 'materials' ? { name: 'done', itemName: action.itemName, result: action.result } : screen;
    case 'query':
      return screen.name === 'home' || screen.name === 'done'
        ? { name: 'query', caseNumber: action.caseNumber ?? '' }
        : screen;
  }
}
