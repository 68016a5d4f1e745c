import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NativeTagsForm } from './NativeTagsForm.tsx';
import { WrappedForm } from './WrappedForm.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Intake form</h1>
    <NativeTagsForm />
    <WrappedForm />
  </StrictMode>,
);
