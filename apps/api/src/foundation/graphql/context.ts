import type { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import type { Logger } from '../config/logger';
import type { RequestLoaders } from '../database/request-loaders';
import type { Language } from '../i18n/message';

/** What every resolver is handed for one request. */
export interface Context {
  viewer: Viewer | null;
  dataSource: DataSource;
  /** Per-request batching: each feature defines its loaders (`defineLoader`); this keeps one of each per request. */
  loaders: RequestLoaders;
  log: Logger;
  /** The language of the answer's messages (`Accept-Language`: vi or en, English by default); codes never change. */
  language: Language;
  /** The caller's address, for rate limits. */
  ip: string;
  /** Set by a successful `login`: the user who has just signed in, who may read their own account in its answer. */
  signedInUserId?: string;
}
