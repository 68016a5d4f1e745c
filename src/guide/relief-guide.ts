import '../benefit-list/relief-benefit-list.js';
import '../pain-selector/relief-pain-selector.js';
import '../therapist-checklist/relief-therapist-checklist.js';
import '../tip-list/relief-tip-list.js';
import { defineElement } from '../core/define.js';
import { ReliefGuide } from './guide.component.js';

export { ReliefGuide };

defineElement('relief-guide', ReliefGuide);

declare global {
  interface HTMLElementTagNameMap {
    'relief-guide': ReliefGuide;
  }
}
