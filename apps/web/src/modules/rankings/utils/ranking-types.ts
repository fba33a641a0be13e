import type { IndicatorResultFieldsFragment, RankingQuery } from '../../../generated/graphql';

export type RankingData = RankingQuery['ranking'];
export type RankingRowData = RankingData['rowsConnection']['edges'][number]['node'];
export type IndicatorResult = IndicatorResultFieldsFragment;
