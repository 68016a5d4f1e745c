// #region readme
import 'relief-widgets'; // registers the elements
import type {} from 'relief-widgets/preact'; // their JSX types
// #endregion
import { useState } from 'preact/hooks';

export function IntakeForm() {
  const [pain, setPain] = useState('');
  const [checks, setChecks] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState('');
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = [...new FormData(event.currentTarget as HTMLFormElement)];
    setSubmitted(data.map(([name, value]) => `${name}=${String(value)}`).join('&'));
  };
  return (
    <form id="intake" onSubmit={onSubmit}>
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
