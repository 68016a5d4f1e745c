// #region readme
// app/page.tsx: a server component. relief-widgets/react is a 'use client' module,
// so its components render here too (without event props: those need a client component).
import { ReliefBenefitList } from 'relief-widgets/react';
import { IntakeForm } from './intake-form';

export default function Page() {
  return (
    <main>
      <h1>Intake form</h1>
      <ReliefBenefitList set="summary" headingLevel={2} />
      <IntakeForm />
    </main>
  );
}
// #endregion
