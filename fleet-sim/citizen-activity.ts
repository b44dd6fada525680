import { v7 as uuidv7 } from 'uuid';
import { reviewReasons } from '../electron/api/values.js';
import type { CaseUpload, HelpCall, Review } from '../platform/protocol/index.js';
import { makeCaseNumber } from '../standards/case-number.js';
import { idCheckCharacter } from '../standards/id-number.js';
import type { Prng } from './prng.js';

/** Items a 24-hour terminal takes most (Wuhan's 社保 and 民政 items), as the kiosk names them. */
const items = [
  { itemCode: 'WH-RS-002', itemName: '社会保障卡补领' },
  { itemCode: 'WH-RS-001', itemName: '城乡居民基本养老保险参保登记' },
  { itemCode: 'WH-YB-003', itemName: '异地就医备案' },
  { itemCode: 'WH-GJJ-001', itemName: '住房公积金提取' },
  { itemCode: 'HB-CJ-001', itemName: '残疾人两项补贴申领' },
] as const;

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'] as const;
const givenNames = ['建国', '秀英', '晓欣', '志强', '丽华', '文杰', '桂兰', '子涵'] as const;

/** A made-up applicant with an ID number that passes GB 11643, born in the terminal's district. */
function applicant(prng: Prng, regionCode: string): CaseUpload['applicant'] {
  const born = `${prng.between(1940, 2005)}${String(prng.between(1, 12)).padStart(2, '0')}${String(prng.between(1, 28)).padStart(2, '0')}`;
  const first17 = `${regionCode.slice(0, 6)}${born}${String(prng.between(0, 999)).padStart(3, '0')}`;
  return { name: `${prng.pick(surnames)}${prng.pick(givenNames)}`, idNumber: `${first17}${idCheckCharacter(first17)}` };
}

/** YYYYMMDD in China's time, as the kiosk numbers its cases by the hall's day. */
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');

/**
 * What citizens do at one terminal: cases numbered as the kiosk numbers them, 好差评 after some of
 * them (the bad ones with reasons), now and then a call for staff. Ids come from the terminal's
 * own stream, so a seed replays the same ids' random parts.
 */
export class CitizenActivity {
  private day = '';
  private sequence = 0;

  constructor(
    private readonly prng: Prng,
    private readonly terminalCode: string,
    private readonly regionCode: string,
  ) {}

  private id(at: Date): string {
    return uuidv7({ msecs: at.getTime(), random: this.prng.bytes(16) });
  }

  private nextCaseNumber(at: Date): string {
    const day = chinaDay(at);
    if (day !== this.day) [this.day, this.sequence] = [day, 0];
    for (;;) {
      this.sequence += 1;
      const made = makeCaseNumber(this.terminalCode, day, this.sequence);
      if (made !== undefined) return made;
    }
  }

  newCase(at: Date): CaseUpload {
    return {
      id: this.id(at),
      caseNumber: this.nextCaseNumber(at),
      ...this.prng.pick(items),
      acceptedAt: at.toISOString(),
      applicant: applicant(this.prng, this.regionCode),
      answers: { 'contact.phone': `138${String(this.prng.between(0, 99_999_999)).padStart(8, '0')}`, 'delivery.method': this.prng.pick(['post', 'pickup']) },
    };
  }

  /** Mostly 满意; about one in eight 不满意 or worse, and those say why. */
  review(caseNumber: string, at: Date): Review {
    const roll = this.prng.next();
    const score = roll < 0.6 ? 5 : roll < 0.8 ? 4 : roll < 0.88 ? 3 : roll < 0.95 ? 2 : 1;
    const reasons = score <= 2 ? [...new Set([this.prng.pick(reviewReasons), this.prng.pick(reviewReasons)])] : undefined;
    return { id: this.id(at), caseNumber, at: at.toISOString(), score, ...(reasons ? { reasons } : {}) };
  }

  helpCall(at: Date, deviceTrouble: boolean): HelpCall {
    return { id: this.id(at), at: at.toISOString(), reason: deviceTrouble ? 'device_fault' : 'citizen_request' };
  }
}
