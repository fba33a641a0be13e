/**
 * What the tools (tools/: benchmarks, generators, the command-line entry points) may use of the API, imported as
 * `@thidua/api`. The API itself never imports this file.
 */
export { cannotOpenDatabase, runCli } from './app/cli/cli';
export { importReportsCommand } from './app/cli/import-reports.command';
export { importUnitsCommand } from './app/cli/import-units.command';
export { seedCommand } from './app/cli/seed.command';
export { verifyFiguresCommand } from './app/cli/verify-figures.command';
export { checkKeptFigures, refreshCampaignFigures, refreshUnitFigures } from './modules/campaigns';
export { EMBEDDED_POOL_SIZE, createDataSource } from './app/database/data-source';
export { openDatabase } from './app/database/database';
export { loadDemoActivity } from './app/demo/demo-activity';
export { DEMO_PASSWORD, loadDemo } from './app/demo/demo-seed';
export { normalDraw, seededRandom } from './app/demo/seeded-random';
export { createSchema } from './app/schema';
export { createServer } from './app/server';
export { readConfig } from './foundation/config/config';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './foundation/database/embedded-postgres';
export { TableUpkeep } from './foundation/database/table-upkeep';
export { prepareSocketLocation, removeSocketLocation, restrictSocket } from './foundation/database/embedded-socket';
export { DEFAULT_STORED_LEGEND } from './modules/campaigns/campaign-rules';
export { formatOfPath, type DossierFileFormat } from './modules/dossiers/dossier-file';
export {
  ingestDossiers,
  stagingLoaderOf,
  type IngestProgress,
  type IngestSummary,
  type StagingLoader,
} from './modules/dossiers/dossier-ingest';
export { recomputeDirtyCells, type RecomputeSummary } from './modules/dossiers/dossier-recompute';
export { CA_MAU_RECORD_RULES, setCampaignRecordFeeds, setIndicatorRecordRule } from './modules/dossiers/record-rules';
export { cohortShapeOf, loadRankingData, rankingStatements, type RankingData } from './modules/rankings/ranking-data';
export { unpackCohort } from './modules/rankings/cohort-figures';
export { jsonBytes } from './foundation/http/json-bytes';
export { rankLoaded, toRankingResult } from './modules/rankings/rankings.service';
export { readReportFile } from './modules/reports/report-file';
export { unitSearchText } from './modules/units/search-text';
export { startBackgroundWork } from './app/background-work';
export { recordEvents } from './foundation/events/outbox';
export { DEFAULT_WEBHOOK_SETTINGS } from './modules/webhooks';
