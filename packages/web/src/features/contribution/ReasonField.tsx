import type { InputHTMLAttributes } from 'react';
import { FormField } from '../account/FormField';

/** The reason every contribution carries (3 to 1,000 characters, as the server checks it). */
export function ReasonField(props: { hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return <FormField label="Reason" name="reason" required minLength={3} maxLength={1000} {...props} />;
}
