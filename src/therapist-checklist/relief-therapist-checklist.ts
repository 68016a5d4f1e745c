import { defineElement } from '../core/define.js';
import { ReliefTherapistChecklist } from './therapist-checklist.component.js';

export { ReliefTherapistChecklist };

defineElement('relief-therapist-checklist', ReliefTherapistChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'relief-therapist-checklist': ReliefTherapistChecklist;
  }
}
