import { defineElement } from '../core/define.js';
import { ReliefBenefitList } from './benefit-list.component.js';

export { ReliefBenefitList };

defineElement('relief-benefit-list', ReliefBenefitList);

declare global {
  interface HTMLElementTagNameMap {
    'relief-benefit-list': ReliefBenefitList;
  }
}
