/**
 * Takeover of a snapshot (a declarative shadow root an element arrives with),
 * element by element, from the source modules: the first render replaces the
 * snapshot in the same task; a nested snapshot waits for its host; focus stays
 * in place. (Whole pages and the built bundles: test/prerender-takeover.test.ts.)
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/relief-widgets.js';
import { getLocale, serverRenderTag, setServerRender } from '../src/core/localization.js';
import { until } from './support/frame.js';
import { deepText, settled } from './support/helpers.js';

let containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers) container.remove();
  containers = [];
});

/** Puts `html` in the page through the HTML parser, so that its declarative shadow roots are attached. */
function parsed(html: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  container.setHTMLUnsafe(html);
  return container;
}

const topBases = (element: Element) => [...element.shadowRoot!.children].filter((child) => child.matches('[part~="base"]'));

async function clientText(tag: string, attributes: Record<string, string> = {}): Promise<string> {
  const element = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parsed('').append(element);
  await settled(element);
  return deepText(element);
}

describe('a snapshot, taken over', () => {
  it('is replaced by a fresh render of the current attributes, once, whatever its markup', async () => {
    const container = parsed(
      '<relief-tip-list set="session" heading="Ours"><template shadowrootmode="open"><style>p{color:red}</style><p>an old snapshot</p><p>edited by hand</p></template></relief-tip-list>',
    );
    const list = container.firstElementChild as LitElement;
    expect(list.shadowRoot!.textContent).to.contain('an old snapshot');
    await until(() => list.hasUpdated, 'the takeover');
    await settled(list);
    expect(topBases(list)).to.have.length(1);
    expect(list.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    expect(deepText(list)).to.equal(await clientText('relief-tip-list', { set: 'session', heading: 'Ours' }));
    expect(list.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('leaves a snapshot nested in another snapshot to its host, whose takeover replaces both', async () => {
    const container = parsed(
      '<relief-guide items="key-benefits"><template shadowrootmode="open"><div part="base"><relief-benefit-list data-id="key-benefits"><template shadowrootmode="open"><p>nested snapshot</p></template></relief-benefit-list></div></template></relief-guide>',
    );
    const guide = container.firstElementChild as LitElement;
    const nestedSnapshot = guide.shadowRoot!.querySelector<LitElement>('relief-benefit-list')!;
    await until(() => guide.hasUpdated, 'the guide taken over');
    await settled(guide);
    expect(nestedSnapshot.isConnected).to.equal(false);
    expect(nestedSnapshot.hasUpdated, 'the nested snapshot was never rendered on its own').to.equal(false);
    const sections = guide.shadowRoot!.querySelectorAll<LitElement>('relief-benefit-list');
    expect(sections).to.have.length(1);
    expect(topBases(sections[0])).to.have.length(1);
  });

  it('keeps the focus where it was in the snapshot', async () => {
    // A snapshot as a page would have it: a client render's markup, in a declarative shadow root.
    const source = document.createElement('relief-pain-selector') as LitElement;
    source.setAttribute('value', 'joint');
    parsed('').append(source);
    await settled(source);
    const container = parsed(`<relief-pain-selector value="joint"><template shadowrootmode="open">${source.shadowRoot!.innerHTML}</template></relief-pain-selector>`);
    const selector = container.firstElementChild as LitElement;
    const old = selector.shadowRoot!.querySelector<HTMLInputElement>('input[value="joint"]')!;
    old.focus();
    expect(selector.shadowRoot!.activeElement).to.equal(old);
    await until(() => selector.hasUpdated, 'the takeover');
    const focused = selector.shadowRoot!.activeElement as HTMLInputElement | null;
    expect(focused, 'focus in the new content').not.to.equal(null);
    expect(focused).not.to.equal(old);
    expect([focused!.localName, focused!.value]).to.deep.equal(['input', 'joint']);
  });
});

describe('what depends on the visitor appears at the takeover', () => {
  it('shows the ticks a clinic chose to store, which no snapshot has', async () => {
    localStorage.setItem('relief-widgets:therapist-checklist:snapshot-test', 'experience');
    try {
      const container = parsed(
        '<relief-therapist-checklist name="snapshot-test" persist="local"><template shadowrootmode="open"><div part="base"><input type="checkbox" value="experience" disabled></div></template></relief-therapist-checklist>',
      );
      const checklist = container.firstElementChild as LitElement;
      expect(checklist.shadowRoot!.querySelector<HTMLInputElement>('input')!.checked, 'the snapshot').to.equal(false);
      await until(() => checklist.hasUpdated, 'the takeover');
      await settled(checklist);
      const ticked = [...checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].filter((input) => input.checked);
      expect(ticked.map((input) => input.value)).to.deep.equal(['experience']);
    } finally {
      localStorage.removeItem('relief-widgets:therapist-checklist:snapshot-test');
    }
  });

  it('shows the overdue notice as of the visitor’s day, whatever the snapshot showed', async () => {
    const container = parsed(
      '<relief-guide items="introduction" next-review="2000-01-01"><template shadowrootmode="open"><div part="base"><p>no notice in this snapshot</p></div></template></relief-guide>',
    );
    const guide = container.firstElementChild as LitElement;
    await until(() => guide.hasUpdated, 'the takeover');
    expect(guide.shadowRoot!.querySelector('[part="overdue-notice"]')).not.to.equal(null);
  });
});

describe('the server render hook', () => {
  it('gives the locale and tag of the render in progress, and the page its own again after', () => {
    const pageLocale = getLocale();
    let render: { locale: 'fa'; tag: string } | undefined = { locale: 'fa', tag: 'fa-AF' };
    setServerRender(() => render);
    try {
      expect([getLocale(), serverRenderTag()]).to.deep.equal(['fa', 'fa-AF']);
      render = undefined;
      expect([getLocale(), serverRenderTag()]).to.deep.equal([pageLocale, undefined]);
    } finally {
      setServerRender(() => undefined);
    }
  });
});
