// JSX types for Preact: `import type {} from 'relief-widgets/preact';` once in your app.
import type { CustomElements } from '../dist/jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
