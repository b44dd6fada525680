import { createHash } from 'node:crypto';
import type { CommitmentView, MaterialView } from '../../api/materials.js';
import type { CatalogItem, Material } from '../catalog/item.js';
import { joinForms } from '../catalog/life-event.js';
import type { Identity } from '../session/session.js';
import { workingDaysAfter } from './working-days.js';

/** The e-certificates a citizen holds, by kind (normalized), with the name the screen shows. */
export type HeldCertificates = ReadonlyMap<string, string>;

/**
 * The catalog names certificate kinds in camelCase (householdRegister), the platform in
 * snake_case (household_register): both mean the same 电子证照目录 entry.
 */
export function certificateKind(kind: string): string {
  return kind.replaceAll('_', '').toLowerCase();
}

/**
 * A resident ID card just read on this terminal needs no copy, nor does one the province vouched
 * for in its 鄂汇办 code (its electronic ID); a number typed by hand proves no card.
 */
const idCardProof = { card: '居民身份证（本机已读取）', appCode: '居民身份证（鄂汇办已核验）', typed: undefined } as const;

export function heldCertificates(identity: Identity, fromPlatform: readonly { kind: string; name: string }[]): HeldCertificates {
  const held = new Map(fromPlatform.map((c) => [certificateKind(c.kind), c.name] as const));
  const proof = idCardProof[identity.source];
  if (proof && identity.cardType === 'resident') held.set(certificateKind('idCard'), proof);
  return held;
}

/** The materials of an application: one item's, or a 一件事's shared by key. */
export function materialsOf(items: readonly CatalogItem[]): Material[] {
  return joinForms(items).materials;
}

export function certificateFor(material: Material, held: HeldCertificates): string | undefined {
  return material.eCertificate === undefined ? undefined : held.get(certificateKind(material.eCertificate));
}

/** Each material as the screen shows it; an owed one with the date it would be due if accepted `now`. */
export function materialViews(materials: readonly Material[], held: HeldCertificates, now: Date): MaterialView[] {
  return materials.map((m) => {
    const certificate = certificateFor(m, held);
    const owed = m.owedWorkingDays === undefined ? null : { workingDays: m.owedWorkingDays, dueBy: workingDaysAfter(now, m.owedWorkingDays) };
    return { key: m.key, name: m.name, necessity: m.necessity, ...(m.note ? { note: m.note } : {}), certificate: certificate ? { name: certificate } : null, owed };
  });
}

/** 告知承诺 of the application: the texts of every item that allows it, each once; null if none does. */
export function commitmentOf(items: readonly CatalogItem[]): CommitmentView | null {
  const texts = [...new Set(items.flatMap((i) => (i.notificationPledge.applies && i.notificationPledge.text ? [i.notificationPledge.text] : [])))];
  if (texts.length === 0) return null;
  const text = texts.join('\n\n');
  return { text, textSha256: createHash('sha256').update(text, 'utf8').digest('hex') };
}
