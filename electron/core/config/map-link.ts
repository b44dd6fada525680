import { z } from 'zod';

/** Where the hall's coordinates and name go in a map app's marker link. */
const placeholders = ['{lng}', '{lat}', '{name}'] as const;

function isMapLinkTemplate(text: string): boolean {
  if (!text.includes('{lng}') || !text.includes('{lat}')) return false;
  try {
    return new URL(placeholders.reduce((t, p) => t.replaceAll(p, '1'), text)).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A map app's marker link with the hall's coordinates, e.g. Amap's
 * `https://uri.amap.com/marker?position={lng},{lat}&name={name}` or Baidu's
 * `https://api.map.baidu.com/marker?location={lat},{lng}&title={name}&output=html&coord_type=gcj02`:
 * the guide shows it as a QR code, and the citizen's phone opens navigation to the hall.
 */
export const mapLinkTemplateSchema = z
  .string()
  .max(300)
  .refine(isMapLinkTemplate, '须为 https:// 地址，含 {lng} 与 {lat} / an https:// address with {lng} and {lat}');

/** Amap (高德) marker URIs open navigation in its app or on its mobile web page, on any phone. */
export const defaultMapLink = 'https://uri.amap.com/marker?position={lng},{lat}&name={name}&coordinate=gaode&callnative=1';

/** The hall's marker link (coordinates GCJ-02, as Chinese maps take them). */
export function mapLink(template: string, place: { lng: number; lat: number; name: string }): string {
  return template.replaceAll('{lng}', place.lng.toFixed(6)).replaceAll('{lat}', place.lat.toFixed(6)).replaceAll('{name}', encodeURIComponent(place.name));
}
