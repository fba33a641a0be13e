import { In, type DataSource, type EntityManager } from 'typeorm';
import { proposalConflicts, type JsonValue, type ProposalConflict } from '@thidua/domain';
import type { Viewer } from '../../foundation/access/viewer';
import { checkText, fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { isId, isUniqueViolation } from '../../foundation/database/errors';
import { recordEvents } from '../../foundation/events/outbox';
import { recordAudit } from '../../foundation/audit/audit.service';
import { loadCampaignContext, unknownCampaign } from '../campaigns';
import { checkUnit } from '../reports';
import { RuleEntity } from '../rules';
import { TargetSetEntity } from '../targets';
import { UnitEntity } from '../units';
import { runRules } from '../rules';
import { standingOf } from '../rankings';
import { ProposalEntity, ReviewEntity, type ReviewSnapshot } from './review.entity';
import type { AddProposalInput, CreateReviewInput, FinalizeReviewInput } from './review.type';

import { finalized } from './proposal-decisions.service';
import { msg } from '../../foundation/i18n/message';

/** A unit's proposals in conflict, as finalizeReview's audit entry records them when the board accepts them. */
export interface AcceptedConflict {
  unitId: string;
  unitName: string;
  /** Every kind found among the unit's proposals, in the order BOTH_OUTCOMES, DUPLICATE, AGAINST_RULES. */
  conflicts: ProposalConflict[];
  proposalIds: string[];
}

const CONFLICT_KINDS: readonly ProposalConflict[] = ['BOTH_OUTCOMES', 'DUPLICATE', 'AGAINST_RULES'];

/** The units whose proposals are in conflict (docs/domain.md §5), in the order of their names. */
async function conflictsOf(manager: EntityManager, proposals: ProposalEntity[]): Promise<AcceptedConflict[]> {
  const found = proposalConflicts(proposals);
  const byUnit = new Map<string, { kinds: Set<ProposalConflict>; proposalIds: string[] }>();
  for (const proposal of proposals) {
    const kinds = found.get(proposal.id) ?? [];
    if (!kinds.length) continue;
    const unit = byUnit.get(proposal.unitId) ?? { kinds: new Set<ProposalConflict>(), proposalIds: [] };
    kinds.forEach((kind) => unit.kinds.add(kind));
    unit.proposalIds.push(proposal.id);
    byUnit.set(proposal.unitId, unit);
  }
  if (!byUnit.size) return [];
  const units = await manager.findBy(UnitEntity, { id: In([...byUnit.keys()]) });
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return [...byUnit]
    .map(([unitId, { kinds, proposalIds }]) => ({
      unitId,
      unitName: names.get(unitId) ?? '',
      conflicts: CONFLICT_KINDS.filter((kind) => kinds.has(kind)),
      proposalIds: proposalIds.sort(),
    }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || (a.unitId < b.unitId ? -1 : 1));
}

function unresolved(conflicts: AcceptedConflict[]): Problem {
  const proposals = conflicts.reduce((sum, conflict) => sum + conflict.proposalIds.length, 0);
  const units = conflicts.length === 1 ? '1 unit' : `${conflicts.length} units`;
  return userError(
    'UNRESOLVED_CONFLICTS',
    ['input', 'acceptConflicts'],
    msg(
      `${proposals} proposals of ${units} are still in conflict; reject one side of each, or finalize with ` +
        'acceptConflicts: true to accept them.',
      `${proposals} đề xuất của ${conflicts.length} đơn vị vẫn cần xem lại; hãy không đồng ý một bên của mỗi trường ` +
        'hợp, hoặc hoàn tất với acceptConflicts: true để chấp nhận.',
    ),
  );
}

export class ReviewsService {
  constructor(private readonly dataSource: DataSource) {}

  list(campaignId: string): Promise<ReviewEntity[]> {
    return isId(campaignId)
      ? this.dataSource.getRepository(ReviewEntity).find({ where: { campaignId }, order: { createdAt: 'DESC' } })
      : Promise.resolve([]);
  }

  async findById(id: string): Promise<ReviewEntity | null> {
    return isId(id) ? this.dataSource.getRepository(ReviewEntity).findOneBy({ id }) : null;
  }

  /** Freezes the rankings of every level as of a due period, with the proposals of the campaign's enabled rules. */
  async create(input: CreateReviewInput, viewer: Viewer, now: Date): Promise<Outcome<ReviewEntity>> {
    const errors = checkText(input.name, ['input', 'name'], 'name', 300);
    const context = await loadCampaignContext(this.dataSource.manager, input.campaignId);
    if (!context) return fail(unknownCampaign());
    const period = context.periods[input.asOfPeriod - 1];
    if (!period)
      errors.push(
        userError(
          'PERIOD_OUT_OF_RANGE',
          ['input', 'asOfPeriod'],
          msg(
            `Period ${input.asOfPeriod} is not one of the campaign's periods 1 to ${context.periods.length}.`,
            `Kỳ ${input.asOfPeriod} không thuộc các kỳ báo cáo của chiến dịch (từ 1 đến ${context.periods.length}).`,
          ),
        ),
      );
    else if (period.dueAt > now)
      errors.push(
        userError(
          'REVIEW_PERIOD_NOT_DUE',
          ['input', 'asOfPeriod'],
          msg(
            `Period ${input.asOfPeriod} is not due yet; a review looks at periods whose reports are due.`,
            `Kỳ ${input.asOfPeriod} chưa đến hạn nộp; đợt xét chỉ xét các kỳ báo cáo đã đến hạn.`,
          ),
        ),
      );
    const set = await this.dataSource
      .getRepository(TargetSetEntity)
      .findOneBy(
        input.targetSetKey
          ? { campaignId: context.campaign.id, key: input.targetSetKey }
          : { campaignId: context.campaign.id, primary: true },
      );
    if (!set)
      errors.push(
        userError(
          'UNKNOWN_TARGET_SET',
          ['input', 'targetSetKey'],
          msg('This campaign has no such target set.', 'Chiến dịch không có bộ chỉ tiêu này.'),
        ),
      );
    if (errors.length || !set) return fail(...errors);
    // Read and computed before the write transaction: on the embedded database a transaction holds the only connection.
    const rules = await this.dataSource
      .getRepository(RuleEntity)
      .findBy({ campaignId: context.campaign.id, enabled: true });
    const run = await runRules(
      this.dataSource,
      { campaignId: context.campaign.id, asOfPeriod: input.asOfPeriod, targetSetKey: set.key },
      rules,
      now,
    );
    const proposals = run.proposals;
    if (!proposals.ok)
      return fail(...proposals.messages.map((message) => userError('RULES_INVALID', ['input', 'campaignId'], message)));
    return this.dataSource.transaction(async (manager) => {
      const snapshot: ReviewSnapshot = {
        legend: context.campaign.legend,
        rankings: run.rankings.map(({ level, ranking }) => ({
          levelId: level.id,
          cohortSize: ranking.cohortSize,
          rows: ranking.rows.map((row) => ({
            unitId: row.unitId,
            ...standingOf(row),
            classCode: row.class,
            indicators: row.indicators.map(({ code, ...figure }) => ({
              ...figure,
              indicatorId: context.indicators.find((indicator) => indicator.code === code)?.id as string,
            })),
          })),
        })),
      };
      const review = await manager.save(
        manager.create(ReviewEntity, {
          campaignId: context.campaign.id,
          name: input.name.trim(),
          asOfPeriod: input.asOfPeriod,
          targetSetId: set.id,
          status: 'DRAFT',
          snapshot,
          createdBy: viewer.userId,
          // The time passed in, not the database's: the demo makes its reviews in the campaign's own time.
          createdAt: now,
        }),
      );
      if (proposals.value.length) {
        await manager.save(
          proposals.value.map((proposal) =>
            manager.create(ProposalEntity, {
              reviewId: review.id,
              unitId: proposal.unitId,
              outcome: proposal.outcome,
              form: proposal.form,
              ruleCode: proposal.ruleCode,
              condition:
                (rules.find((rule) => rule.code === proposal.ruleCode)?.condition as JsonValue | undefined) ?? null,
              reason: proposal.reason,
              evidence: proposal.evidence,
              decision: 'PENDING',
            }),
          ),
        );
      }
      await recordAudit(manager, viewer, {
        action: 'createReview',
        entityType: 'Review',
        entityId: review.id,
        before: null,
        after: { ...input, proposals: proposals.value.length },
      });
      return succeed(review);
    });
  }

  async addProposal(input: AddProposalInput, viewer: Viewer): Promise<Outcome<ProposalEntity>> {
    const errors = [
      ...checkText(input.form, ['input', 'form'], 'form', 200),
      ...checkText(input.reason, ['input', 'reason'], 'reason', 2000),
    ];
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const review = isId(input.reviewId)
        ? await manager.findOne(ReviewEntity, { where: { id: input.reviewId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!review)
        return fail(
          userError('NOT_FOUND', ['input', 'reviewId'], msg('There is no such review.', 'Không có đợt xét này.')),
        );
      if (review.status === 'FINALIZED') return fail(finalized(['input', 'reviewId']));
      const context = await loadCampaignContext(manager, review.campaignId);
      const unit = isId(input.unitId) ? await manager.findOneBy(UnitEntity, { id: input.unitId }) : null;
      const problems: Problem[] = context ? checkUnit(context, unit, ['input', 'unitId']) : [];
      if (
        !problems.length &&
        (await manager.existsBy(ProposalEntity, { reviewId: review.id, unitId: input.unitId, outcome: input.outcome }))
      ) {
        problems.push(
          userError(
            'DUPLICATE_PROPOSAL',
            ['input', 'unitId'],
            msg(
              `${unit?.name} already has a proposal of this outcome in this review.`,
              `${unit?.name} đã có đề xuất với kết quả này trong đợt xét.`,
            ),
          ),
        );
      }
      if (problems.length) return fail(...problems);
      const proposal = await manager.save(
        manager.create(ProposalEntity, {
          reviewId: review.id,
          unitId: input.unitId,
          outcome: input.outcome,
          form: input.form.trim(),
          ruleCode: null,
          reason: input.reason.trim(),
          evidence: [],
          decision: 'PENDING',
          addedBy: viewer.userId,
        }),
      );
      await recordAudit(manager, viewer, {
        action: 'addProposal',
        entityType: 'Proposal',
        entityId: proposal.id,
        before: null,
        after: { ...input },
      });
      return succeed(proposal);
    });
  }

  async finalize(input: FinalizeReviewInput, viewer: Viewer, now: Date): Promise<Outcome<ReviewEntity>> {
    const number = input.decisionNumber.trim();
    const errors = checkText(input.decisionNumber, ['input', 'decisionNumber'], 'decision number', 100);
    if (errors.length) return fail(...errors);
    const duplicate = () =>
      userError(
        'DUPLICATE_DECISION_NUMBER',
        ['input', 'decisionNumber'],
        msg(
          `Decision ${number} is already used by another review of this campaign.`,
          `Quyết định số ${number} đã được dùng cho một đợt xét khác của chiến dịch.`,
        ),
      );
    try {
      return await this.dataSource.transaction(async (manager) => {
        const review = isId(input.reviewId)
          ? await manager.findOne(ReviewEntity, { where: { id: input.reviewId }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (!review)
          return fail(
            userError('NOT_FOUND', ['input', 'reviewId'], msg('There is no such review.', 'Không có đợt xét này.')),
          );
        if (review.status === 'FINALIZED') return fail(finalized(['input', 'reviewId']));
        const proposals = await manager.findBy(ProposalEntity, { reviewId: review.id });
        const pending = proposals.filter((proposal) => proposal.decision === 'PENDING').length;
        const conflicts = pending > 0 ? [] : await conflictsOf(manager, proposals);
        const problems: Problem[] = [];
        if (pending > 0)
          problems.push(
            userError(
              'UNDECIDED_PROPOSALS',
              ['input', 'reviewId'],
              msg(
                `${pending} proposals are still undecided; decide every one before finalizing.`,
                `Còn ${pending} đề xuất chưa xét; hãy xét hết các đề xuất trước khi hoàn tất.`,
              ),
            ),
          );
        // Asked once every proposal is decided: a decision still to come may settle a conflict.
        else if (conflicts.length > 0 && input.acceptConflicts !== true) problems.push(unresolved(conflicts));
        if (await manager.existsBy(ReviewEntity, { campaignId: review.campaignId, decisionNumber: number }))
          problems.push(duplicate());
        if (problems.length) return fail(...problems);
        Object.assign(review, {
          status: 'FINALIZED',
          decisionNumber: number,
          decisionDate: input.decisionDate,
          finalizedBy: viewer.userId,
          finalizedAt: now,
        });
        const saved = await manager.save(review);
        await recordAudit(manager, viewer, {
          action: 'finalizeReview',
          entityType: 'Review',
          entityId: review.id,
          before: null,
          after: { decisionNumber: number, decisionDate: input.decisionDate, acceptedConflicts: conflicts },
        });
        const approved = await manager.findBy(ProposalEntity, { reviewId: review.id, decision: 'APPROVED' });
        await recordEvents(manager, [
          {
            type: 'review.finalized',
            data: {
              reviewId: review.id,
              campaignId: review.campaignId,
              name: review.name,
              asOfPeriod: review.asOfPeriod,
              decisionNumber: number,
              decisionDate: input.decisionDate,
              finalizedAt: now.toISOString(),
              approved: approved.map(({ unitId, outcome, form }) => ({ unitId, outcome, form })),
            },
          },
        ]);
        return succeed(saved);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'reviews_decision_number')) return fail(duplicate());
      throw error;
    }
  }
}
