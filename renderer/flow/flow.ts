import type { ReplyOf, IdentityView, ItemSummary } from '../api.js';

export type SubmitResult = ReplyOf<'case.submit'>;

/** Why the citizen identifies: to apply for an item, or to see their own cases (card only). */
export type Purpose = 'apply' | 'my-cases';

/**
 * Where the citizen is. Each screen carries only what it needs; going home drops everything,
 * so nothing of one citizen is left in memory for the next.
 */
export type Screen =
  | { name: 'home' }
  | { name: 'identify'; purpose: Purpose }
  | { name: 'confirm'; identity: IdentityView; purpose: Purpose }
  | { name: 'my-cases' }
  | { name: 'items'; identity: IdentityView }
  | { name: 'form'; identity: IdentityView; item: ItemSummary }
  | { name: 'done'; itemName: string; result: SubmitResult }
  | { name: 'query'; caseNumber: string };

export type Action =
  | { type: 'apply' }
  | { type: 'identified'; identity: IdentityView }
  | { type: 'confirmed' }
  | { type: 'chose-item'; item: ItemSummary }
  | { type: 'back-to-items' }
  | { type: 'submitted'; itemName: string; result: SubmitResult }
  | { type: 'query'; caseNumber?: string }
  | { type: 'my-cases' }
  | { type: 'home' };

export const initialScreen: Screen = { name: 'home' };

/** Only the moves a screen offers are honoured; anything else (a late reply) leaves it be. */
export function flow(screen: Screen, action: Action): Screen {
  switch (action.type) {
    case 'home':
      return initialScreen;
    case 'apply':
      return screen.name === 'home' ? { name: 'identify', purpose: 'apply' } : screen;
    case 'my-cases':
      return screen.name === 'query' ? { name: 'identify', purpose: 'my-cases' } : screen;
    case 'identified':
      return screen.name === 'identify' ? { name: 'confirm', identity: action.identity, purpose: screen.purpose } : screen;
    case 'confirmed':
      if (screen.name !== 'confirm') return screen;
      return screen.purpose === 'my-cases' ? { name: 'my-cases' } : { name: 'items', identity: screen.identity };
    case 'chose-item':
      return screen.name === 'items' ? { name: 'form', identity: screen.identity, item: action.item } : screen;
    case 'back-to-items':
      return screen.name === 'form' ? { name: 'items', identity: screen.identity } : screen;
    case 'submitted':
      return screen.name === 'form' ? { name: 'done', itemName: action.itemName, result: action.result } : screen;
    case 'query':
      return screen.name === 'home' || screen.name === 'done' || screen.name === 'my-cases'
        ? { name: 'query', caseNumber: action.caseNumber ?? '' }
        : screen;
  }
}
