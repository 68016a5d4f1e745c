import { defineElement } from '../core/define.js';
import { ReliefTipList } from './tip-list.component.js';

export { ReliefTipList };

defineElement('relief-tip-list', ReliefTipList);

declare global {
  interface HTMLElementTagNameMap {
    'relief-tip-list': ReliefTipList;
  }
}
