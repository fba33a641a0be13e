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