/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment CurrentUser on User {\n    id\n    email\n    name\n    role\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...CurrentUser\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CampaignRow on Campaign {\n    id\n    name\n    startDate\n    endDate\n    status\n    indicators {\n      indicator {\n        id\n      }\n    }\n  }\n": typeof types.CampaignRowFragmentDoc,
    "\n  fragment CampaignSettings on Campaign {\n    id\n    version\n    name\n    startDate\n    endDate\n    timeZone\n    dueWeekday\n    dueTime\n    status\n    legend {\n      code\n      name\n      minScore\n    }\n    indicators {\n      weight\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    levels {\n      id\n      key\n      name\n      depth\n    }\n    periods {\n      index\n      startDate\n      endDate\n      dueAt\n    }\n  }\n": typeof types.CampaignSettingsFragmentDoc,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      targetSets {\n        ...TargetSetFields\n      }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CampaignRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    numeratorLabel\n    denominatorLabel\n    description\n  }\n": typeof types.IndicatorFieldsFragmentDoc,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  fragment TargetSetFields on TargetSet {\n    id\n    key\n    name\n    primary\n    version\n    targets {\n      id\n      value\n      indicator {\n        id\n        code\n      }\n      level {\n        id\n        key\n      }\n      unit {\n        id\n      }\n    }\n  }\n": typeof types.TargetSetFieldsFragmentDoc,
    "\n  mutation CreateTargetSet($input: CreateTargetSetInput!) {\n    createTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateTargetSetDocument,
    "\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      changed\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetTargetsDocument,
    "\n  mutation UpdateTargetSet($input: UpdateTargetSetInput!) {\n    updateTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateTargetSetDocument,
    "\n  query TargetChanges($campaignId: ID!, $targetSetKey: String, $first: Int, $after: String) {\n    campaign(id: $campaignId) {\n      id\n      targetChanges(targetSetKey: $targetSetKey, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changedAt\n            oldValue\n            newValue\n            changedBy {\n              id\n              name\n            }\n            targetSet {\n              id\n              key\n              name\n            }\n            indicator {\n              id\n              code\n              name\n            }\n            level {\n              id\n              name\n            }\n            unit {\n              id\n              code\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TargetChangesDocument,
    "\n  query TargetUnits($levelKey: String, $parentId: ID, $first: Int, $after: String) {\n    units(levelKey: $levelKey, parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            key\n            name\n          }\n          parent {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TargetUnitsDocument,
    "\n  fragment UnitRow on Unit {\n    id\n    code\n    name\n    archived\n    version\n    childCount\n    childCountWithArchived: childCount(includeArchived: true)\n    level {\n      id\n      key\n      name\n      depth\n    }\n    parent {\n      id\n      code\n      name\n    }\n  }\n": typeof types.UnitRowFragmentDoc,
    "\n  mutation ArchiveUnit($input: ArchiveUnitInput!) {\n    archiveUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ArchiveUnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      created\n      updated\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportUnitsDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  query Levels {\n    levels {\n      id\n      key\n      name\n      depth\n    }\n  }\n": typeof types.LevelsDocument,
    "\n  query UnitOptions($search: String, $first: Int) {\n    units(search: $search, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  query Units(\n    $levelKey: String\n    $parentId: ID\n    $rootsOnly: Boolean\n    $search: String\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    units(\n      levelKey: $levelKey\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      search: $search\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UnitsDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUser on User {\n    id\n    email\n    name\n    role\n    unit {\n      id\n      name\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...CurrentUser\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment CampaignRow on Campaign {\n    id\n    name\n    startDate\n    endDate\n    status\n    indicators {\n      indicator {\n        id\n      }\n    }\n  }\n": types.CampaignRowFragmentDoc,
    "\n  fragment CampaignSettings on Campaign {\n    id\n    version\n    name\n    startDate\n    endDate\n    timeZone\n    dueWeekday\n    dueTime\n    status\n    legend {\n      code\n      name\n      minScore\n    }\n    indicators {\n      weight\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    levels {\n      id\n      key\n      name\n      depth\n    }\n    periods {\n      index\n      startDate\n      endDate\n      dueAt\n    }\n  }\n": types.CampaignSettingsFragmentDoc,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      targetSets {\n        ...TargetSetFields\n      }\n    }\n  }\n": types.CampaignDocument,
    "\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CampaignRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    numeratorLabel\n    denominatorLabel\n    description\n  }\n": types.IndicatorFieldsFragmentDoc,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n": types.IndicatorsDocument,
    "\n  fragment TargetSetFields on TargetSet {\n    id\n    key\n    name\n    primary\n    version\n    targets {\n      id\n      value\n      indicator {\n        id\n        code\n      }\n      level {\n        id\n        key\n      }\n      unit {\n        id\n      }\n    }\n  }\n": types.TargetSetFieldsFragmentDoc,
    "\n  mutation CreateTargetSet($input: CreateTargetSetInput!) {\n    createTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateTargetSetDocument,
    "\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      changed\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetTargetsDocument,
    "\n  mutation UpdateTargetSet($input: UpdateTargetSetInput!) {\n    updateTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateTargetSetDocument,
    "\n  query TargetChanges($campaignId: ID!, $targetSetKey: String, $first: Int, $after: String) {\n    campaign(id: $campaignId) {\n      id\n      targetChanges(targetSetKey: $targetSetKey, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changedAt\n            oldValue\n            newValue\n            changedBy {\n              id\n              name\n            }\n            targetSet {\n              id\n              key\n              name\n            }\n            indicator {\n              id\n              code\n              name\n            }\n            level {\n              id\n              name\n            }\n            unit {\n              id\n              code\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TargetChangesDocument,
    "\n  query TargetUnits($levelKey: String, $parentId: ID, $first: Int, $after: String) {\n    units(levelKey: $levelKey, parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            key\n            name\n          }\n          parent {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TargetUnitsDocument,
    "\n  fragment UnitRow on Unit {\n    id\n    code\n    name\n    archived\n    version\n    childCount\n    childCountWithArchived: childCount(includeArchived: true)\n    level {\n      id\n      key\n      name\n      depth\n    }\n    parent {\n      id\n      code\n      name\n    }\n  }\n": types.UnitRowFragmentDoc,
    "\n  mutation ArchiveUnit($input: ArchiveUnitInput!) {\n    archiveUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ArchiveUnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      created\n      updated\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ImportUnitsDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  query Levels {\n    levels {\n      id\n      key\n      name\n      depth\n    }\n  }\n": types.LevelsDocument,
    "\n  query UnitOptions($search: String, $first: Int) {\n    units(search: $search, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitOptionsDocument,
    "\n  query Units(\n    $levelKey: String\n    $parentId: ID\n    $rootsOnly: Boolean\n    $search: String\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    units(\n      levelKey: $levelKey\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      search: $search\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    email\n    name\n    role\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    email\n    name\n    role\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...CurrentUser\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        ...CurrentUser\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignRow on Campaign {\n    id\n    name\n    startDate\n    endDate\n    status\n    indicators {\n      indicator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignRow on Campaign {\n    id\n    name\n    startDate\n    endDate\n    status\n    indicators {\n      indicator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignSettings on Campaign {\n    id\n    version\n    name\n    startDate\n    endDate\n    timeZone\n    dueWeekday\n    dueTime\n    status\n    legend {\n      code\n      name\n      minScore\n    }\n    indicators {\n      weight\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    levels {\n      id\n      key\n      name\n      depth\n    }\n    periods {\n      index\n      startDate\n      endDate\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignSettings on Campaign {\n    id\n    version\n    name\n    startDate\n    endDate\n    timeZone\n    dueWeekday\n    dueTime\n    status\n    legend {\n      code\n      name\n      minScore\n    }\n    indicators {\n      weight\n      indicator {\n        ...IndicatorFields\n      }\n    }\n    levels {\n      id\n      key\n      name\n      depth\n    }\n    periods {\n      index\n      startDate\n      endDate\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        ...CampaignSettings\n        targetSets {\n          ...TargetSetFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      targetSets {\n        ...TargetSetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignSettings\n      targetSets {\n        ...TargetSetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CampaignRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($first: Int, $after: String) {\n    campaigns(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CampaignRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    numeratorLabel\n    denominatorLabel\n    description\n  }\n"): (typeof documents)["\n  fragment IndicatorFields on Indicator {\n    id\n    code\n    name\n    numeratorLabel\n    denominatorLabel\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      indicator {\n        ...IndicatorFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n"): (typeof documents)["\n  query Indicators {\n    indicators {\n      ...IndicatorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetSetFields on TargetSet {\n    id\n    key\n    name\n    primary\n    version\n    targets {\n      id\n      value\n      indicator {\n        id\n        code\n      }\n      level {\n        id\n        key\n      }\n      unit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TargetSetFields on TargetSet {\n    id\n    key\n    name\n    primary\n    version\n    targets {\n      id\n      value\n      indicator {\n        id\n        code\n      }\n      level {\n        id\n        key\n      }\n      unit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTargetSet($input: CreateTargetSetInput!) {\n    createTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTargetSet($input: CreateTargetSetInput!) {\n    createTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      changed\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTargets($input: SetTargetsInput!) {\n    setTargets(input: $input) {\n      changed\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTargetSet($input: UpdateTargetSetInput!) {\n    updateTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTargetSet($input: UpdateTargetSetInput!) {\n    updateTargetSet(input: $input) {\n      targetSet {\n        ...TargetSetFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetChanges($campaignId: ID!, $targetSetKey: String, $first: Int, $after: String) {\n    campaign(id: $campaignId) {\n      id\n      targetChanges(targetSetKey: $targetSetKey, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changedAt\n            oldValue\n            newValue\n            changedBy {\n              id\n              name\n            }\n            targetSet {\n              id\n              key\n              name\n            }\n            indicator {\n              id\n              code\n              name\n            }\n            level {\n              id\n              name\n            }\n            unit {\n              id\n              code\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetChanges($campaignId: ID!, $targetSetKey: String, $first: Int, $after: String) {\n    campaign(id: $campaignId) {\n      id\n      targetChanges(targetSetKey: $targetSetKey, first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            changedAt\n            oldValue\n            newValue\n            changedBy {\n              id\n              name\n            }\n            targetSet {\n              id\n              key\n              name\n            }\n            indicator {\n              id\n              code\n              name\n            }\n            level {\n              id\n              name\n            }\n            unit {\n              id\n              code\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetUnits($levelKey: String, $parentId: ID, $first: Int, $after: String) {\n    units(levelKey: $levelKey, parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            key\n            name\n          }\n          parent {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetUnits($levelKey: String, $parentId: ID, $first: Int, $after: String) {\n    units(levelKey: $levelKey, parentId: $parentId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            key\n            name\n          }\n          parent {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRow on Unit {\n    id\n    code\n    name\n    archived\n    version\n    childCount\n    childCountWithArchived: childCount(includeArchived: true)\n    level {\n      id\n      key\n      name\n      depth\n    }\n    parent {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnitRow on Unit {\n    id\n    code\n    name\n    archived\n    version\n    childCount\n    childCountWithArchived: childCount(includeArchived: true)\n    level {\n      id\n      key\n      name\n      depth\n    }\n    parent {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveUnit($input: ArchiveUnitInput!) {\n    archiveUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveUnit($input: ArchiveUnitInput!) {\n    archiveUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      created\n      updated\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUnits($input: ImportUnitsInput!) {\n    importUnits(input: $input) {\n      created\n      updated\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      unit {\n        ...UnitRow\n        parent {\n          id\n          childCount\n          childCountWithArchived: childCount(includeArchived: true)\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Levels {\n    levels {\n      id\n      key\n      name\n      depth\n    }\n  }\n"): (typeof documents)["\n  query Levels {\n    levels {\n      id\n      key\n      name\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions($search: String, $first: Int) {\n    units(search: $search, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitOptions($search: String, $first: Int) {\n    units(search: $search, first: $first) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          level {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units(\n    $levelKey: String\n    $parentId: ID\n    $rootsOnly: Boolean\n    $search: String\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    units(\n      levelKey: $levelKey\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      search: $search\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Units(\n    $levelKey: String\n    $parentId: ID\n    $rootsOnly: Boolean\n    $search: String\n    $includeArchived: Boolean\n    $first: Int\n    $after: String\n  ) {\n    units(\n      levelKey: $levelKey\n      parentId: $parentId\n      rootsOnly: $rootsOnly\n      search: $search\n      includeArchived: $includeArchived\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...UnitRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;