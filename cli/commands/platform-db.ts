import { join } from 'node:path';
import { openPglite, openPostgres, type Database } from '../../platform/main.js';
import { dataDir } from '../data-dir.js';
import { UsageError } from '../fail.js';

/**
 * The platform's database: a PostgreSQL server when given its URL, else PGlite in the data
 * folder. Both `tongban platform` and `tongban platform admin` open it this way.
 */
export function openPlatformDatabase(url: string | undefined, data: string | undefined): Promise<Database> {
  if (url === undefined) return openPglite(join(dataDir(data), 'platform-db'));
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError('--db must be a PostgreSQL URL (postgres://user@host/db); omit it to use the embedded PGlite database');
  }
  return openPostgres(url);
}
