import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { RANK_ORDER, type RowOrderKey } from '@thidua/domain';
import { badInput } from '../../foundation/errors/refusal';
import { ConnectionArgs } from '../../foundation/graphql/connection';
import { msg } from '../../foundation/i18n/message';
import type { RowView } from './rankings.service';

export enum RankingRowOrderByEnum {
  RANK = 'RANK',
  UNIT_NAME = 'UNIT_NAME',
  SCORE = 'SCORE',
  MOVEMENT = 'MOVEMENT',
  INDICATOR_RATE = 'INDICATOR_RATE',
}
registerEnumType(RankingRowOrderByEnum, {
  name: 'RankingRowOrderBy',
  description: "A column a ranking's rows can be ordered by.",
  valuesConfig: {
    RANK: { description: "The ranking's own order: by rank, then the units without data." },
    UNIT_NAME: { description: "The unit's name, compared the Vietnamese way." },
    SCORE: { description: 'The score.' },
    MOVEMENT: { description: 'Places gained since the period before.' },
    INDICATOR_RATE: { description: 'The rate of the indicator `indicatorCode`.' },
  },
});

@InputType({
  description:
    'How rowsConnection orders its rows. Rows without a value in the column (no data, no movement) come last in ' +
    "either direction; rows equal in it keep the ranking's order (rank, then code).",
})
export class RankingRowOrder {
  @Field(() => RankingRowOrderByEnum)
  by: RankingRowOrderByEnum;

  @Field(() => String, {
    nullable: true,
    description: "With INDICATOR_RATE (and only with it): the code of one of the campaign's indicators.",
  })
  indicatorCode?: string | null;

  @Field({ defaultValue: false, description: 'Largest first (names Z→A); false: smallest first (names A→Z).' })
  descending: boolean;
}

@ArgsType()
export class RankingRowsArgs extends ConnectionArgs {
  @Field(() => RankingRowOrder, {
    nullable: true,
    description:
      'Absent: the order of `rows`. Another order ranks the whole level all the same; cursors are positions in ' +
      'the order asked for.',
  })
  orderBy?: RankingRowOrder | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only the rows whose unit's name or code contains these words, ignoring case and Vietnamese marks " +
      '("dam doi" finds Huyện Đầm Dơi); at most 100 characters. Ranks stay those of the whole level; totalCount ' +
      'counts the rows found.',
  })
  search?: string | null;
}

/** The longest search rowsConnection takes. */
export const MAX_ROW_SEARCH_LENGTH = 100;

const KEY_OF: Record<Exclude<RankingRowOrderByEnum, 'INDICATOR_RATE'>, RowOrderKey> = {
  RANK: { kind: 'rank' },
  UNIT_NAME: { kind: 'unit' },
  SCORE: { kind: 'score' },
  MOVEMENT: { kind: 'movement' },
};

/** rowsConnection's orderBy and search as the service takes them; refused (BAD_USER_INPUT) where they do not fit. */
export function rowViewOf({ orderBy, search }: Pick<RankingRowsArgs, 'orderBy' | 'search'>): RowView {
  const words = (search ?? '').trim();
  if (words.length > MAX_ROW_SEARCH_LENGTH)
    throw badInput(
      msg(
        `search takes at most ${MAX_ROW_SEARCH_LENGTH} characters.`,
        `Từ khóa tìm kiếm dài tối đa ${MAX_ROW_SEARCH_LENGTH} ký tự.`,
      ),
    );
  if (!orderBy) return { order: RANK_ORDER, search: words };
  const direction = orderBy.descending ? 'descending' : 'ascending';
  if (orderBy.by === RankingRowOrderByEnum.INDICATOR_RATE) {
    if (!orderBy.indicatorCode)
      throw badInput(
        msg('INDICATOR_RATE needs indicatorCode.', 'Sắp xếp theo tỷ lệ chỉ tiêu cần mã chỉ tiêu (indicatorCode).'),
      );
    return { order: { key: { kind: 'indicator', code: orderBy.indicatorCode }, direction }, search: words };
  }
  if (orderBy.indicatorCode)
    throw badInput(
      msg('indicatorCode goes only with INDICATOR_RATE.', 'Mã chỉ tiêu chỉ dùng khi sắp xếp theo tỷ lệ chỉ tiêu.'),
    );
  return { order: { key: KEY_OF[orderBy.by], direction }, search: words };
}
