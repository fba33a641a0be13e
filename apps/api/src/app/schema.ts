import { buildSchema, type ContainerType } from 'type-graphql';
import type { AuthService } from '../modules/auth/auth.service';
import type { GraphQLSchema } from 'graphql';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver';
import { BackgroundJobsResolver } from '../modules/background-jobs/background-jobs';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ViewerResolver } from '../modules/auth/viewer.resolver';
import { CampaignsResolver } from '../modules/campaigns/campaigns.resolver';
import { DossierRecordsResolver } from '../modules/dossiers/dossier-records.resolver';
import { IndicatorsResolver } from '../modules/indicators/indicators.resolver';
import { CampaignTargetsResolver } from '../modules/targets/campaign-targets.resolver';
import { TargetChangesResolver, TargetSetsResolver, TargetsResolver } from '../modules/targets/targets.resolver';
import { LevelsResolver } from '../modules/levels/levels.resolver';
import { CampaignPublicationResolver, PublicationsResolver } from '../modules/public-scoreboard/publications.resolver';
import { RankingsResolver } from '../modules/rankings/rankings.resolver';
import { ProposalsResolver } from '../modules/reviews/proposals.resolver';
import { ReviewsResolver } from '../modules/reviews/reviews.resolver';
import { RulesPreviewResolver } from '../modules/reviews/rules-preview.resolver';
import { RulesResolver } from '../modules/rules/rules.resolver';
import { ReportRevisionsResolver, ReportValuesResolver, ReportsResolver } from '../modules/reports/reports.resolver';
import { UnitsResolver } from '../modules/units/units.resolver';
import { PersonResolver } from '../modules/users/person.resolver';
import { UsersResolver } from '../modules/users/users.resolver';
import { WeeklyReportResolver } from '../modules/weekly-report/weekly-report.resolver';
import { WeeklyReportMailingResolver } from '../modules/weekly-report';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  WebhookDeliveryResolver,
  WebhooksResolver,
  type WebhookServices,
} from '../modules/webhooks';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver';
import { CampaignRemindersResolver, RemindersResolver } from '../modules/reminders';
import { authChecker } from '../foundation/graphql/auth-checker';
import { answerRefusedArguments, checkMutationArguments } from '../foundation/graphql/refuse-arguments';
import { UserErrorResolver } from '../foundation/graphql/user-error';
import { NO_TOPICS } from '../foundation/realtime/no-topics';

export const resolvers = [
  ApiTokensResolver,
  AuditResolver,
  AuthResolver,
  BackgroundJobsResolver,
  CampaignsResolver,
  CampaignPublicationResolver,
  CampaignRemindersResolver,
  CampaignTargetsResolver,
  DossierRecordsResolver,
  IndicatorsResolver,
  LevelsResolver,
  NotificationsResolver,
  PersonResolver,
  ProposalsResolver,
  PublicationsResolver,
  RankingsResolver,
  RemindersResolver,
  ReportRevisionsResolver,
  ReportsResolver,
  ReportValuesResolver,
  ReviewsResolver,
  RulesPreviewResolver,
  RulesResolver,
  TargetChangesResolver,
  TargetSetsResolver,
  TargetsResolver,
  UnitsResolver,
  UserErrorResolver,
  UsersResolver,
  ViewerResolver,
  WebhookDeliveryResolver,
  WebhooksResolver,
  WeeklyReportMailingResolver,
  WeeklyReportResolver,
] as const;

/**
 * Inputs are checked on one track. Every mutation's arguments first pass the checks all share (lengths, ids:
 * refuse-arguments), then its service checks the rest (formats, ranges, the domain's rules); both are answered as
 * the payload's userErrors. class-validator never runs: its `@MaxLength` on an input field is only read, as the
 * declared length limit (input-limits). Page sizes and cursors are checked by `pageWindow` (BAD_USER_INPUT).
 */
export async function createSchema(services?: SchemaServices): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validate: false,
    validateFn: checkMutationArguments,
    container: resolverContainer(services),
    pubSub: NO_TOPICS,
  });
  return answerRefusedArguments(schema);
}

/** The services some resolvers are built with; without them (emitting or inspecting the schema) those throw. */
export interface SchemaServices {
  auth: AuthService;
  /** Absent: webhooks are checked with the default settings and cannot be redelivered (no job queue). */
  webhooks?: WebhookServices;
}

/** One instance of each resolver class, built here with the services it needs. */
function resolverContainer(services: SchemaServices | undefined): ContainerType {
  const made = new Map<unknown, unknown>();
  const make = (resolverClass: new (...args: never[]) => unknown): unknown => {
    if (resolverClass === AuthResolver) {
      if (!services) throw new Error('the schema was built without its services: it cannot sign anyone in');
      return new AuthResolver(services.auth);
    }
    if (resolverClass === WebhooksResolver) {
      return new WebhooksResolver(services?.webhooks ?? { settings: DEFAULT_WEBHOOK_SETTINGS, jobs: null });
    }
    return new (resolverClass as new () => unknown)();
  };
  return {
    get(resolverClass: new (...args: never[]) => unknown) {
      if (!made.has(resolverClass)) made.set(resolverClass, make(resolverClass));
      return made.get(resolverClass);
    },
  };
}
