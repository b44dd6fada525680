/**
 * Five levels of administrative region by code (GB/T 2260 and the statistical 12-digit
 * extension): six digits reach the county, twelve the village; a shorter code is padded with
 * zeros. "420000" is Hubei, "420100" Wuhan, "420102" 江岸区, "420102001000" a street, "420102001001" a community.
 */
/** A region code as written: six digits (to the county) or twelve (to the village). */
export const regionCodePattern = /^\d{6}(\d{6})?$/;

export const regionLevels = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** How many leading digits name a region at each level. */
const significantDigits: Record<RegionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

export function fullRegionCode(code: string): string {
  return code.padEnd(12, '0');
}

/** A code as people write it: six digits down to the county, twelve below ("420102000000" is "420102"). */
export function writtenRegionCode(code: string): string {
  return fullRegionCode(code).replace(/0{6}$/, '');
}

export function regionLevel(code: string): RegionLevel {
  const digits = fullRegionCode(code);
  return regionLevels.find((l) => /^0*$/.test(digits.slice(significantDigits[l]))) ?? 'village';
}

/** The digits that name `code`'s region: every region within it has a 12-digit code starting so. */
export function regionPrefix(code: string): string {
  return fullRegionCode(code).slice(0, significantDigits[regionLevel(code)]);
}

/** True when something offered in `scope` reaches `region`: the same region or one above it. */
export function regionCovers(scope: string, region: string): boolean {
  return fullRegionCode(region).startsWith(regionPrefix(scope));
}

/** The region and every region above it, as 12-digit codes, province first. */
export function regionAndAbove(region: string): string[] {
  const digits = fullRegionCode(region);
  const upTo = significantDigits[regionLevel(region)];
  return regionLevels.map((l) => significantDigits[l]).filter((n) => n <= upTo).map((n) => digits.slice(0, n).padEnd(12, '0'));
}
