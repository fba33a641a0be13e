import type { DataSource } from 'typeorm';
import type { JsonValue } from '@thidua/domain';
import { badInput } from '../../foundation/errors/refusal';
import { runRules } from './proposals.engine';
import { checkRuleDraft, checkRulesWork, loadRuleCheckContext } from './rule-checks';
import type { RuleDraftInput } from './rule.type';
import { RulesService } from './rules.service';
import { joinMessages, msg } from '../../foundation/i18n/message';

export interface RulesPreviewQuery {
  campaignId: string;
  asOfPeriod: number | null;
  targetSetKey: string | null;
  /** Rules not saved yet; the campaign's saved enabled rules when null. */
  drafts: RuleDraftInput[] | null;
}

/**
 * Dry run: the proposals these rules would make, shaped as pending proposals numbered `preview-1`, `preview-2`…;
 * writes nothing. Drafts that do not check, or rules that cannot run, refuse the whole request (BAD_USER_INPUT).
 */
export async function previewRules(dataSource: DataSource, query: RulesPreviewQuery, now: Date) {
  const { campaignId, asOfPeriod, targetSetKey, drafts } = query;
  const rules = drafts ?? (await new RulesService(dataSource).list(campaignId)).filter((rule) => rule.enabled);
  if (drafts) {
    const context = (await loadRuleCheckContext(dataSource.manager, campaignId)) ?? {
      indicatorCodes: [],
      unitCount: 0,
      otherEnabledSteps: [],
    };
    const checked = drafts.map((draft, i) => checkRuleDraft(context, draft, ['rules', String(i)]));
    const errors = checked.flatMap((draft) => draft.errors);
    if (!errors.length) {
      errors.push(
        ...checkRulesWork(
          context,
          checked.map((draft) => draft.steps),
          ['rules'],
        ),
      );
    }
    if (errors.length) {
      const at = (field: string[] | null | undefined) => msg(`${field?.join('.')}:`, `${field?.join('.')}:`);
      throw badInput(joinMessages(errors.map((error) => joinMessages([at(error.field), error.message]))));
    }
  }
  const run = await runRules(dataSource, { campaignId, asOfPeriod, targetSetKey }, rules, now);
  if (!run.proposals.ok) {
    throw badInput(joinMessages(run.proposals.messages));
  }
  return run.proposals.value.map((proposal, i) => ({
    ...proposal,
    id: `preview-${i + 1}`,
    campaignId,
    condition: (rules.find((rule) => rule.code === proposal.ruleCode)?.condition as JsonValue | undefined) ?? null,
    decision: 'PENDING' as const,
    note: null,
    decidedAt: null,
    decidedBy: null,
  }));
}
