// #region readme
// app/intake-form.tsx
'use client';
import { ReliefPainSelector, ReliefTherapistChecklist } from 'relief-widgets/react';
// #endregion
import { useState, type FormEvent } from 'react';

export function IntakeForm() {
  const [pain, setPain] = useState('');
  const [checks, setChecks] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = [...new FormData(event.currentTarget)];
    setSubmitted(data.map(([name, value]) => `${name}=${String(value)}`).join('&'));
  };
  return (
    <form id="intake" onSubmit={onSubmit}>
      {/* #region readme */}
      <ReliefPainSelector name="pain" required value={pain}
        onReliefChange={(event) => setPain(event.detail.value)} />
      <ReliefTherapistChecklist name="checks" value={checks}
        onReliefChange={(event) => setChecks(event.detail.value)} />
      {/* #endregion */}
      <button type="submit">Send</button>
      <output data-state>pain={pain} checks={checks.join(' ')}</output>
      <output data-submitted>{submitted}</output>
    </form>
  );
}
