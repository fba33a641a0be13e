/** What other features may use of reports; everything else in this folder is its own. */
export * from './report-rules';
export * from './report-status.service';
export * from './report-status.type';
export * from './report-writer';
export * from './writable-units';
export * from './missing-units';
