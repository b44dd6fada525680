import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import type { FieldView } from '../../electron/api/values.js';
import type { MaterialSubmission, MaterialView } from '../../electron/api/materials.js';
import { signAppCode } from '../../electron/core/app-code/sign.js';
import { CHEN_XIAOXIN, XIANG_JIANGUO } from '../../drivers/sim/cards.js';
import { Refused, type KioskApi } from './kiosk-api.js';

/** How a citizen says who they are. */
export const identityKinds = ['card', 'typed', 'appCode'] as const;
/** What they came for: 我要办, 一件事, 查询打印, 好差评, 呼叫帮办, a 办事指南 to take away. */
export const errands = ['apply', 'lifeEvent', 'query', 'review', 'help', 'guide'] as const;

export type IdentityKind = (typeof identityKinds)[number];
export type Errand = (typeof errands)[number];

/** What the soak asks the demo process to do with the simulated reader. */
export interface Reader {
  place(card: string): Promise<void>;
  remove(): Promise<void>;
}

/** What one visit left behind: the cases the kiosk said it accepted, refusals by code. */
export interface Visit {
  accepted: string[];
  refusals: string[];
}

/** Items whose forms and materials differ: photographed, owed under 容缺, covered by an e-certificate. */
const items = ['WH-RS-002', 'WH-GA-007', 'WH-RS-005', 'WH-GA-006', 'WH-RS-004'] as const;
const lifeEvents = ['YJS-SBK', 'YJS-TX'] as const;
const searches = ['社保卡', 'shebaoka', 'hz', '居住证'] as const;
/** A document photo's size on the wire: JPEG's magic, then bytes the core stores as they come. */
const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(48 * 1024, 0x5a)]).toString('base64');
const typedPeople = [CHEN_XIAOXIN, XIANG_JIANGUO].map((card) => (card.text.cardType === 'resident' ? { idNumber: card.text.idNumber, name: card.text.name } : undefined));

/** An answer every field kind of the demo catalog takes. */
function answerOf(field: FieldView): string | undefined {
  if (field.prefilled || !field.required) return undefined;
  switch (field.kind) {
    case 'choice':
      return field.options.at(-1)?.value;
    case 'phone':
      return '13800138000';
    case 'date':
      return '2026-03-01';
    case 'number':
      return '6222020200112233';
    case 'region':
      return '420102';
    case 'idNumber':
      return CHEN_XIAOXIN.text.cardType === 'resident' ? CHEN_XIAOXIN.text.idNumber : '';
    default:
      return '测试';
  }
}

/** Covered by an e-certificate where there is one; owed where 容缺 allows and the draw says so; else photographed. */
function materialOf(material: MaterialView, owe: boolean): MaterialSubmission {
  if (material.certificate) return { key: material.key, way: 'certificate' };
  if (material.owed && owe) return { key: material.key, way: 'owed' };
  return { key: material.key, way: 'captured', pagesJpegBase64: [photo] };
}

export class Citizens {
  private readonly appCodeKey;
  /** Case numbers accepted so far, for 查询 and 好差评 of a case accepted earlier. */
  private readonly recent: string[] = [];

  constructor(
    private readonly api: KioskApi,
    private readonly reader: Reader,
    appCodeKeyPath: string,
  ) {
    this.appCodeKey = createPrivateKey(readFileSync(appCodeKeyPath));
  }

  /** Citizen n: an identity kind and an errand drawn in turn, so every kind meets every errand. */
  async visit(n: number): Promise<Visit> {
    const visit: Visit = { accepted: [], refusals: [] };
    const kind = identityKinds[n % identityKinds.length] ?? 'card';
    const errand = errands[Math.floor(n / identityKinds.length) % errands.length] ?? 'apply';
    try {
      await this.errand(errand, kind, n, visit);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      visit.refusals.push(`${error.request} ${error.code}`);
    } finally {
      await this.api.invoke('session.end', {});
    }
    return visit;
  }

  private async errand(errand: Errand, kind: IdentityKind, n: number, visit: Visit): Promise<void> {
    switch (errand) {
      case 'apply':
        await this.identify(kind, n, visit);
        return this.apply(items[n % items.length] ?? 'WH-RS-002', n, visit);
      case 'lifeEvent':
        await this.identify(kind, n, visit);
        return this.apply(lifeEvents[n % lifeEvents.length] ?? 'YJS-SBK', n, visit);
      case 'query':
        return this.query(kind, n, visit);
      case 'review':
        return this.review(n);
      case 'help':
        await this.api.invoke('help.availability', {});
        await this.api.invoke('help.call', { reason: 'citizen_request' });
        return;
      case 'guide':
        return this.guide(n);
    }
  }

