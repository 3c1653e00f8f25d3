import type { Config } from './config';
import type { Database } from './db/connection';

/** What the composition root hands to every module's routes. */
export interface AppDeps {
  database: Database;
  config: Pick<Config, 'PIETURA_PUBLIC_URL'> & Partial<Pick<Config, 'PIETURA_PAGE_CACHE_MB'>>;
}
