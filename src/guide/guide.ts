import '../benefit-list/benefit-list.js';
import '../pain-selector/pain-selector.js';
import '../therapist-checklist/therapist-checklist.js';
import '../tip-list/tip-list.js';
import { defineElement } from '../core/define.js';
import { ReliefGuide } from './guide.component.js';

export { ReliefGuide };

defineElement('relief-guide', ReliefGuide);

declare global {
  interface HTMLElementTagNameMap {
    'relief-guide': ReliefGuide;
  }
}
