import { defineElement } from '../core/define.js';
import { ReliefPainSelector } from './pain-selector.component.js';

export { ReliefPainSelector };

defineElement('relief-pain-selector', ReliefPainSelector);

declare global {
  interface HTMLElementTagNameMap {
    'relief-pain-selector': ReliefPainSelector;
  }
}
