import { Field, InputType, Int, ObjectType, registerEnumType, ID } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { PUBLIC_SLUG_MAX_LENGTH } from '@thidua/domain';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';
import { Level } from '../levels';

export enum PublicFiguresEnum {
  SCORE_AND_CLASS = 'SCORE_AND_CLASS',
  WITH_RATES = 'WITH_RATES',
}
registerEnumType(PublicFiguresEnum, {
  name: 'PublicFigures',
  description:
    "What the public scoreboard shows of each unit: SCORE_AND_CLASS, or WITH_RATES (the indicators' rates too).",
});

@ObjectType({
  description:
    "Whether and how a campaign's standings are open to anyone at /cong-khai/<slug> (no sign-in). Only the " +
    'published levels, from fromPeriod on, with the chosen figures, leave: no people, reports, reviews or proposals.',
})
export class CampaignPublication {
  @Field({ description: 'False once unpublished: the address then answers 404 at once; the settings are kept.' })
  published: boolean;
  @Field({ description: 'The public address\'s last part, e.g. "chien-dich-69-ngay-dem-2023".' }) slug: string;
  @Field({ description: 'The public page\'s path, "/cong-khai/<slug>".' }) path: string;
  @Field(() => [Level], { description: 'The published levels, top first.' }) levels: Level[];
  @Field(() => PublicFiguresEnum) figures: PublicFiguresEnum;
  @Field(() => Int, { description: 'The first period shown; earlier ones stay private.' }) fromPeriod: number;
  @Field(() => DateTimeScalar) updatedAt: Date;
}

@InputType()
export class PublishCampaignInput {
  @Field(() => ID) campaignId: string;
  @Field({
    description: `Lower-case letters a–z, digits and single hyphens; 3 to ${PUBLIC_SLUG_MAX_LENGTH} characters.`,
  })
  @MaxLength(200)
  slug: string;
  @Field(() => [String], { description: "Keys of the campaign's levels to publish; at least one." })
  @ArrayMaxSize(50)
  @MaxLength(40, { each: true })
  levelKeys: string[];
  @Field(() => PublicFiguresEnum) figures: PublicFiguresEnum;
  @Field(() => Int, { description: 'The first period shown, 1 to the number of periods.' }) fromPeriod: number;
}

@InputType()
export class UnpublishCampaignInput {
  @Field(() => ID) campaignId: string;
}

@ObjectType()
export class PublishCampaignPayload {
  @Field(() => CampaignPublication, { nullable: true }) publication: CampaignPublication | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class UnpublishCampaignPayload {
  @Field(() => CampaignPublication, { nullable: true }) publication: CampaignPublication | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
