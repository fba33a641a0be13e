import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CampaignsResolver } from '../modules/campaigns/campaigns.resolver';
import { DossierRecordsResolver } from '../modules/dossiers/dossier-records.resolver';
import { IndicatorsResolver } from '../modules/indicators/indicators.resolver';
import { TargetChangesResolver, TargetSetsResolver, TargetsResolver } from '../modules/targets/targets.resolver';
import { LevelsResolver } from '../modules/levels/levels.resolver';
import { RankingsResolver } from '../modules/rankings/rankings.resolver';
import { ProposalsResolver, ReviewsResolver } from '../modules/reviews/reviews.resolver';
import { RulesResolver } from '../modules/rules/rules.resolver';
import { ReportRevisionsResolver, ReportValuesResolver, ReportsResolver } from '../modules/reports/reports.resolver';
import { UnitsResolver } from '../modules/units/units.resolver';
import { UsersResolver } from '../modules/users/users.resolver';
import { WeeklyReportResolver } from '../modules/weekly-report/weekly-report.resolver';
import { authChecker } from './auth-checker';

export const resolvers = [
  ApiTokensResolver,
  AuditResolver,
  AuthResolver,
  CampaignsResolver,
  DossierRecordsResolver,
  IndicatorsResolver,
  LevelsResolver,
  ProposalsResolver,
  RankingsResolver,
  ReportRevisionsResolver,
  ReportsResolver,
  ReportValuesResolver,
  ReviewsResolver,
  RulesResolver,
  TargetChangesResolver,
  TargetSetsResolver,
  TargetsResolver,
  UnitsResolver,
  UsersResolver,
  WeeklyReportResolver,
] as const;

/** Inputs are checked by the services and answered as userErrors, so type-graphql's own validation stays off. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, authChecker, validate: false });
}
