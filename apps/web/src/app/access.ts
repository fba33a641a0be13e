import type { Role } from '../generated/graphql';

export const ROLES: readonly Role[] = ['ADMIN', 'BOARD', 'REPORTER', 'VIEWER'];

/** Every signed-in user: the API admits a user to an operation whose `@Authorized` lists no role. */
const EVERYONE = ROLES;
const ADMIN_ONLY: readonly Role[] = ['ADMIN'];

/**
 * What each role may open or do in the web app, mirroring the API's `@Authorized` (apps/api resolvers): a screen is
 * offered to a role only when the queries it sends answer that role, and an action only when its mutation admits it.
 * The comment beside each entry names the operation that decides it.
 */
export const ACCESS = {
  // Screens of the main navigation and the admin menu.
  home: EVERYONE,
  report: ['ADMIN', 'REPORTER'], // submitReport: ADMIN, REPORTER (a board member or a viewer has nothing to submit)
  campaigns: EVERYONE, // campaigns, campaign: every user
  newCampaign: ADMIN_ONLY, // createCampaign
  rankings: EVERYONE, // ranking: every user
  indicators: EVERYONE, // indicators: every user
  units: EVERYONE, // units: every user
  users: ADMIN_ONLY, // users
  apiTokens: ADMIN_ONLY, // apiTokens
  webhooks: ADMIN_ONLY, // webhookEndpoints, webhookEndpoint
  dossiers: ADMIN_ONLY, // recordRules, dossier imports
  audit: ADMIN_ONLY, // auditEntries
  // A campaign's tabs.
  'campaign.overview': EVERYONE, // summary
  'campaign.rankings': EVERYONE, // ranking, unit drill-down
  'campaign.weeklyReport': ['ADMIN', 'BOARD', 'VIEWER'], // weeklyReport: WEEKLY_REPORT_READERS
  'campaign.settings': EVERYONE, // campaign (read-only unless the campaign may be managed)
  'campaign.targets': EVERYONE, // campaign.targetSets
  'campaign.periods': EVERYONE, // campaign.periods
  'campaign.reports': EVERYONE, // reportStatusBoard
  'campaign.rules': EVERYONE, // rules
  'campaign.reviews': EVERYONE, // reviews, review, the decision list
  'campaign.records': ADMIN_ONLY, // campaignRecordFeeds
  'campaign.history': EVERYONE, // campaign.targetChanges
  'campaign.reminders': EVERYONE, // campaign.reminders
  'campaign.weeklyReportMailing': ['ADMIN', 'BOARD'], // campaign.weeklyReportMailing
  // Actions inside screens.
  manageCampaigns: ADMIN_ONLY, // updateCampaign, saveTargets, saveRules, importReports
  manageUnits: ADMIN_ONLY, // createUnit, updateUnit, archiveUnit, importUnits
  manageIndicators: ADMIN_ONLY, // createIndicator, updateIndicator
  decideReviews: ['ADMIN', 'BOARD'], // createReview, decideProposal…
  submitReports: ['ADMIN', 'REPORTER'], // submitReport
} as const satisfies Record<string, readonly Role[]>;

export type Place = keyof typeof ACCESS;

/** Whether a user of this role may open the screen or take the action; nobody signed in may do neither. */
export function mayOpen(role: Role | null | undefined, place: Place): boolean {
  return role != null && (ACCESS[place] as readonly Role[]).includes(role);
}

/** The roles that may open a place, in the order of ROLES. */
export function rolesFor(place: Place): readonly Role[] {
  return ROLES.filter((role) => mayOpen(role, place));
}
