// JSX types for Preact: `import type {} from 'relief-widgets/preact';` once in your app.
// Generated from the manifest into dist/ by `npm run build` (scripts/framework-integrations.mjs).
export type * from '../dist/frameworks/preact-jsx.js';
