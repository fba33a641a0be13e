import { checkRunWork, validateCondition, validateRule, type EmulationRule } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { fromDomainErrors, userError, type Problem } from '../../foundation/errors/problem';
import { isId } from '../../foundation/database/errors';
import { loadCampaignContext } from '../campaigns';
import { RuleEntity } from './rule.entity';
import { msg } from '../../foundation/i18n/message';

/** What a rule is checked against: the campaign's indicators, how many units its rules run on, its other rules. */
export interface RuleCheckContext {
  indicatorCodes: string[];
  /** Active units of the campaign's levels: every run evaluates each rule once per unit. */
  unitCount: number;
  /** Estimated steps per unit of the campaign's other enabled rules (see CONDITION_LIMITS). */
  otherEnabledSteps: number[];
}

/** The campaign's context for checking its rules (all but `exceptRuleId`), or null when there is no such campaign. */
export async function loadRuleCheckContext(
  manager: EntityManager,
  campaignId: string,
  exceptRuleId: string | null = null,
): Promise<RuleCheckContext | null> {
  const context = isId(campaignId) ? await loadCampaignContext(manager, campaignId) : null;
  if (!context) return null;
  const indicatorCodes = context.indicators.map((indicator) => indicator.code);
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM units u JOIN campaign_levels link ON link.level_id = u.level_id
     WHERE link.campaign_id = $1 AND u.archived_at IS NULL`,
    [campaignId],
  );
  const others = await manager.find(RuleEntity, { where: { campaignId, enabled: true } });
  const otherEnabledSteps = others
    .filter((rule) => rule.id !== exceptRuleId)
    .map((rule) => {
      const checked = validateCondition(rule.condition, indicatorCodes);
      return checked.ok ? checked.value.steps : 0;
    });
  return { indicatorCodes, unitCount: Number(count), otherEnabledSteps };
}

/**
 * Checks a rule with @thidua/domain against the campaign's indicators: unknown variables and operators are named,
 * and a condition beyond CONDITION_LIMITS (size, nesting, work per unit) is refused naming the limit. Returns the
 * condition's estimated steps per unit along with the errors.
 */
export function checkRuleDraft(
  context: RuleCheckContext,
  rule: EmulationRule,
  field: string[],
): { errors: Problem[]; steps: number } {
  const checked = validateRule(rule, context.indicatorCodes);
  const errors = checked.ok ? [] : fromDomainErrors(checked.errors, field);
  if (rule.code && !/^[A-Z0-9_]{1,60}$/.test(rule.code))
    errors.push(
      userError(
        'INVALID_FORMAT',
        [...field, 'code'],
        msg(
          'The code must be 1–60 capital letters, digits or _ (e.g. BANG_KHEN).',
          'Mã phải gồm 1–60 chữ in hoa, chữ số hoặc _ (ví dụ BANG_KHEN).',
        ),
      ),
    );
  const condition = checked.ok ? validateCondition(rule.condition, context.indicatorCodes) : null;
  return { errors, steps: condition?.ok ? condition.value.steps : 0 };
}

/** Refuses rules whose estimated work on every unit of the campaign is beyond CONDITION_LIMITS.maxStepsPerRun. */
export function checkRulesWork(context: RuleCheckContext, stepsPerUnit: number[], field: string[]): Problem[] {
  const work = checkRunWork(stepsPerUnit, context.unitCount, []);
  return work.ok ? [] : fromDomainErrors(work.errors, field);
}
