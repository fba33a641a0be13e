import type { ReactNode } from 'react';
import { FieldError, invalidProps } from './FieldError';

/** A labelled form field: the label's target, its text, a hint read before the control, and the server's errors. */
export interface FieldProps {
  id: string;
  label: string;
  /** Shown between the label and the control, and linked to the control through aria-describedby. */
  hint?: string;
  errors?: string[];
  required?: boolean;
  disabled?: boolean;
  /** The control the dialog focuses when it opens. */
  autoFocus?: boolean;
}

function controlProps({ id, hint, errors, required, disabled, autoFocus }: Omit<FieldProps, 'label'>) {
  return {
    id,
    required,
    disabled,
    'aria-required': required || undefined,
    'data-autofocus': autoFocus || undefined,
    ...invalidProps(id, errors, hint ? `${id}-hint` : undefined),
  };
}

/** What the control of a field spreads onto itself: its id, required, disabled and aria attributes. */
export type FieldControlProps = ReturnType<typeof controlProps>;

/** Label, hint, the control the caller renders with the props it is given, and the field's errors. */
export function Field({
  children,
  label,
  ...props
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{label}</label>
      {props.hint && (
        <p className="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {children(controlProps(props))}
      <FieldError inputId={props.id} messages={props.errors} />
    </div>
  );
}
