import type { DataSource } from 'typeorm';
import { READ_RANKINGS, READ_REPORTS } from '../foundation/access/scopes';
import { ANYONE } from '../foundation/access/authorization';
import type { HttpRoute, OpenHttpRoute } from '../foundation/http/http-route';
import { publicScoreboardRoute, publicUnitRoute, type PublicScoreboards } from '../modules/public-scoreboard';
import { dossierUpload } from '../modules/dossiers/dossier-upload.handler';
import { rankingExport } from '../modules/rankings/ranking.export';
import { reportStatusCsv } from '../modules/reports/report-status.export';
import { decisionDocumentDocx } from '../modules/reviews/decision-document.export';
import { decisionListXlsx } from '../modules/reviews/decision-list.export';
import { Role } from '../foundation/access/role';
import { weeklyReportXlsx } from '../modules/weekly-report/weekly-report.export';
import { WEEKLY_REPORT_READERS } from '../modules/weekly-report/weekly-report.resolver';

export interface HttpRouteServices {
  dataSource: DataSource;
  /** Called once an upload may have written: rankings kept in memory are stale. */
  rankingsChanged(): void;
  publicScoreboards: PublicScoreboards;
}

/**
 * Every plain HTTP route of the API (GraphQL, /healthz and the web app's files aside). Each admits the callers of its
 * GraphQL twin, through the same check (http-routes.spec.ts compares the entries with the twin's `@Authorized`), and
 * the authorization matrix calls each one as every kind of caller: a route added here without an entry there fails.
 */
export const HTTP_ROUTES: readonly (HttpRoute<HttpRouteServices> | OpenHttpRoute<HttpRouteServices>)[] = [
  {
    method: 'GET',
    path: '/exports/ranking.csv',
    entries: [READ_RANKINGS],
    twin: 'ranking',
    handler: ({ dataSource }) => rankingExport(dataSource, 'csv'),
  },
  {
    method: 'GET',
    path: '/exports/ranking.xlsx',
    entries: [READ_RANKINGS],
    twin: 'ranking',
    handler: ({ dataSource }) => rankingExport(dataSource, 'xlsx'),
  },
  {
    method: 'GET',
    path: '/exports/report-status.csv',
    entries: [READ_REPORTS],
    twin: 'reportStatusBoard',
    handler: ({ dataSource }) => reportStatusCsv(dataSource),
  },
  {
    method: 'GET',
    path: '/exports/decision-list.xlsx',
    entries: [READ_RANKINGS],
    twin: 'review',
    handler: ({ dataSource }) => decisionListXlsx(dataSource),
  },
  {
    method: 'GET',
    path: '/exports/decision.docx',
    entries: [READ_RANKINGS],
    twin: 'review',
    handler: ({ dataSource }) => decisionDocumentDocx(dataSource),
  },
  {
    method: 'GET',
    path: '/exports/weekly-report.xlsx',
    entries: WEEKLY_REPORT_READERS,
    twin: 'weeklyReport',
    handler: ({ dataSource }) => weeklyReportXlsx(dataSource),
  },
  {
    method: 'POST',
    path: '/imports/dossiers',
    entries: [Role.ADMIN],
    twin: null,
    handler: ({ dataSource, rankingsChanged }) => dossierUpload(dataSource, rankingsChanged),
    legacyErrorFields: true,
  },
  // The public scoreboard: open to anyone, only what an admin published (modules/public-scoreboard).
  {
    method: 'GET',
    path: '/public/scoreboards/:slug',
    entries: [ANYONE],
    twin: null,
    handler: ({ publicScoreboards }) => publicScoreboardRoute(publicScoreboards),
  },
  {
    method: 'GET',
    path: '/public/scoreboards/:slug/units/:unitId',
    entries: [ANYONE],
    twin: null,
    handler: ({ publicScoreboards }) => publicUnitRoute(publicScoreboards),
  },
];
