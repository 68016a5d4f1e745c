import { warnOnce } from './warn.js';

type ReliefElementClass = CustomElementConstructor & { readonly version: string };

/**
 * Registers `tag` unless it is registered already, so that loading the bundle
 * twice never throws. A second copy of another version warns once (the message
 * names no tag, so five skipped tags give one warning). Without a DOM (a
 * server importing the package) it does nothing.
 */
export function defineElement(tag: string, elementClass: ReliefElementClass): void {
  // On a server (Node, no DOM) importing a module registers nothing.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: unknown }) | undefined;
  if (!existing) {
    customElements.define(tag, elementClass);
    return;
  }
  if (existing.version === undefined) {
    warnOnce(`<${tag}> is already registered by another script; this copy of relief-widgets does not replace it.`);
  } else if (existing.version !== elementClass.version) {
    warnOnce(
      `version ${String(existing.version)} is already loaded on this page; this copy (version ${elementClass.version}) is skipped.`,
    );
  }
}
