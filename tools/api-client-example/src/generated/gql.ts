/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExampleViewer {\n    viewer {\n      kind\n      canWriteAllUnits\n      token {\n        name\n        scopes\n      }\n    }\n  }\n": typeof types.ExampleViewerDocument,
    "\n  query ExampleCurrentCampaigns {\n    currentCampaigns {\n      id\n      name\n      status\n      indicators {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n": typeof types.ExampleCurrentCampaignsDocument,
    "\n  query ExampleRanking($campaignId: ID!, $levelKey: String!, $first: Int!) {\n    ranking(campaignId: $campaignId, levelKey: $levelKey) {\n      asOfPeriod\n      level {\n        name\n      }\n      rowsConnection(first: $first) {\n        totalCount\n        edges {\n          node {\n            rank\n            score\n            unit {\n              name\n            }\n          }\n        }\n      }\n      rows {\n        rank\n        latestReportMissing\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExampleRankingDocument,
    "\n  mutation ExampleSubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      outcome\n      report {\n        revision\n        timeliness\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ExampleSubmitReportDocument,
};
const documents: Documents = {
    "\n  query ExampleViewer {\n    viewer {\n      kind\n      canWriteAllUnits\n      token {\n        name\n        scopes\n      }\n    }\n  }\n": types.ExampleViewerDocument,
    "\n  query ExampleCurrentCampaigns {\n    currentCampaigns {\n      id\n      name\n      status\n      indicators {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n": types.ExampleCurrentCampaignsDocument,
    "\n  query ExampleRanking($campaignId: ID!, $levelKey: String!, $first: Int!) {\n    ranking(campaignId: $campaignId, levelKey: $levelKey) {\n      asOfPeriod\n      level {\n        name\n      }\n      rowsConnection(first: $first) {\n        totalCount\n        edges {\n          node {\n            rank\n            score\n            unit {\n              name\n            }\n          }\n        }\n      }\n      rows {\n        rank\n        latestReportMissing\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExampleRankingDocument,
    "\n  mutation ExampleSubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      outcome\n      report {\n        revision\n        timeliness\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ExampleSubmitReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleViewer {\n    viewer {\n      kind\n      canWriteAllUnits\n      token {\n        name\n        scopes\n      }\n    }\n  }\n"): typeof import('./graphql').ExampleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleCurrentCampaigns {\n    currentCampaigns {\n      id\n      name\n      status\n      indicators {\n        indicator {\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExampleCurrentCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleRanking($campaignId: ID!, $levelKey: String!, $first: Int!) {\n    ranking(campaignId: $campaignId, levelKey: $levelKey) {\n      asOfPeriod\n      level {\n        name\n      }\n      rowsConnection(first: $first) {\n        totalCount\n        edges {\n          node {\n            rank\n            score\n            unit {\n              name\n            }\n          }\n        }\n      }\n      rows {\n        rank\n        latestReportMissing\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExampleRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleSubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      outcome\n      report {\n        revision\n        timeliness\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ExampleSubmitReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
