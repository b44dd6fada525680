import { regionCodeSchema } from '../../../platform/protocol/enroll.js';

// The region rules are shared with the platform, which picks a terminal's bundle by them.
export { regionCovers, regionLevel, regionLevels, type RegionLevel } from '../../../platform/protocol/region.js';
export { regionCodeSchema };
