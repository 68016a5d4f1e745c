// One registration entry per element: a bundler must keep each (package.json `sideEffects`).
import 'relief-widgets/benefit-list.js';
import 'relief-widgets/tip-list.js';
import 'relief-widgets/pain-selector.js';
import 'relief-widgets/therapist-checklist.js';
import 'relief-widgets/guide.js';
