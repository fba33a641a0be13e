import type { IndicatorResultFieldsFragment, RankingQuery } from '../../../generated/graphql';

export type RankingData = RankingQuery['ranking'];
export type RankingRowData = RankingData['rows'][number];
export type IndicatorResult = IndicatorResultFieldsFragment;
