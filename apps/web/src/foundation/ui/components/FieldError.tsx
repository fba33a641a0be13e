export function fieldErrorId(inputId: string): string {
  return `${inputId}-error`;
}

/** The messages for one field, linked to its input through aria-describedby. */
export function FieldError({ inputId, messages }: { inputId: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={fieldErrorId(inputId)}>
      {messages.join(' ')}
    </p>
  );
}

/** Props for an input that may have errors. */
export function invalidProps(inputId: string, messages?: string[], hintId?: string) {
  const invalid = Boolean(messages?.length);
  const describedBy = [invalid ? fieldErrorId(inputId) : null, hintId ?? null].filter(Boolean).join(' ');
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined };
}
