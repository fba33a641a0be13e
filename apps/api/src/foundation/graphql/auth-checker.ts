import { AuthenticationError, AuthorizationError, type AuthCheckerFn } from 'type-graphql';
import { authorize } from '../access/authorization';
import type { Context } from './context';
import { msg } from '../i18n/message';
import { withMessage } from './localized-errors';

const SIGN_IN = msg(
  'Sign in first: send `Authorization: Bearer <token>`.',
  'Hãy đăng nhập trước: gửi `Authorization: Bearer <token>`.',
);
const TOKEN_SCOPE = msg(
  'This API token has no scope for this operation.',
  'Mã truy cập API này không có phạm vi cho thao tác này.',
);
const ROLE_DENIED = msg(
  "Access denied! You don't have permission for this action!",
  'Truy cập bị từ chối: bạn không có quyền thực hiện thao tác này.',
);

/**
 * The GraphQL adapter of the one authorization rule (`authorize`, shared with the HTTP routes). No viewer →
 * UNAUTHENTICATED; a refusal → FORBIDDEN (type-graphql's UNAUTHORIZED, renamed at the edge). Both are decided
 * before any input is looked at. Refusals are thrown, not returned: for an operation open to every user,
 * type-graphql would otherwise call a refused API token UNAUTHENTICATED.
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, entries) => {
  const viewer = context.viewer;
  switch (authorize(viewer, entries)) {
    case 'ALLOWED':
      return true;
    case 'UNAUTHENTICATED':
      throw withMessage(new AuthenticationError(SIGN_IN.en), SIGN_IN);
    case 'FORBIDDEN': {
      const message = viewer?.tokenId ? TOKEN_SCOPE : ROLE_DENIED;
      throw withMessage(new AuthorizationError(message.en), message);
    }
  }
};
