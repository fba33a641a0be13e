import type { Role, UpdateUserInput, UserRowFragment } from '../../../generated/graphql';

export interface UserFormValues {
  name: string;
  role: Role;
  unitId: string | null;
}

/** Only what changed is sent to updateUser; unitId null takes the unit away. */
export function userChanges(user: UserRowFragment, values: UserFormValues): UpdateUserInput {
  const input: UpdateUserInput = { id: user.id };
  if (values.name.trim() !== user.name) input.name = values.name.trim();
  if (values.role !== user.role) input.role = values.role;
  if (values.unitId !== (user.unit?.id ?? null)) input.unitId = values.unitId;
  return input;
}
