// Vue types (GlobalComponents) for vue-tsc: `import type {} from 'relief-widgets/vue';` once in your app.
// Generated from the manifest into dist/ by `npm run build` (scripts/framework-integrations.mjs).
export type * from '../dist/frameworks/vue.js';
