/**
 * Marks the few operations open without a token (only `login`). Every other query and mutation carries
 * `@Authorized`; a test fails when one carries neither.
 */
export const publicOperations = new Set<string>();

export function Public(): MethodDecorator {
  return (_target, propertyKey) => {
    publicOperations.add(String(propertyKey));
  };
}
