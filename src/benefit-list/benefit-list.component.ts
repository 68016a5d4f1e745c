import { ReliefItemList } from '../core/item-list.js';
import { BENEFIT_SETS, benefitSet, type BenefitSetName } from './benefit-list.content.js';

/**
 * @summary A titled list of what massage may do for chronic pain, from the clinic page.
 *
 * @attr {"key-benefits" | "how-it-helps" | "summary"} set - Which list: the key benefits (default),
 *   how massage supports relief, or the conclusion's summary.
 */
export class ReliefBenefitList extends ReliefItemList<BenefitSetName> {
  protected readonly setNames = BENEFIT_SETS;
  protected itemSet = benefitSet;
}
