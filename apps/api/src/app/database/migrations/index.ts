import { InitialSchema1764340000000 } from './1764340000000-initial-schema';
import { CampaignsAndTargets1764400000000 } from './1764400000000-campaigns-and-targets';
import { Reports1764460000000 } from './1764460000000-reports';
import { RulesAndReviews1764520000000 } from './1764520000000-rules-and-reviews';
import { ApiTokens1764580000000 } from './1764580000000-api-tokens';
import { DossierRecords1764640000000 } from './1764640000000-dossier-records';
import { IndicatorVersion1764760000000 } from './1764760000000-indicator-version';
import { LoginAttemptsAndTokenExpiry1764823000000 } from './1764823000000-login-attempts-and-token-expiry';
import { ReportCountRange1764900000000 } from './1764900000000-report-count-range';
import { CampaignScoring1764960000000 } from './1764960000000-campaign-scoring';
import { ProposalCondition1765020000000 } from './1765020000000-proposal-condition';
import { CampaignPublications1765080000000 } from './1765080000000-campaign-publications';
import { RateBudgets1765140000000 } from './1765140000000-rate-budgets';
import { ChangeTracking1765200000000 } from './1765200000000-change-tracking';
import { EventsAndWebhooks1765260000000 } from './1765260000000-events-and-webhooks';
import { Reminders1765320000000 } from './1765320000000-reminders';
import { PeriodClose1765380000000 } from './1765380000000-period-close';
import { RankingOrders1765440000000 } from './1765440000000-ranking-orders';
import { KeptFigures1765500000000 } from './1765500000000-kept-figures';
import { KeptFigureSnapshots1765560000000 } from './1765560000000-kept-figure-snapshots';
import { KeptFiguresByPeriod1765620000000 } from './1765620000000-kept-figures-by-period';
import { KeptFiguresPacked1765680000000 } from './1765680000000-kept-figures-packed';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const migrations = [
  InitialSchema1764340000000,
  CampaignsAndTargets1764400000000,
  Reports1764460000000,
  RulesAndReviews1764520000000,
  ApiTokens1764580000000,
  DossierRecords1764640000000,
  IndicatorVersion1764760000000,
  LoginAttemptsAndTokenExpiry1764823000000,
  ReportCountRange1764900000000,
  CampaignScoring1764960000000,
  ProposalCondition1765020000000,
  CampaignPublications1765080000000,
  RateBudgets1765140000000,
  ChangeTracking1765200000000,
  EventsAndWebhooks1765260000000,
  Reminders1765320000000,
  PeriodClose1765380000000,
  RankingOrders1765440000000,
  KeptFigures1765500000000,
  KeptFigureSnapshots1765560000000,
  KeptFiguresByPeriod1765620000000,
  KeptFiguresPacked1765680000000,
];
