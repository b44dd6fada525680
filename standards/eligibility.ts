import { regionCovers } from './region-code.js';

/**
 * 受理条件 as data: who may apply for an item, checked against the card before the form opens
 * (so nobody fills in a form they cannot hand in) and again by the core at submit. One rule
 * source: the core and the screen both import this file; only the core holds the ID number, so
 * it works out what is unmet, and the screen words the same codes the same way.
 */
export interface EligibilityRule {
  minAge?: number;
  maxAge?: number;
  /** The household region (the ID number's first six digits) lies in this region (GB/T 2260 code, and its name). */
  registeredIn?: { code: string; name: string };
  /** Answers on the form that must be one of the listed values. */
  answers?: readonly { key: string; label: string; oneOf: readonly string[] }[];
}

/** One condition not met, with the figures the citizen needs to understand it. */
export type Unmet =
  | { kind: 'minAge'; min: number; age: number }
  | { kind: 'maxAge'; max: number; age: number }
  | { kind: 'region'; regionName: string }
  /** The card is not a resident ID (or the number is not one): age and region cannot be read from it. */
  | { kind: 'unverifiable' }
  | { kind: 'answer'; key: string; label: string };

const residentId = /^\d{17}[\dX]$/;

/** Age in whole years on `today`, from the birth date inside an 18-digit resident ID number. */
export function ageOn(idNumber: string, today: Date): number {
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const hadBirthday = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}

function unmetByCard(rule: EligibilityRule, idNumber: string, today: Date): Unmet[] {
  const needsCard = rule.minAge !== undefined || rule.maxAge !== undefined || rule.registeredIn !== undefined;
  if (!needsCard) return [];
  if (!residentId.test(idNumber)) return [{ kind: 'unverifiable' }];
  const age = ageOn(idNumber, today);
  const unmet: Unmet[] = [];
  if (rule.minAge !== undefined && age < rule.minAge) unmet.push({ kind: 'minAge', min: rule.minAge, age });
  if (rule.maxAge !== undefined && age > rule.maxAge) unmet.push({ kind: 'maxAge', max: rule.maxAge, age });
  if (rule.registeredIn && !regionCovers(rule.registeredIn.code, idNumber.slice(0, 6))) unmet.push({ kind: 'region', regionName: rule.registeredIn.name });
  return unmet;
}

/**
 * What the person does not meet; empty when they may apply. Without `answers` (before the form
 * opens) only the card is checked; with them (at submit) the answer conditions are too, and an
 * unanswered one counts as unmet.
 */
export function unmetConditions(rule: EligibilityRule, idNumber: string, today: Date, answers?: Readonly<Record<string, string>>): Unmet[] {
  const unmet = unmetByCard(rule, idNumber, today);
  if (!answers) return unmet;
  for (const want of rule.answers ?? []) {
    if (!want.oneOf.includes(answers[want.key] ?? '')) unmet.push({ kind: 'answer', key: want.key, label: want.label });
  }
  return unmet;
}

export interface Words {
  zh: string;
  en: string;
}

/** One unmet condition in plain words, Chinese first. */
export function unmetWords(unmet: Unmet): Words {
  switch (unmet.kind) {
    case 'minAge':
      return { zh: `本事项须年满 ${unmet.min} 周岁，您现在 ${unmet.age} 周岁`, en: `You must be at least ${unmet.min} to apply; you are ${unmet.age}` };
    case 'maxAge':
      return { zh: `本事项限 ${unmet.max} 周岁及以下，您现在 ${unmet.age} 周岁`, en: `This is for people aged ${unmet.max} or under; you are ${unmet.age}` };
    case 'region':
      return {
        zh: `本事项限${unmet.regionName}户籍，您的身份证号码显示的户籍地不在此范围`,
        en: `This is for households registered in ${unmet.regionName}; your ID number shows another place`,
      };
    case 'unverifiable':
      return { zh: '本事项的条件需要核对居民身份证，您的证件无法在本机核对', en: 'The conditions need a resident ID card; yours cannot be checked at this terminal' };
    case 'answer':
      return { zh: `“${unmet.label}”的回答不符合受理条件`, en: `Your answer to “${unmet.label}” does not meet the conditions` };
  }
}
