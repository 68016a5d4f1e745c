/**
 * Code that runs inside the benchmark pages. It is installed through the
 * DevTools protocol (page.evaluate with a string), which the pages' CSP and
 * Trusted Types do not govern, so the pages themselves stay script-free apart
 * from what a clinic site would load.
 */

/**
 * Waits until every element in `roots`, and every relief or vanilla element
 * they render at any depth (the guide nests five other elements), has
 * finished updating. Lit elements expose `updateComplete`; vanilla ones render
 * synchronously and expose nothing (awaiting `undefined` costs one microtask).
 * Both kinds are walked the same way, so the harness costs both the same.
 */
export async function settle(roots) {
  const seen = new Set(roots);
  let pending = [...roots];
  while (pending.length) {
    await Promise.all(pending.map((el) => el.updateComplete));
    const next = [];
    for (const el of pending) {
      for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
        const name = child.localName;
        if ((name.startsWith('relief-') || name.startsWith('vanilla-')) && !seen.has(child)) {
          seen.add(child);
          next.push(child);
        }
      }
    }
    pending = next;
  }
}

/** Defines `window.benchSettle` (see `settle`) in the page. */
export function installHelpers(page) {
  return page.evaluate(`window.benchSettle = ${settle.toString()};`);
}
