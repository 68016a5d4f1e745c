// relief-widgets/react: React components of the elements (@lit/react, `onReliefChange`), and the JSX
// types of the tags for React 19 (`import type {} from 'relief-widgets/react'` once is enough for those).
// Generated from the manifest into dist/ by `npm run build` (scripts/framework-integrations.mjs).
export * from '../dist/react/index.js';
