import { createParameterDecorator } from 'type-graphql';
import type { Viewer } from '../access/viewer';
import type { Context } from './context';

/**
 * The request's `Viewer`, for an operation behind `@Authorized`: the role check has run before the parameters are
 * read, so there is one. None is a bug (an operation without `@Authorized`), answered INTERNAL_SERVER_ERROR.
 */
export function CurrentViewer() {
  return createParameterDecorator<Context>(({ context, info }): Viewer => {
    if (!context.viewer)
      throw new Error(`@CurrentViewer() in ${info.parentType.name}.${info.fieldName} without a viewer`);
    return context.viewer;
  });
}
