import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { recordAudit } from '../../foundation/audit/audit.service';
import { isId } from '../../foundation/database/errors';
import { checkText, fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { ProposalEntity, ReviewEntity, type Decision } from './review.entity';
import type { DecideProposalInput, DecideProposalsInput } from './review.type';
import { msg } from '../../foundation/i18n/message';

/** At most this many proposals in one bulk decision: a review's proposals, with room to spare. */
export const MAX_PROPOSALS_PER_DECISION = 1000;

export const finalized = (field: string[]) =>
  userError(
    'REVIEW_FINALIZED',
    field,
    msg('This review is finalized; it can no longer change.', 'Đợt xét đã hoàn tất; không thể thay đổi nữa.'),
  );

const checkNote = (note: string | null | undefined, field: string[]): Problem[] =>
  checkText(note ?? '', field, 'note', 2000).filter((error) => error.code !== 'REQUIRED');

/**
 * The board's decisions on proposals: approve, reject, or set back to pending (the undo) with a note, one at a time
 * or a selection at once, until the review is finalized. Each call is one transaction holding the review's row, so
 * deciding and finalizing never interleave; each changed proposal gets an audit entry.
 */
export class ProposalDecisionsService {
  constructor(private readonly dataSource: DataSource) {}

  async decide(input: DecideProposalInput, viewer: Viewer, now: Date): Promise<Outcome<ProposalEntity>> {
    const errors = checkNote(input.note, ['input', 'note']);
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const found = isId(input.proposalId) ? await manager.findOneBy(ProposalEntity, { id: input.proposalId }) : null;
      if (!found)
        return fail(
          userError('NOT_FOUND', ['input', 'proposalId'], msg('There is no such proposal.', 'Không có đề xuất này.')),
        );
      const review = await lockReview(manager, found.reviewId);
      if (review?.status !== 'DRAFT') return fail(finalized(['input', 'proposalId']));
      const [saved] = await applyDecision(manager, viewer, now, [found.id], input.decision, input.note);
      return succeed(saved);
    });
  }

  /** The same decision and note for a selection of one review's proposals; all or nothing. */
  async decideMany(input: DecideProposalsInput, viewer: Viewer, now: Date): Promise<Outcome<ProposalEntity[]>> {
    const ids = [...new Set(input.proposalIds)];
    const errors = checkNote(input.note, ['input', 'note']);
    if (!ids.length)
      errors.push(
        userError(
          'REQUIRED',
          ['input', 'proposalIds'],
          msg('Select at least one proposal.', 'Hãy chọn ít nhất một đề xuất.'),
        ),
      );
    if (ids.length > MAX_PROPOSALS_PER_DECISION)
      errors.push(
        userError(
          'TOO_MANY',
          ['input', 'proposalIds'],
          msg(
            `At most ${MAX_PROPOSALS_PER_DECISION} proposals at once.`,
            `Mỗi lần tối đa ${MAX_PROPOSALS_PER_DECISION} đề xuất.`,
          ),
        ),
      );
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const review = isId(input.reviewId) ? await lockReview(manager, input.reviewId) : null;
      if (!review)
        return fail(
          userError('NOT_FOUND', ['input', 'reviewId'], msg('There is no such review.', 'Không có đợt xét này.')),
        );
      if (review.status !== 'DRAFT') return fail(finalized(['input', 'reviewId']));
      const valid = ids.filter(isId);
      const found = valid.length ? await manager.findBy(ProposalEntity, { id: In(valid), reviewId: review.id }) : [];
      const known = new Set(found.map((proposal) => proposal.id));
      const unknown = input.proposalIds.flatMap((id, i) =>
        known.has(id)
          ? []
          : [
              userError(
                'NOT_FOUND',
                ['input', 'proposalIds', String(i)],
                msg('This review has no such proposal.', 'Đợt xét không có đề xuất này.'),
              ),
            ],
      );
      if (unknown.length) return fail(...unknown);
      return succeed(await applyDecision(manager, viewer, now, ids, input.decision, input.note));
    });
  }
}

function lockReview(manager: EntityManager, reviewId: string): Promise<ReviewEntity | null> {
  return manager.findOne(ReviewEntity, { where: { id: reviewId }, lock: { mode: 'pessimistic_write' } });
}

async function applyDecision(
  manager: EntityManager,
  viewer: Viewer,
  now: Date,
  ids: string[],
  decision: Decision,
  note: string | null | undefined,
): Promise<ProposalEntity[]> {
  const proposals = await manager.findBy(ProposalEntity, { id: In(ids) });
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const saved: ProposalEntity[] = [];
  for (const id of ids) {
    const proposal = byId.get(id) as ProposalEntity;
    const before = { decision: proposal.decision, note: proposal.note };
    proposal.decision = decision;
    proposal.note = note?.trim() || null;
    proposal.decidedBy = decision === 'PENDING' ? null : viewer.userId;
    proposal.decidedAt = decision === 'PENDING' ? null : now;
    saved.push(await manager.save(proposal));
    await recordAudit(manager, viewer, {
      action: 'decideProposal',
      entityType: 'Proposal',
      entityId: proposal.id,
      before,
      after: { decision: proposal.decision, note: proposal.note },
    });
  }
  return saved;
}
