import { buildPeriods } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { type Outcome } from '../../foundation/errors/problem';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { IndicatorEntity } from '../../modules/indicators/indicator.entity';
import { writeSubmissions, type Submission } from '../../modules/reports/report-writer';
import { ProposalEntity } from '../../modules/reviews/review.entity';
import { ReviewsService } from '../../modules/reviews/reviews.service';
import { ProposalDecisionsService } from '../../modules/reviews/proposal-decisions.service';
import { UnitEntity } from '../../modules/units/unit.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { CA_MAU_UNITS } from './ca-mau-units';
import { sendDemoReminders } from './demo-follow-up';
import { generateDemoReports, type DemoReport } from './demo-reports';

/** What the demo's campaign has lived through: eleven weeks of reports, one finalized review and one in progress. */
export interface DemoActivityOptions {
  /** The generator's seed; the same seed gives the same reports. */
  seed?: number;
  /** Called as reports are written (sends done of total, corrections included), then once the reviews are made. */
  onProgress?: (done: number, total: number, stage: 'reports' | 'reviews') => void;
}

export async function loadDemoActivity(
  dataSource: DataSource,
  options: DemoActivityOptions = {},
): Promise<{ reports: number; reviews: number }> {
  const campaign = await dataSource
    .getRepository(CampaignEntity)
    .findOneOrFail({ where: {}, order: { createdAt: 'ASC' } });
  const periods = buildPeriods(campaign);
  const [admin, board] = await Promise.all([
    dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'admin@camau.demo' }),
    dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'hoidong@camau.demo' }),
  ]);
  const reports = generateDemoReports(CA_MAU_UNITS, periods, options.seed);
  const report = options.onProgress ?? (() => undefined);
  await writeDemoReports(dataSource, campaign.id, reports, viewerOf(admin), (done, total) =>
    report(done, total, 'reports'),
  );
  await reviewDemo(dataSource, campaign.id, viewerOf(admin), viewerOf(board));
  await sendDemoReminders(dataSource, campaign);
  report(reports.length, reports.length, 'reviews');
  return { reports: reports.length, reviews: 2 };
}

/** All reports in one transaction, in the order they arrived; the corrected ones as a first send and a revision. */
async function writeDemoReports(
  dataSource: DataSource,
  campaignId: string,
  reports: DemoReport[],
  admin: Viewer,
  onWritten: (done: number, total: number) => void,
): Promise<void> {
  const [units, indicators] = await Promise.all([
    dataSource.getRepository(UnitEntity).find(),
    dataSource.getRepository(IndicatorEntity).find(),
  ]);
  const unitIds = new Map(units.map((unit) => [unit.code, unit.id]));
  const indicatorIds = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
  const sends = reports.flatMap((report) => [
    ...(report.firstSent ? [{ ...report, ...report.firstSent }] : []),
    { unitCode: report.unitCode, period: report.period, submittedAt: report.submittedAt, values: report.values },
  ]);
  const batches = new Map<string, { period: number; submittedAt: Date; submissions: Submission[] }>();
  for (const send of sends) {
    const key = `${send.period}@${send.submittedAt.toISOString()}`;
    const batch = batches.get(key) ?? { period: send.period, submittedAt: send.submittedAt, submissions: [] };
    batch.submissions.push({
      unitId: unitIds.get(send.unitCode) as string,
      values: send.values.map((value) => ({ ...value, indicatorId: indicatorIds.get(value.indicatorCode) as string })),
    });
    batches.set(key, batch);
  }
  const ordered = [...batches.values()].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  await dataSource.transaction(async (manager) => {
    let written = 0;
    for (const batch of ordered) {
      await writeSubmissions(
        manager,
        {
          campaignId,
          periodIndex: batch.period,
          submittedAt: batch.submittedAt,
          backfilled: true,
          source: 'FORM',
          submissions: batch.submissions,
        },
        admin,
      );
      written += batch.submissions.length;
      onWritten(written, sends.length);
    }
  });
}

/**
 * The mid-campaign review (as of period 6) decided and finalized by decision 512/QĐ-UBND; the closing review
 * (as of period 11) with the board half-way through its proposals. Both go through the reviews service, so the
 * demo holds exactly what the web app would have made.
 */
async function reviewDemo(dataSource: DataSource, campaignId: string, admin: Viewer, board: Viewer): Promise<void> {
  const reviews = new ReviewsService(dataSource);
  const decisions = new ProposalDecisionsService(dataSource);
  const midway = must(
    await reviews.create(
      { campaignId, name: 'Sơ kết giữa Chiến dịch (kỳ 6)', asOfPeriod: 6 },
      admin,
      new Date('2023-04-10T02:00:00Z'),
    ),
  );
  const midwayProposals = await proposalsOf(dataSource, midway.id);
  for (const [i, proposal] of midwayProposals.entries()) {
    const rejected = i === midwayProposals.length - 1 && midwayProposals.length > 1;
    must(
      await decisions.decide(
        {
          proposalId: proposal.id,
          decision: rejected ? 'REJECTED' : 'APPROVED',
          note: rejected ? 'Đơn vị đã có văn bản giải trình, Hội đồng chấp nhận.' : null,
        },
        board,
        new Date('2023-04-12T03:00:00Z'),
      ),
    );
  }
  must(
    await reviews.finalize(
      { reviewId: midway.id, decisionNumber: '512/QĐ-UBND', decisionDate: '2023-04-14' },
      admin,
      new Date('2023-04-14T02:00:00Z'),
    ),
  );

  const closing = must(
    await reviews.create(
      { campaignId, name: 'Tổng kết Chiến dịch 69 ngày đêm', asOfPeriod: 11 },
      admin,
      new Date('2023-05-15T02:00:00Z'),
    ),
  );
  const closingProposals = await proposalsOf(dataSource, closing.id);
  for (const proposal of closingProposals.slice(0, Math.floor(closingProposals.length / 2))) {
    must(
      await decisions.decide(
        { proposalId: proposal.id, decision: 'APPROVED', note: null },
        board,
        new Date('2023-05-16T03:00:00Z'),
      ),
    );
  }
}

function proposalsOf(dataSource: DataSource, reviewId: string): Promise<ProposalEntity[]> {
  return dataSource
    .getRepository(ProposalEntity)
    .find({ where: { reviewId }, order: { outcome: 'ASC', unitId: 'ASC' } });
}

function viewerOf(user: UserEntity): Viewer {
  return { userId: user.id, role: user.role, unitId: user.unitId, sessionId: null, tokenId: null, scopes: [] };
}

function must<T>(outcome: Outcome<T>): T {
  if (!outcome.ok)
    throw new Error(
      `the demo review could not be made: ${outcome.userErrors.map((error) => error.message.en).join('; ')}`,
    );
  return outcome.value;
}
