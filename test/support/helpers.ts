import type { LitElement } from 'lit';

/** Collects `console.warn` calls until `restore()`; the messages as strings. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * The text of `root` and of every shadow root below it, white space collapsed,
 * skipping `hidden` elements, `<style>` and `<script>` (unless `includeHidden`).
 */
export function deepText(root: Node, { includeHidden = false } = {}): string {
  const parts: string[] = [];
  // Node types and names rather than instanceof, so that pages in iframes work too.
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : undefined;
    if (element && /^(style|script)$/.test(element.localName)) return;
    if (element && !includeHidden && element.hidden) return;
    // Block boundaries separate words, as they do on screen.
    const block = element !== undefined && !/^(a|span|cite|strong|em|b|i|time|abbr|bdi)$/.test(element.localName);
    if (block) parts.push(' ');
    if (element?.shadowRoot) walk(element.shadowRoot);
    for (const child of node.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Queries inside an element's shadow root. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
}

export function parts<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Waits for a Lit element's update, and for nested relief elements' updates. */
export async function settled(element: LitElement): Promise<void> {
  await element.updateComplete;
  for (const nested of element.shadowRoot?.querySelectorAll('*') ?? []) {
    if ('updateComplete' in nested) await settled(nested as LitElement);
  }
}
