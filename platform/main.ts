// What the CLI and the demo launcher use to run a platform.
export type { Database, Queryable } from './db/database.js';
export { openPglite } from './db/pglite.js';
export { openPostgres } from './db/postgres.js';
export { migrate, MigrationError } from './db/migrate.js';
export { createEnrollmentToken } from './enrollment/tokens.js';
export { startPlatform, type PlatformOptions, type RunningPlatform } from './server.js';
