import type { ReplyOf, IdentityView, ItemSummary } from '../api.js';

export type SubmitResult = ReplyOf<'case.submit'>;

/** What the item list offers: every item, only the 一件事 bundles, or items to read the guide of. */
export type ListKind = 'items' | 'lifeEvents' | 'guides';

/**
 * Why the citizen identifies: to apply (for an item or a 一件事), to rate one of their cases, or
 * to follow their cases. The last two need the card: a typed ID number lists no one's cases.
 */
export type Purpose = 'items' | 'lifeEvents' | 'review' | 'follow' | 'results' | HallPurpose;

/** 预约: book, see and cancel one's bookings; 签到: check today's booking in for a queue number. */
export type HallPurpose = 'book' | 'checkIn';

/**
 * What a citizen typed for a typed identity: kept only until they confirm it, so the confirm
 * screen can show it in full (they are at the screen) and 修改 can open it again.
 */
export interface TypedEntry {
  idNumber: string;
  name: string;
}

/**
 * Answers a citizen has typed, by item code, kept while they look at another item or at the
 * materials, so going back never empties a form. They live only as long as the session's screens:
 * going home drops them with everything else.
 */
export type Drafts = Readonly<Record<string, Record<string, string>>>;

/** What a tap on one of the citizen's own cases does. */
export type MyCasesThen = 'rate' | 'query';

/**
 * Where the citizen is. Each screen carries only what it needs; going home drops everything,
 * so nothing of one citizen is left in memory for the next.
 */
export type Screen =
  | { name: 'home' }
  /** `item`: the citizen chose 在本机办理 on a guide; once identified, its form opens directly. */
  | { name: 'identify'; purpose: Purpose; typed?: TypedEntry; item?: ItemSummary }
  | { name: 'confirm'; identity: IdentityView; list: ListKind; typed?: TypedEntry; item?: ItemSummary }
  | { name: 'items'; identity: IdentityView; list: ListKind; drafts?: Drafts }
  /** `atCheck`: back from the materials, the form opens on 核对信息, the page the citizen left. */
  | { name: 'form'; identity: IdentityView; item: ItemSummary; list: ListKind; drafts?: Drafts; atCheck?: boolean }
  /** After the form: materials and 告知承诺; the answers wait here until the case is submitted. */
  | { name: 'materials'; identity: IdentityView; item: ItemSummary; list: ListKind; answers: Record<string, string>; drafts?: Drafts }
  | { name: 'done'; itemName: string; result: SubmitResult }
  /** `fromMine`: opened from 我的办件, which it offers to go back to. */
  | { name: 'query'; caseNumber: string; fromMine?: boolean }
  | { name: 'guides' }
  | { name: 'guide'; item: ItemSummary }
  | { name: 'myCases'; then: MyCasesThen }
  | { name: 'review'; caseNumber: string; itemName: string }
  | { name: 'help' }
  /** 证明打印: documents a department issues at once, printed on A4 for the card-identified citizen. */
  | { name: 'results' }
  /** 问一问: a question in the citizen's own words, and the 情景式导办 situations. */
  | { name: 'ask' }
  | { name: 'situation'; code: string }
  /** 预约, for the identified citizen; `mine`: their bookings can be listed (a card, not a typed number). */
  | { name: 'appointments'; mine: boolean }
  /** 取号; `checkIn`: the citizen just identified to check their booking in, or scanned its QR (`code`). */
  | { name: 'queue'; checkIn?: boolean; code?: string }
  /** 缴费: `noticeNumber` scanned from a notice (or ''), or `caseNumber`, a case whose fees are due, handed in from its confirmation; looked up at once. */
  | { name: 'pay'; noticeNumber: string; caseNumber?: string };

