import { describe, expect, it } from 'vitest';
import { defaultMapLink, mapLink, mapLinkTemplateSchema } from './map-link.js';

describe('the map link of 在哪里办', () => {
  it('puts the hall coordinates and name into the template', () => {
    const link = new URL(mapLink(defaultMapLink, { lng: 114.2565, lat: 30.633, name: '武汉市民之家' }));
    expect(link.searchParams.get('position')).toBe('114.256500,30.633000');
    expect(link.searchParams.get('name')).toBe('武汉市民之家');
  });

  it('takes an https template with both coordinates, and nothing else', () => {
    expect(mapLinkTemplateSchema.safeParse('https://api.map.baidu.com/marker?location={lat},{lng}&title={name}&output=html').success).toBe(true);
    expect(mapLinkTemplateSchema.safeParse('http://uri.amap.com/marker?position={lng},{lat}').success).toBe(false);
    expect(mapLinkTemplateSchema.safeParse('https://uri.amap.com/marker?position={lng}').success).toBe(false);
  });
});
