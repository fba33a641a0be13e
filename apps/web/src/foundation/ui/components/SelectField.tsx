import type { ReactNode } from 'react';
import { Field, type FieldProps } from './Field';

export interface SelectFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The `<option>` elements. */
  children: ReactNode;
}

/** A labelled select with its hint and errors. */
export function SelectField({ value, onChange, children, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}