export type Action =
  | { type: 'apply'; list?: 'items' | 'lifeEvents' }
  | { type: 'identified'; identity: IdentityView; typed?: TypedEntry }
  | { type: 'confirmed' }
  /** 修改 / 不是本人: back to identifying, what was typed offered again to correct. */
  | { type: 'not-confirmed' }
  | { type: 'chose-item'; item: ItemSummary }
  /** From a form, with what was typed there so far. */
  | { type: 'back-to-items'; answers?: Record<string, string> }
  | { type: 'answered'; answers: Record<string, string> }
  /** 上一步 on the materials: back to the form, its answers as they were. */
  | { type: 'back-to-form' }
  | { type: 'submitted'; itemName: string; result: SubmitResult }
  | { type: 'query'; caseNumber?: string }
  | { type: 'guides' }
  | { type: 'rate-mine' }
  | { type: 'my-cases' }
  /** From a case opened in 我的办件, back to that list (the card read still holds). */
  | { type: 'back-to-my-cases' }
  | { type: 'rate'; caseNumber: string; itemName: string }
  | { type: 'help' }
  | { type: 'results' }
  /** A code scanned on any screen with no form open: a receipt's case, or a poster's item. */
  | { type: 'scanned-receipt'; caseNumber: string }
  | { type: 'scanned-item'; item: ItemSummary }
  /** A booking's QR: checked in for a queue number at once. */
  | { type: 'scanned-booking'; code: string }
  | { type: 'pay' }
  | { type: 'scanned-notice'; noticeNumber: string }
  /** 缴费 of a case's fees, from its confirmation. */
  | { type: 'pay-fees'; caseNumber: string }
  /** 在本机办理 on a guide: identify, then this item's form. */
  | { type: 'apply-here' }
  | { type: 'ask' }
  | { type: 'situation'; code: string }
  /** A 一件事 that guided help led to: identify, then its joined form. */
  | { type: 'apply-event'; item: ItemSummary }
  | { type: 'appointments' }
  | { type: 'queue' }
  /** 我有预约 on the 取号 screen: identify, then check in. */
  | { type: 'check-in' }
  | { type: 'home' };

export const initialScreen: Screen = { name: 'home' };

/** Only the moves a screen offers are honoured; anything else (a late reply) leaves it be. */
export function flow(screen: Screen, action: Action): Screen {
  switch (action.type) {
    case 'home':
      return initialScreen;
    case 'apply':
      return screen.name === 'home' ? { name: 'identify', purpose: action.list ?? 'items' } : screen;
    case 'rate-mine':
      return screen.name === 'home' ? { name: 'identify', purpose: 'review' } : screen;
    case 'my-cases':
      return screen.name === 'query' ? { name: 'identify', purpose: 'follow' } : screen;
    case 'back-to-my-cases':
      return screen.name === 'query' && screen.fromMine ? { name: 'myCases', then: 'query' } : screen;
    case 'identified':
      return screen.name === 'identify' ? afterIdentify(screen.purpose, action.identity, action.typed, screen.item) : screen;
    case 'confirmed':
      return screen.name === 'confirm' ? confirmed(screen) : screen;
    case 'not-confirmed':
      return screen.name === 'confirm'
        ? { name: 'identify', purpose: screen.list === 'lifeEvents' ? 'lifeEvents' : 'items', ...(screen.typed && { typed: screen.typed }), ...(screen.item && { item: screen.item }) }
        : screen;
    case 'scanned-receipt':
      return formOpen(screen) ? screen : { name: 'query', caseNumber: action.caseNumber };
    case 'scanned-item':
      return formOpen(screen) ? screen : { name: 'guide', item: action.item };
    case 'scanned-booking':
      return formOpen(screen) ? screen : { name: 'queue', checkIn: true, code: action.code };
    case 'apply-here':
      return screen.name === 'guide' ? { name: 'identify', purpose: 'items', item: screen.item } : screen;
    case 'chose-item':
      return choseItem(screen, action.item);
    case 'back-to-items':
      return backToItems(screen, action.answers);
    case 'answered':
      return screen.name === 'form' ? { name: 'materials', identity: screen.identity, item: screen.item, list: screen.list, answers: action.answers, drafts: screen.drafts } : screen;
    case 'back-to-form':
      return screen.name === 'materials' ? backToForm(screen) : screen;
    case 'submitted':
      return screen.name === 'materials' ? { name: 'done', itemName: action.itemName, result: action.result } : screen;
    case 'query':
      if (screen.name === 'myCases' && screen.then === 'query') return { name: 'query', caseNumber: action.caseNumber ?? '', fromMine: true };
      return screen.name === 'home' || screen.name === 'done' ? { name: 'query', caseNumber: action.caseNumber ?? '' } : screen;
    case 'guides':
      return screen.name === 'home' ? { name: 'guides' } : screen;
    case 'rate':
      return screen.name === 'done' || screen.name === 'myCases'
        ? { name: 'review', caseNumber: action.caseNumber, itemName: action.itemName }
        : screen;
    case 'help':
      return screen.name === 'home' || guidedHelp(screen) ? { name: 'help' } : screen;
    case 'results':
      return screen.name === 'home' ? { name: 'identify', purpose: 'results' } : screen;
    case 'ask':
      return screen.name === 'home' || screen.name === 'situation' ? { name: 'ask' } : screen;
    case 'situation':
      return screen.name === 'ask' ? { name: 'situation', code: action.code } : screen;
    case 'apply-event':
      return guidedHelp(screen) ? { name: 'identify', purpose: 'lifeEvents', item: action.item } : screen;
    case 'appointments':
      return screen.name === 'home' ? { name: 'identify', purpose: 'book' } : screen;
    case 'queue':
      return screen.name === 'home' ? { name: 'queue' } : screen;
    case 'check-in':
      return screen.name === 'queue' ? { name: 'identify', purpose: 'checkIn' } : screen;
    case 'pay':
      return screen.name === 'home' ? { name: 'pay', noticeNumber: '' } : screen;
    case 'scanned-notice':
      // A payment under way is never taken away by a scan: the pay screen handles its own.
      return formOpen(screen) || screen.name === 'pay' ? screen : { name: 'pay', noticeNumber: action.noticeNumber };
    case 'pay-fees':
      return screen.name === 'done' ? { name: 'pay', noticeNumber: '', caseNumber: action.caseNumber } : screen;
  }
}

