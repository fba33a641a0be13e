/**
 * An app that uses ThiĐua's GraphQL API with typed documents generated from the committed schema
 * (apps/api/schema.graphql) and plain `fetch`: who am I, which campaign, the top of a ranking, then a report for a
 * unit that has not reported. See README.md; the guide is docs/integrators-guide.md.
 */
import { ApiError, clientFor } from './client';
import { graphql } from './generated';
import type { ReportValueInput } from './generated/graphql';

const ViewerQuery = graphql(`
  query ExampleViewer {
    viewer {
      kind
      canWriteAllUnits
      token {
        name
        scopes
      }
    }
  }
`);

const CurrentCampaignsQuery = graphql(`
  query ExampleCurrentCampaigns {
    currentCampaigns {
      id
      name
      status
      indicators {
        indicator {
          code
        }
      }
    }
  }
`);

const RankingQuery = graphql(`
  query ExampleRanking($campaignId: ID!, $levelKey: String!, $first: Int!) {
    ranking(campaignId: $campaignId, levelKey: $levelKey) {
      asOfPeriod
      level {
        name
      }
      rowsConnection(first: $first) {
        totalCount
        edges {
          node {
            rank
            score
            unit {
              name
            }
          }
        }
      }
      rows {
        rank
        latestReportMissing
        unit {
          id
          name
        }
      }
    }
  }
`);

const SubmitReportMutation = graphql(`
  mutation ExampleSubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      outcome
      report {
        revision
        timeliness
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

async function main(): Promise<void> {
  const api = process.env.THIDUA_API ?? 'http://localhost:4000';
  const token = process.env.THIDUA_TOKEN;
  if (!token) {
    console.error('Set THIDUA_TOKEN to an API token with read:rankings and write:reports (docs/integrators-guide.md).');
    process.exit(2);
  }
  const levelKey = process.env.THIDUA_LEVEL ?? 'district';
  const execute = clientFor(api, token);

  const { viewer } = await execute(ViewerQuery);
  console.log(`viewer: ${viewer.kind} "${viewer.token?.name}" with ${viewer.token?.scopes.join(', ')}`);

  const { currentCampaigns } = await execute(CurrentCampaignsQuery);
  const campaign = currentCampaigns[0];
  if (!campaign) {
    console.log('no campaign is running');
    return;
  }
  console.log(`campaign: ${campaign.name} (${campaign.status})`);

  const { ranking } = await execute(RankingQuery, { campaignId: campaign.id, levelKey, first: 3 });
  const { asOfPeriod } = ranking;
  console.log(`ranking of ${ranking.level.name}, period ${asOfPeriod}, ${ranking.rowsConnection.totalCount} rows:`);
  for (const { node } of ranking.rowsConnection.edges) {
    console.log(`  ${node.rank}. ${node.unit.name}: ${node.score?.toFixed(2)}`);
  }

  // A unit without a report for the period ranked (else the first one), and the figures the app would send.
  const target = ranking.rows.find((row) => row.latestReportMissing) ?? ranking.rows[0];
  const values: ReportValueInput[] = campaign.indicators.map(({ indicator }) => ({
    indicatorCode: indicator.code,
    numerator: 80,
    denominator: 100,
  }));
  const input = { campaignId: campaign.id, unitId: target.unit.id, period: asOfPeriod, values };

  // A mistake first: more qualifying dossiers than dossiers. Nothing is written; userErrors say why.
  const wrong = values.map((value, i) => (i === 0 ? { ...value, numerator: 101 } : value));
  const refused = await execute(SubmitReportMutation, { input: { ...input, values: wrong } });
  console.log(`submitReport for ${target.unit.name}, period ${asOfPeriod}: ${refused.submitReport.outcome}`);
  for (const error of refused.submitReport.userErrors) {
    console.log(`  ${error.code} at ${error.field?.join('.')}: ${error.message}`);
  }

  const { submitReport } = await execute(SubmitReportMutation, { input });
  const { report } = submitReport;
  console.log(
    `submitReport for ${target.unit.name}, period ${asOfPeriod}: ${submitReport.outcome}` +
      (report ? `, revision ${report.revision}, ${report.timeliness}` : '') +
      `, ${submitReport.userErrors.length} userErrors`,
  );

  const after = await execute(RankingQuery, { campaignId: campaign.id, levelKey, first: 0 });
  const row = after.ranking.rows.find((candidate) => candidate.unit.id === target.unit.id);
  console.log(`${target.unit.name} now ranks ${row?.rank ?? 'unranked'} (was ${target.rank ?? 'unranked'})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ApiError ? `${error.code} (HTTP ${error.status}): ${error.message}` : error);
  process.exit(1);
});
