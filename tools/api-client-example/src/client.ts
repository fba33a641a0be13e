import type { TypedDocumentString } from './generated/graphql';

/** A top-level GraphQL error, or an HTTP refusal, with the API's `extensions.code` (docs/api-errors.md). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

/** The variables argument: none for an operation without variables, else exactly its typed variables. */
type VariablesOf<TVariables> = [TVariables] extends [{ [key: string]: never }] ? [] : [variables: TVariables];

/**
 * A GraphQL client in one function: POSTs a typed document with `fetch` and answers its typed `data`. Refusals of
 * the whole request and field errors throw an ApiError carrying `extensions.code`; a request refused for the rate
 * budget (429 RATE_LIMITED) is sent again once after `Retry-After` seconds.
 */
export function clientFor(api: string, token: string) {
  return async function execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<TResult> {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      const body = (await response.json()) as GraphQLResponse<TResult>;
      const error = body.errors?.[0];
      if (response.status === 429 && attempt === 1) {
        const seconds = Number(response.headers.get('retry-after') ?? error?.extensions?.retryAfterSeconds ?? 1);
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        continue;
      }
      if (error || !body.data) {
        throw new ApiError(error?.message ?? 'no data', error?.extensions?.code ?? 'UNKNOWN', response.status);
      }
      return body.data;
    }
  };
}
