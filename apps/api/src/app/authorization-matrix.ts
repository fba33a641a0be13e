/**
 * Who may call what: every query, mutation and plain HTTP route of the API, by kind of caller. The one source of
 * truth for the access tables of the documentation (access-doc.ts: docs/api-access.md and the README's scope table)
 * and for the test that calls every operation as every caller (authorization-matrix.int-spec.ts), which fails on any
 * difference with what the server does.
 */
export type Caller =
  | 'ADMIN'
  | 'BOARD'
  | 'REPORTER'
  | 'VIEWER'
  | 'read:units'
  | 'read:reports'
  | 'read:rankings'
  | 'write:reports'
  | 'none';
export const CALLERS: Caller[] = [
  'ADMIN',
  'BOARD',
  'REPORTER',
  'VIEWER',
  'read:units',
  'read:reports',
  'read:rankings',
  'write:reports',
  'none',
];

const USERS: Caller[] = ['ADMIN', 'BOARD', 'REPORTER', 'VIEWER'];
const ADMIN: Caller[] = ['ADMIN'];
const BOARD: Caller[] = ['ADMIN', 'BOARD'];
const reads = (...scopes: Caller[]): Caller[] => [...USERS, ...scopes];

/**
 * Who may call each query, mutation and subscription. Every one of the schema must be listed: a new resolver
 * without an entry fails authorization-matrix.int-spec.ts. There, arguments are placeholders (an unknown id, "x"),
 * so a REPORTER's submitReport is for a unit outside its subtree and is refused; its own-subtree case is tested in
 * reports.int-spec.ts. Subscriptions are subscribed to over WebSocket, through the same check.
 */
export const MATRIX: Record<string, Caller[]> = {
  // queries
  apiTokens: ADMIN,
  auditEntries: ADMIN,
  backgroundJobs: ADMIN,
  campaign: reads('read:reports', 'read:rankings'),
  campaignRecordFeeds: ADMIN,
  campaigns: reads('read:reports', 'read:rankings'),
  emailPreferences: USERS,
  currentCampaigns: reads('read:reports', 'read:rankings'),
  indicatorRecordRules: ADMIN,
  indicators: reads('read:reports', 'read:rankings'),
  levels: reads('read:units', 'read:reports', 'read:rankings'),
  me: USERS,
  notifications: USERS,
  previewRules: BOARD,
  ranking: reads('read:rankings'),
  reportStatusBoard: reads('read:reports'),
  reports: reads('read:reports'),
  review: reads('read:rankings'),
  reviews: reads('read:rankings'),
  rules: reads('read:rankings'),
  summary: reads('read:rankings'),
  summaryTrend: reads('read:rankings'),
  unit: reads('read:units', 'read:reports', 'read:rankings'),
  unreadNotificationCount: USERS,
  units: reads('read:units', 'read:reports', 'read:rankings'),
  users: ADMIN,
  // whoever is signed in, whatever its scopes: a write-only token looks up the units it may report for
  viewer: reads('read:units', 'read:reports', 'read:rankings', 'write:reports'),
  webhookEndpoint: ADMIN,
  webhookEndpoints: ADMIN,
  webhookEventTypes: ADMIN,
  weeklyReport: ['ADMIN', 'BOARD', 'VIEWER', 'read:rankings'],
  // mutations
  addProposal: BOARD,
  archiveUnit: ADMIN,
  createApiToken: ADMIN,
  createCampaign: ADMIN,
  createIndicator: ADMIN,
  createLevel: ADMIN,
  createReview: BOARD,
  createRule: ADMIN,
  createTargetSet: ADMIN,
  createUnit: ADMIN,
  createUser: ADMIN,
  createWebhookEndpoint: ADMIN,
  decideProposal: BOARD,
  decideProposals: BOARD,
  deleteWebhookEndpoint: ADMIN,
  finalizeReview: BOARD,
  importReports: ADMIN,
  importUnits: ADMIN,
  publishCampaign: ADMIN,
  login: CALLERS,
  logout: USERS,
  markNotificationsRead: USERS,
  recomputeRecordFigures: ADMIN,
  redeliverWebhook: ADMIN,
  revokeApiToken: ADMIN,
  setCampaignRecordFeeds: ADMIN,
  setCampaignReminders: ADMIN,
  setEmailPreferences: USERS,
  setIndicatorRecordRule: ADMIN,
  setTargets: ADMIN,
  setWeeklyReportMailing: ADMIN,
  signOutUser: ADMIN,
  submitReport: ['ADMIN', 'write:reports'],
  unpublishCampaign: ADMIN,
  updateCampaign: ADMIN,
  updateIndicator: ADMIN,
  updateRule: ADMIN,
  updateTargetSet: ADMIN,
  updateUnit: ADMIN,
  updateUser: ADMIN,
  updateWebhookEndpoint: ADMIN,
  // subscriptions (over WebSocket): whoever may read what the event says has changed
  rankingChanged: reads('read:rankings'),
  reportStatusChanged: reads('read:reports'),
};

/**
 * Who may call each plain HTTP route: the same callers as its GraphQL twin. Every route of the server's route table
 * must be listed: a new route without an entry fails this test.
 */
export const HTTP_MATRIX: Record<string, Caller[]> = {
  'GET /exports/decision-list.xlsx': MATRIX.review,
  'GET /exports/decision.docx': MATRIX.review,
  'GET /exports/ranking.csv': MATRIX.ranking,
  'GET /exports/ranking.xlsx': MATRIX.ranking,
  'GET /exports/report-status.csv': MATRIX.reportStatusBoard,
  'GET /exports/weekly-report.xlsx': MATRIX.weeklyReport,
  'POST /imports/dossiers': ADMIN,
  // the public scoreboard: anyone, signed in or not (only what an admin published; public-scoreboard.int-spec.ts)
  'GET /public/scoreboards/:slug': CALLERS,
  'GET /public/scoreboards/:slug/units/:unitId': CALLERS,
};
