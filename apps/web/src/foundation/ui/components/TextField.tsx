import { Field, type FieldProps } from './Field';
import './ui.css';

export interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  /** Off by default: the browser's memory of other records is no help here. */
  autoComplete?: string;
  /** A three-line text area instead of a one-line input. */
  multiline?: boolean;
}

/** A labelled text input (or text area) with its hint and errors. */
export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete = 'off',
  multiline,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea
            rows={3}
            className="field__multiline"
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            type={type}
            autoComplete={autoComplete}
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
