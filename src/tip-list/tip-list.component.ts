import { ReliefItemList } from '../core/item-list.js';
import { TIP_SETS, tipSet, type TipSetName } from './tip-list.content.js';

/**
 * @summary Practical tips from the clinic page: lifestyle habits, or how to get the most from a session.
 *
 * @attr {"lifestyle" | "session"} set - Which tips: lifestyle (default) or session.
 */
export class ReliefTipList extends ReliefItemList<TipSetName> {
  protected readonly setNames = TIP_SETS;
  protected itemSet = tipSet;
}