  private async identify(kind: IdentityKind, n: number, visit: Visit): Promise<void> {
    if (kind === 'card' && (await this.readCard(visit))) return;
    if (kind === 'appCode') {
      const person = typedPeople[n % typedPeople.length];
      const now = new Date();
      const code = signAppCode(this.appCodeKey, { idNumber: person?.idNumber ?? '', name: person?.name ?? '', issuedAt: now, expiresAt: new Date(now.getTime() + 60_000) });
      const reply = await this.api.invoke('identity.appCode', { code });
      if (reply.accepted) return;
      visit.refusals.push(`identity.appCode ${reply.refusal}`);
    }
    // A typed identity, or what a citizen whose card the reader cannot read does instead.
    const person = typedPeople[n % typedPeople.length];
    await this.api.invoke('identity.typed', { idNumber: person?.idNumber ?? '', name: person?.name ?? '' });
  }

  /** 我要办 with the card: the reader looks, the card goes down, and is taken off once read. False: no reader. */
  private async readCard(visit: Visit): Promise<boolean> {
    const reading = this.api.invoke('identity.read', { timeoutMs: 10_000 });
    await this.reader.place('resident');
    try {
      await reading;
      return true;
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      visit.refusals.push(`${error.request} ${error.code}`);
      return false;
    } finally {
      await this.reader.remove();
    }
  }

  private async apply(itemCode: string, n: number, visit: Visit): Promise<void> {
    const form = await this.api.invoke('form.get', { itemCode });
    // As the screen does: a citizen the card shows cannot apply is told so and fills nothing in.
    if (form.refused.length > 0) {
      visit.refusals.push('form.get NOT_ELIGIBLE');
      return;
    }
    const answers = Object.fromEntries(form.fields.flatMap((f) => ((a) => (a === undefined ? [] : [[f.key, a]]))(answerOf(f))));
    const problems = await this.api.invoke('form.check', { itemCode, answers, keys: Object.keys(answers) });
    if (problems.length > 0) throw new Error(`${itemCode}: the soak's answers were refused: ${problems.map((p) => p.en).join('; ')}`);
    const { materials, commitment } = await this.api.invoke('materials.get', { itemCode });
    const submitted = await this.api.invoke('case.submit', {
      submissionId: randomUUID(),
      itemCode,
      answers,
      materials: materials.map((m) => materialOf(m, n % 2 === 0)),
      ...(commitment ? { commitment: { textSha256: commitment.textSha256, signaturePngBase64: 'iVBORw0KGgo=', signedAt: new Date().toISOString() } } : {}),
    });
    await this.api.invoke('case.outcome', { caseNumber: submitted.caseNumber });
    visit.accepted.push(...submitted.cases.map((c) => c.caseNumber));
    this.recent.push(submitted.caseNumber);
    if (this.recent.length > 50) this.recent.shift();
  }

  /** 查询打印: by number (anyone), or from 我的办件 with the card, with a 进度单 or a 补打 receipt. */
  private async query(kind: IdentityKind, n: number, visit: Visit): Promise<void> {
    const caseNumber = this.recent[n % Math.max(1, this.recent.length)];
    if (kind === 'card' && (await this.readCard(visit))) {
      const mine = await this.api.invoke('cases.mine', {});
      const first = mine[0];
      if (first) await this.api.invoke('case.reprint', { caseNumber: first.caseNumber });
      return;
    }
    if (!caseNumber) return;
    await this.api.invoke('case.query', { caseNumber });
    await this.api.invoke('case.slip', { caseNumber });
  }

  /** 好差评 of a case accepted earlier; bad reviews give a reason, as the screen asks. */
  private async review(n: number): Promise<void> {
    const caseNumber = this.recent.shift();
    if (!caseNumber) return;
    const bad = n % 5 === 0;
    await this.api.invoke('review.submit', bad ? { caseNumber, level: '不满意', reasons: ['等待时间长'] } : { caseNumber, level: '非常满意' });
  }

  /** 办事指南 without identifying: search, read, print it and save its PDF. */
  private async guide(n: number): Promise<void> {
    const hits = await this.api.invoke('catalog.search', { query: searches[n % searches.length] ?? '社保卡' });
    const hit = hits.find((h) => h.kind === 'item');
    if (!hit) return;
    await this.api.invoke('catalog.guide', { itemCode: hit.code });
    await this.api.invoke('guide.print', { itemCode: hit.code });
    await this.api.invoke('document.guide', { itemCode: hit.code });
  }
}
