import { ageOn } from '../../standards/id-number.js';

/** Who is called first: the platform's configuration, one place for the hall's policy. */
export interface QueueRules {
  /** From this age a card holder counts as 长者 (the seeds' 老年人优先 windows). */
  elderAge: number;
  /** Added together: a booked 长者 goes before a booked younger citizen, both before walk-ins. */
  priority: { elder: number; booking: number };
}

export const defaultQueueRules: QueueRules = { elderAge: 60, priority: { elder: 2, booking: 1 } };

export function isElder(rules: QueueRules, idNumber: string | undefined, today: string): boolean {
  return idNumber !== undefined && ageOn(idNumber, today) >= rules.elderAge;
}

export function priorityOf(rules: QueueRules, elder: boolean, booked: boolean): number {
  return (elder ? rules.priority.elder : 0) + (booked ? rules.priority.booking : 0);
}
