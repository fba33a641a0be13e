import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { JsonValue } from '@thidua/domain';
import { LanguageEnum } from '../../foundation/graphql/language';
import { READ_RANKINGS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import type { Viewer } from '../../foundation/access/viewer';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { type Outcome } from '../../foundation/errors/problem';
import { Role } from '../../foundation/access/role';
import type { RuleEntity } from './rule.entity';
import { CreateRuleInput, Rule, RulePayload, UpdateRuleInput } from './rule.type';
import { RulesService } from './rules.service';
import { conditionText } from './condition-text';

const payload = (outcome: Outcome<RuleEntity>): RulePayload =>
  outcome.ok ? { rule: outcome.value, userErrors: [] } : { rule: null, userErrors: outcome.userErrors };

@Resolver(() => Rule)
export class RulesResolver {
  @Authorized(READ_RANKINGS)
  @Query(() => [Rule], { description: "The campaign's rules, enabled or not: commendation first, by priority." })
  rules(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    return new RulesService(ctx.dataSource).list(campaignId);
  }

  @FieldResolver(() => String, {
    description:
      'The condition in plain words, with the campaign\'s names for indicators and classes, e.g. "đạt mọi chỉ tiêu, không nộp trễ, hạng ≤ 3".',
  })
  conditionText(
    @Root() rule: RuleEntity,
    @Arg('language', () => LanguageEnum, { defaultValue: LanguageEnum.VI }) language: LanguageEnum,
    @Ctx() ctx: Context,
  ) {
    return conditionText(ctx, rule.campaignId, rule.condition as JsonValue, language);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RulePayload, {
    description: 'A malformed condition is refused, naming the unknown variable or operator.',
  })
  async createRule(
    @Arg('input') input: CreateRuleInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<RulePayload> {
    return payload(await new RulesService(ctx.dataSource).create(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RulePayload)
  async updateRule(
    @Arg('input') input: UpdateRuleInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<RulePayload> {
    return payload(await new RulesService(ctx.dataSource).update(input, viewer));
  }
}