/** A citizen who came for their cases sees them; one who came to apply confirms who they are first. */
function afterIdentify(purpose: Purpose, identity: IdentityView, typed: TypedEntry | undefined, item: ItemSummary | undefined): Screen {
  if (purpose === 'review') return { name: 'myCases', then: 'rate' };
  if (purpose === 'follow') return { name: 'myCases', then: 'query' };
  if (purpose === 'results') return { name: 'results' };
  if (purpose === 'book') return { name: 'appointments', mine: identity.source !== 'typed' };
  if (purpose === 'checkIn') return { name: 'queue', checkIn: true };
  return { name: 'confirm', identity, list: purpose, ...(typed && { typed }), ...(item && { item }) };
}

function confirmed(screen: Extract<Screen, { name: 'confirm' }>): Screen {
  if (screen.item) return { name: 'form', identity: screen.identity, item: screen.item, list: screen.list };
  return { name: 'items', identity: screen.identity, list: screen.list };
}

/** Screens where the citizen has typed or photographed something: 返回首页 asks first, and a scanned code never takes them away. */
export function formOpen(screen: Screen): boolean {
  return screen.name === 'form' || screen.name === 'materials';
}

function guidedHelp(screen: Screen): boolean {
  return screen.name === 'ask' || screen.name === 'situation';
}

/** An item picked to apply for opens its form; one picked to read about (or that guided help led to) opens its guide. */
function choseItem(screen: Screen, item: ItemSummary): Screen {
  // A 证明 printed on the spot has no form: found in the list or by search, it is printed there.
  if (screen.name === 'items' && item.onTheSpot) return { name: 'results' };
  if (screen.name === 'items') return { name: 'form', identity: screen.identity, item, list: screen.list, drafts: screen.drafts };
  if (screen.name === 'guides' || guidedHelp(screen)) return { name: 'guide', item };
  return screen;
}

function backToItems(screen: Screen, answers: Record<string, string> | undefined): Screen {
  if (screen.name === 'form') {
    const drafts = answers ? withDraft(screen.drafts, screen.item.code, answers) : screen.drafts;
    return { name: 'items', identity: screen.identity, list: screen.list, drafts };
  }
  if (screen.name === 'guide') return { name: 'guides' };
  return screen;
}

function backToForm(screen: Extract<Screen, { name: 'materials' }>): Screen {
  const drafts = withDraft(screen.drafts, screen.item.code, screen.answers);
  return { name: 'form', identity: screen.identity, item: screen.item, list: screen.list, drafts, atCheck: true };
}

function withDraft(drafts: Drafts | undefined, itemCode: string, answers: Record<string, string>): Drafts {
  return { ...drafts, [itemCode]: answers };
}
