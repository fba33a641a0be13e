import type { accessVi } from '../../../foundation/i18n/locales/access.vi';

/** Entries per page (the API allows up to 500). */
export const AUDIT_PAGE_SIZE = 50;

type EntityType = keyof typeof accessVi.audit.entityTypes;
type Action = keyof typeof accessVi.audit.actions;

/** The entity types the log filter offers, in the order an administrator meets them. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'User',
  'ApiToken',
  'Session',
  'Unit',
  'Level',
  'Indicator',
  'Campaign',
  'TargetSet',
  'Report',
  'Rule',
  'Review',
  'Proposal',
  'WebhookEndpoint',
  'WebhookDelivery',
];

const ACTIONS: ReadonlySet<string> = new Set<Action>([
  'addProposal',
  'archiveUnit',
  'createApiToken',
  'createCampaign',
  'createIndicator',
  'createLevel',
  'createReview',
  'createRule',
  'createTargetSet',
  'createUnit',
  'createUser',
  'decideProposal',
  'finalizeReview',
  'importReports',
  'importUnits',
  'login',
  'logout',
  'revokeApiToken',
  'setTargets',
  'submitReport',
  'updateCampaign',
  'updateIndicator',
  'updateRule',
  'updateTargetSet',
  'updateUnit',
  'updateUser',
  'createWebhookEndpoint',
  'updateWebhookEndpoint',
  'deleteWebhookEndpoint',
  'disableWebhookEndpoint',
  'redeliverWebhook',
  'setCampaignReminders',
  'setWeeklyReportMailing',
]);

/** Types and actions added later (another module's) are shown by their code name until they get words. */
export function isKnownEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

export function isKnownAction(action: string): action is Action {
  return ACTIONS.has(action);
}
