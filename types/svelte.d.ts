// Svelte element types (svelte/elements): `import type {} from 'relief-widgets/svelte';` once, e.g. in src/app.d.ts.
// Generated from the manifest into dist/ by `npm run build` (scripts/framework-integrations.mjs).
export type * from '../dist/frameworks/svelte.js';
