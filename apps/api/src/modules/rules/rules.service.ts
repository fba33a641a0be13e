import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { isId, isUniqueViolation } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { checkRuleDraft, checkRulesWork, loadRuleCheckContext } from './rule-checks';
import { RuleEntity } from './rule.entity';
import type { CreateRuleInput, UpdateRuleInput } from './rule.type';
import { msg } from '../../foundation/i18n/message';
import { unknownCampaign } from '../campaigns';

const duplicate = (code: string) =>
  userError(
    'DUPLICATE_CODE',
    ['input', 'code'],
    msg(`This campaign already has a rule ${code}.`, `Chiến dịch đã có tiêu chí thi đua ${code}.`),
  );

export class RulesService {
  constructor(private readonly dataSource: DataSource) {}

  list(campaignId: string): Promise<RuleEntity[]> {
    return isId(campaignId)
      ? this.dataSource
          .getRepository(RuleEntity)
          .find({ where: { campaignId }, order: { outcome: 'ASC', priority: 'DESC', code: 'ASC' } })
      : Promise.resolve([]);
  }

  async create(input: CreateRuleInput, viewer: Viewer | null): Promise<Outcome<RuleEntity>> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const context = await loadRuleCheckContext(manager, input.campaignId);
        if (!context) return fail(unknownCampaign());
        const draft = {
          code: input.code.trim(),
          name: input.name.trim(),
          outcome: input.outcome,
          form: input.form.trim(),
          priority: input.priority,
          condition: input.condition,
        };
        const { errors, steps } = checkRuleDraft(context, draft, ['input']);
        if (!errors.length && (input.enabled ?? true))
          errors.push(...checkRulesWork(context, [...context.otherEnabledSteps, steps], ['input', 'condition']));
        if (!errors.length && (await manager.existsBy(RuleEntity, { campaignId: input.campaignId, code: draft.code })))
          errors.push(duplicate(draft.code));
        if (errors.length) return fail(...errors);
        const rule = await manager.save(
          manager.create(RuleEntity, {
            ...draft,
            campaignId: input.campaignId,
            enabled: input.enabled ?? true,
            version: 1,
          }),
        );
        await recordAudit(manager, viewer, {
          action: 'createRule',
          entityType: 'Rule',
          entityId: rule.id,
          before: null,
          after: { ...draft },
        });
        return succeed(rule);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'rules_campaign_id_code_key')) return fail(duplicate(input.code));
      throw error;
    }
  }

  async update(input: UpdateRuleInput, viewer: Viewer | null): Promise<Outcome<RuleEntity>> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rule = isId(input.id)
          ? await manager.findOne(RuleEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (!rule)
          return fail(
            userError('NOT_FOUND', ['input', 'id'], msg('There is no such rule.', 'Không có tiêu chí thi đua này.')),
          );
        if (input.version != null && input.version !== rule.version) {
          return fail(
            userError(
              'STALE',
              ['input', 'version'],
              msg(
                'Someone else changed this rule since you opened it; reload and try again.',
                'Người khác vừa thay đổi tiêu chí thi đua này sau khi bạn mở; hãy tải lại rồi thử lại.',
              ),
            ),
          );
        }
        const before = {
          code: rule.code,
          name: rule.name,
          outcome: rule.outcome,
          form: rule.form,
          priority: rule.priority,
          condition: rule.condition,
          enabled: rule.enabled,
        };
        const next = {
          code: input.code?.trim() ?? rule.code,
          name: input.name?.trim() ?? rule.name,
          outcome: input.outcome ?? rule.outcome,
          form: input.form?.trim() ?? rule.form,
          priority: input.priority ?? rule.priority,
          condition: input.condition === undefined || input.condition === null ? rule.condition : input.condition,
        };
        const context = await loadRuleCheckContext(manager, rule.campaignId, rule.id);
        const { errors, steps } = context ? checkRuleDraft(context, next, ['input']) : { errors: [], steps: 0 };
        if (context && !errors.length && (input.enabled ?? rule.enabled))
          errors.push(...checkRulesWork(context, [...context.otherEnabledSteps, steps], ['input', 'condition']));
        if (
          !errors.length &&
          next.code !== rule.code &&
          (await manager.existsBy(RuleEntity, { campaignId: rule.campaignId, code: next.code }))
        )
          errors.push(duplicate(next.code));
        if (errors.length) return fail(...errors);
        Object.assign(rule, next, { version: rule.version + 1 });
        if (input.enabled != null) rule.enabled = input.enabled;
        const saved = await manager.save(rule);
        await recordAudit(manager, viewer, {
          action: 'updateRule',
          entityType: 'Rule',
          entityId: rule.id,
          before,
          after: { ...next, enabled: rule.enabled },
        });
        return succeed(saved);
      });
    } catch (error) {
      if (input.code && isUniqueViolation(error, 'rules_campaign_id_code_key')) return fail(duplicate(input.code));
      throw error;
    }
  }
}
