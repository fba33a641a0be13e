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
import { PersonResolver } from '../modules/users/person.resolver';
import { UsersResolver } from '../modules/users/users.resolver';
import { WeeklyReportResolver } from '../modules/weekly-report/weekly-report.resolver';
import { authChecker } from './auth-checker';
import { answerRefusedArguments, checkMutationArguments } from './refuse-arguments';

export const resolvers = [
  ApiTokensResolver,
  AuditResolver,
  AuthResolver,
  CampaignsResolver,
  DossierRecordsResolver,
  IndicatorsResolver,
  LevelsResolver,
  PersonResolver,
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

/**
 * Inputs are checked by the services and answered as userErrors. Before them, every mutation's arguments pass the
 * checks all share (lengths, ids: refuse-arguments), answered as userErrors too; class-validator is not run.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, authChecker, validate: false, validateFn: checkMutationArguments });
  return answerRefusedArguments(schema);
}
