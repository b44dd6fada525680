import type { Said } from '../../api/kiosk-error.js';
import type { DateBounds } from '../../api/values.js';
import type { CatalogField } from '../catalog/item.js';
import { calendarDaysAfter, isWeekend, lobbyDateOf } from '../materials/working-days.js';

/** The days a date field takes today, as dates: what the screen's calendar offers and the core checks. */
export function dateBounds(field: CatalogField, now: Date): DateBounds {
  const rule = field.validation?.dates ?? {};
  const today = lobbyDateOf(now);
  return {
    today,
    earliest: rule.fromDays === undefined ? null : calendarDaysAfter(today, rule.fromDays),
    latest: rule.toDays === undefined ? null : calendarDaysAfter(today, rule.toDays),
    workingDaysOnly: rule.workingDaysOnly === true,
  };
}

/** 2026-12-07 as said to a citizen: 2026年12月7日. */
function said(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year ?? ''}年${month ?? ''}月${day ?? ''}日`;
}

/** Whether a YYYY-MM-DD date exists on the calendar: 2026-02-30 is in the format but is no day. */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** What is wrong with a real date under the field's rule today, or undefined. */
export function dateRuleProblem(field: CatalogField, value: string, now: Date): Said | undefined {
  const { earliest, latest, workingDaysOnly } = dateBounds(field, now);
  const label = field.label;
  if (earliest !== null && value < earliest) return { zh: `“${label}”最早可选 ${said(earliest)}`, en: `“${label}” can be ${earliest} at the earliest` };
  if (latest !== null && value > latest) return { zh: `“${label}”最晚可选 ${said(latest)}`, en: `“${label}” can be ${latest} at the latest` };
  if (workingDaysOnly && isWeekend(value)) return { zh: `“${label}”须为工作日（周一至周五），${said(value)}是周末`, en: `“${label}” must be a working day (Monday to Friday); ${value} is a weekend` };
  return undefined;
}
