/** What other features may use of api-tokens; everything else in this folder is its own. */
export * from './api-tokens.service';
