// JSX types for React 19: `import type {} from 'relief-widgets/react';` once in your app.
import type { CustomElements } from '../dist/jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
