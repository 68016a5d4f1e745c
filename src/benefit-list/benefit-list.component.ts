import { ReliefItemList } from '../core/item-list.js';
import { BENEFIT_SETS, benefitSet, type BenefitSetName } from './benefit-list.content.js';

/**
 * A titled list of what massage may do for chronic pain, in the clinic page's words:
 * its key benefits (default), how massage supports chronic pain relief, or the
 * conclusion's summary. Every text follows the page's language.
 *
 * @summary A titled list of what massage may do for chronic pain, from the clinic page.
 * @reserve 24em
 *
 * @attr {"key-benefits" | "how-it-helps" | "summary"} set - Which list: the key benefits (default),
 *   how massage supports relief, or the conclusion's summary. An unknown value warns and shows the key benefits.
 * @attr {string} items - Space-separated ids of the chosen list's items, in the order to show them (default: all).
 *   `key-benefits`: `muscle-relaxation`, `mood-improvement`, `decreased-inflammation`, `quality-of-life`;
 *   `how-it-helps`: `relaxes-muscles`, `enhances-circulation`, `stimulates-endorphins`, `reduces-stress`;
 *   `summary`: `reduces-muscle-tension`, `lowers-stress-hormones`, `improves-circulation`, `stimulates-endorphin-release`.
 */
export class ReliefBenefitList extends ReliefItemList<BenefitSetName> {
  protected readonly setNames = BENEFIT_SETS;
  protected itemSet = benefitSet;
}
