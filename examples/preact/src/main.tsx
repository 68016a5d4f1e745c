import { render } from 'preact';
import { IntakeForm } from './IntakeForm.tsx';

render(
  <>
    <h1>Intake form</h1>
    <IntakeForm />
  </>,
  document.getElementById('app')!,
);
