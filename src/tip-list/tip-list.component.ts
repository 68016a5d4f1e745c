import { ReliefItemList } from '../core/item-list.js';
import { TIP_SETS, tipSet, type TipSetName } from './tip-list.content.js';

/**
 * Practical tips from the clinic page: lifestyle habits that support pain management
 * (default), or how to get the most from a pain-relief massage session.
 *
 * @summary Practical tips from the clinic page: lifestyle habits, or how to get the most from a session.
 * @reserve 24em
 *
 * @attr {"lifestyle" | "session"} set - Which tips: lifestyle (default) or session. An unknown value warns
 *   and shows the lifestyle tips.
 * @attr {string} items - Space-separated ids of the chosen list's items, in the order to show them (default: all).
 *   `lifestyle`: `low-impact-exercise`, `balanced-diet`, `mindfulness`, `sleep-schedule`;
 *   `session`: `communicate-comfort-needs`, `gentle-techniques`, `regular-routine`.
 */
export class ReliefTipList extends ReliefItemList<TipSetName> {
  protected readonly setNames = TIP_SETS;
  protected itemSet = tipSet;
}
