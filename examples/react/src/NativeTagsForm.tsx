// #region readme
import 'relief-widgets'; // registers the elements
import type {} from 'relief-widgets/react'; // their JSX types
// #endregion
import { useState, type FormEvent } from 'react';
import { formDataText } from './form-data.ts';

export function NativeTagsForm() {
  const [pain, setPain] = useState('');
  const [checks, setChecks] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(formDataText(event.currentTarget));
  };
  return (
    <form id="native" onSubmit={onSubmit}>
      {/* #region readme */}
      <relief-pain-selector name="pain" required value={pain}
        onrelief-change={(event) => setPain(event.detail.value)} />
      <relief-therapist-checklist name="checks" value={checks}
        onrelief-change={(event) => setChecks(event.detail.value)} />
      {/* #endregion */}
      <button type="submit">Send</button>
      <output data-state>pain={pain} checks={checks.join(' ')}</output>
      <output data-submitted>{submitted}</output>
    </form>
  );
}
