import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { READ_RANKINGS } from '../api-tokens/scopes';
import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/format-error';
import type { Outcome } from '../../graphql/user-error';
import { Proposal } from '../reviews/review.type';
import { runRules } from '../reviews/proposals.engine';
import { Role } from '../users/role';
import type { RuleEntity } from './rule.entity';
import { CreateRuleInput, Rule, RuleDraftInput, RulePayload, UpdateRuleInput } from './rule.type';
import { checkRuleDraft, checkRulesWork, loadRuleCheckContext } from './rule-checks';
import { RulesService } from './rules.service';

const payload = (outcome: Outcome<RuleEntity>): RulePayload =>
  outcome.ok ? { rule: outcome.value, userErrors: [] } : { rule: null, userErrors: outcome.userErrors };

@Resolver(() => Rule)
export class RulesResolver {
  @Authorized(READ_RANKINGS)
  @Query(() => [Rule], { description: "The campaign's rules, enabled or not: commendation first, by priority." })
  rules(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    return new RulesService(ctx.dataSource).list(campaignId);
  }

  @Authorized(Role.ADMIN, Role.BOARD)
  @Query(() => [Proposal], {
    description: 'Dry run: the proposals these rules (the saved enabled ones when absent) would make; writes nothing.',
  })
  async previewRules(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('asOfPeriod', () => Int, { nullable: true }) asOfPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Arg('rules', () => [RuleDraftInput], { nullable: true }) drafts: RuleDraftInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const rules = drafts ?? (await new RulesService(ctx.dataSource).list(campaignId)).filter((rule) => rule.enabled);
    if (drafts) {
      const context = (await loadRuleCheckContext(ctx.dataSource.manager, campaignId)) ?? {
        indicatorCodes: [],
        unitCount: 0,
        otherEnabledSteps: [],
      };
      const checked = drafts.map((draft, i) => checkRuleDraft(context, draft, ['rules', String(i)]));
      const errors = checked.flatMap((draft) => draft.errors);
      if (!errors.length)
        errors.push(
          ...checkRulesWork(
            context,
            checked.map((draft) => draft.steps),
            ['rules'],
          ),
        );
      if (errors.length)
        throw badUserInput(errors.map((error) => `${error.field?.join('.')}: ${error.message}`).join(' '));
    }
    const run = await runRules(ctx.dataSource, { campaignId, asOfPeriod, targetSetKey }, rules, new Date());
    if (!run.proposals.ok) throw badUserInput(run.proposals.messages.join(' '));
    return run.proposals.value.map((proposal, i) => ({
      ...proposal,
      id: `preview-${i + 1}`,
      ruleCode: proposal.ruleCode,
      decision: 'PENDING',
      note: null,
      decidedAt: null,
      decidedBy: null,
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RulePayload, {
    description: 'A malformed condition is refused, naming the unknown variable or operator.',
  })
  async createRule(@Arg('input') input: CreateRuleInput, @Ctx() ctx: Context): Promise<RulePayload> {
    return payload(await new RulesService(ctx.dataSource).create(input, ctx.viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RulePayload)
  async updateRule(@Arg('input') input: UpdateRuleInput, @Ctx() ctx: Context): Promise<RulePayload> {
    return payload(await new RulesService(ctx.dataSource).update(input, ctx.viewer));
  }
}
