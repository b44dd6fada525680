import { z } from 'zod';
import { itemCodeSchema } from './item.js';
import { regionCodeSchema } from '../../../platform/protocol/enroll.js';
import { ageOn } from '../../../standards/eligibility.js';
import { regionCovers } from '../../../standards/region-code.js';

/**
 * 免申即享: a benefit that is due without applying when the identified person meets every
 * condition. The terminal tells the citizen after identification; nothing is submitted.
 */
export const benefitRuleSchema = z
  .object({
    code: itemCodeSchema,
    name: z.string().min(2).max(80),
    department: z.string().min(2).max(80),
    /** What the citizen is told, e.g. when and how the money arrives. */
    notice: z.string().min(1).max(500),
    region: regionCodeSchema,
    when: z
      .object({
        minAge: z.number().int().min(0).max(150),
        maxAge: z.number().int().min(0).max(150),
        sex: z.enum(['male', 'female']),
        /** The household registration (from the ID number's first six digits) lies in this region. */
        registeredIn: regionCodeSchema,
        /** Every one of these e-certificate types is held. */
        holds: z.array(z.string().min(1)).min(1),
        /** None of these e-certificate types is held (e.g. already receiving a pension). */
        lacks: z.array(z.string().min(1)).min(1),
      })
      .partial()
      .strict(),
  })
  .strict();
export type BenefitRule = z.infer<typeof benefitRuleSchema>;

export interface Person {
  idNumber: string;
  eCertificates: readonly string[];
}

interface Facts {
  age: number;
  sex: 'male' | 'female';
  registeredIn: string;
  certificates: ReadonlySet<string>;
}

function factsOf(person: Person, today: Date): Facts {
  return {
    age: ageOn(person.idNumber, today),
    sex: Number(person.idNumber.charAt(16)) % 2 === 1 ? 'male' : 'female',
    registeredIn: person.idNumber.slice(0, 6),
    certificates: new Set(person.eCertificates),
  };
}

function meets(when: BenefitRule['when'], facts: Facts): boolean {
  if (when.minAge !== undefined && facts.age < when.minAge) return false;
  if (when.maxAge !== undefined && facts.age > when.maxAge) return false;
  if (when.sex !== undefined && facts.sex !== when.sex) return false;
  if (when.registeredIn !== undefined && !regionCovers(when.registeredIn, facts.registeredIn)) return false;
  if (when.holds?.some((c) => !facts.certificates.has(c))) return false;
  return !when.lacks?.some((c) => facts.certificates.has(c));
}

/** The benefits due to this person on a terminal in `terminalRegion`; a person without a resident ID number gets none. */
export function benefitsDue(rules: readonly BenefitRule[], person: Person, terminalRegion: string, today: Date): BenefitRule[] {
  if (!/^\d{17}[\dX]$/.test(person.idNumber)) return [];
  const facts = factsOf(person, today);
  return rules.filter((rule) => regionCovers(rule.region, terminalRegion) && meets(rule.when, facts));
}
