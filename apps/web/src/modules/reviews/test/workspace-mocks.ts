import type { MockLink } from '@apollo/client/testing';
import type { Decision, ProposalConflict } from '../../../generated/graphql';
import { RulesQuery } from '../../rules';
import type { ReviewDetail, WorkspaceProposal } from '../components/types';
import { DecideProposalMutation } from '../graphql/mutations/decide-proposal';
import { DecideProposalsMutation } from '../graphql/mutations/decide-proposals';
import { ReviewProposalsQuery } from '../graphql/queries/review-proposals';

const PROVINCE = { __typename: 'Level', id: 'l-1', key: 'province', name: 'Cấp tỉnh', depth: 1 };
const DISTRICT = { __typename: 'Level', id: 'l-2', key: 'district', name: 'Cấp huyện', depth: 2 };
const BOARD_MEMBER = { __typename: 'User', id: 'b-1', name: 'Thành viên Hội đồng' };

function proposal(
  id: string,
  unit: [string, string, typeof PROVINCE],
  outcome: 'COMMENDATION' | 'DISCIPLINE',
  form: string,
  extra: { decision?: Decision; conflicts?: ProposalConflict[]; byHand?: boolean } = {},
): WorkspaceProposal {
  const decision = extra.decision ?? 'PENDING';
  return {
    __typename: 'Proposal',
    id,
    unit: { __typename: 'Unit', id: `u-${unit[0]}`, code: unit[0], name: unit[1], level: unit[2] },
    outcome,
    form,
    ruleCode: extra.byHand ? null : 'RULE',
    reason: extra.byHand ? 'Tỷ lệ thanh toán trực tuyến thấp.' : `Rule RULE proposes "${form}".`,
    evidence: extra.byHand ? [] : [{ __typename: 'Evidence', variable: 'score', value: 61.9 }],
    decision,
    note: null,
    decidedBy: decision === 'PENDING' ? null : BOARD_MEMBER,
    decidedAt: decision === 'PENDING' ? null : '2023-03-10T02:00:00.000Z',
    conflicts: extra.conflicts ?? [],
    conditionText: extra.byHand ? null : 'điểm ≥ 60',
  } as unknown as WorkspaceProposal;
}

/** Three pending (two of them about one unit, both ways), one approved, one rejected by hand. */
export const PROPOSALS: WorkspaceProposal[] = [
  proposal('p-1', ['96-SNV', 'Sở Nội vụ', PROVINCE], 'COMMENDATION', 'Bằng khen'),
  proposal('p-2', ['970', 'Huyện Đầm Dơi', DISTRICT], 'COMMENDATION', 'Bằng khen', { conflicts: ['BOTH_OUTCOMES'] }),
  proposal('p-4', ['96-STP', 'Sở Tư pháp', PROVINCE], 'COMMENDATION', 'Bằng khen', { decision: 'APPROVED' }),
  proposal('p-3', ['970', 'Huyện Đầm Dơi', DISTRICT], 'DISCIPLINE', 'Phê bình', { conflicts: ['BOTH_OUTCOMES'] }),
  proposal('p-5', ['971', 'Huyện Cái Nước', DISTRICT], 'DISCIPLINE', 'Nhắc nhở', {
    decision: 'REJECTED',
    byHand: true,
  }),
];

export const REVIEW = {
  __typename: 'Review',
  id: 'r-1',
  name: 'Xét kỳ 1',
  status: 'DRAFT',
  asOfPeriod: 1,
  targetSet: { __typename: 'TargetSet', id: 's-1', key: 'main', name: 'Bộ chỉ tiêu chính' },
  rankings: [],
} as unknown as ReviewDetail;

type Input = { proposalId?: string; proposalIds?: string[]; decision: Decision; note?: string | null };

/**
 * A server in memory: the review's proposals, the two decide mutations changing them (or refusing a selection), and
 * every input received, in order.
 */
export function fakeServer(initial: WorkspaceProposal[] = PROPOSALS, { refuseBulk = false } = {}) {
  const state = new Map(initial.map((item) => [item.id, item]));
  const received: Input[] = [];
  const apply = (ids: string[], decision: Decision, note: string | null | undefined) =>
    ids.map((id) => {
      const next = {
        ...(state.get(id) as WorkspaceProposal),
        decision,
        note: note ?? null,
        decidedBy: decision === 'PENDING' ? null : BOARD_MEMBER,
        decidedAt: decision === 'PENDING' ? null : '2023-03-10T02:00:00.000Z',
      };
      state.set(id, next);
      return next;
    });
  const any = () => true;
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: ReviewProposalsQuery, variables: any },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: () => ({
        data: { review: { __typename: 'Review', id: 'r-1', status: 'DRAFT', proposals: [...state.values()] } },
      }),
    },
    {
      request: { query: RulesQuery, variables: any },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { rules: [] } },
    },
    {
      request: { query: DecideProposalMutation, variables: any },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: ({ input }: { input: Input }) => {
        received.push(input);
        const [decided] = apply([input.proposalId as string], input.decision, input.note);
        return { data: { decideProposal: { __typename: 'ProposalPayload', proposal: decided, userErrors: [] } } };
      },
    },
    {
      request: { query: DecideProposalsMutation, variables: any },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: ({ input }: { input: Input }) => {
        received.push(input);
        const userErrors = refuseBulk
          ? [{ __typename: 'UserError', code: 'REVIEW_FINALIZED', field: ['input', 'reviewId'], message: 'Finalized.' }]
          : [];
        const proposals = refuseBulk ? [] : apply(input.proposalIds ?? [], input.decision, input.note);
        return { data: { decideProposals: { __typename: 'DecideProposalsPayload', proposals, userErrors } } };
      },
    },
  ];
  return { mocks, received, state };
}
