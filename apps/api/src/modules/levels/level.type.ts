import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A tier units are ranked and targeted in (cấp tỉnh / cấp huyện / cấp xã). Levels are data.',
})
export class Level {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable key, e.g. "province", "district", "commune".' }) key: string;
  @Field() name: string;
  @Field(() => Int, { description: '1 = the top level.' }) depth: number;
}
