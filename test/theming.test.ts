import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/relief-widgets.js';
import { everyElementMarkup } from './support/elements.js';
import { part, parts, settled } from './support/helpers.js';

/** WCAG relative luminance and contrast of two computed `rgb()` colours. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The four elements tests look at by position, then every other element of the manifest (test/support/elements.ts). */
const ALL = everyElementMarkup([
  ['relief-benefit-list'],
  ['relief-pain-selector', 'value="joint"'],
  ['relief-therapist-checklist', 'value="experience"'],
  ['relief-guide'],
]);

async function all(style = '') {
  const wrapper = await fixture<HTMLElement>(`<div>${await ALL}</div>`);
  if (style) wrapper.setAttribute('style', style);
  const elements = [...wrapper.children] as LitElement[];
  await Promise.all(elements.map(settled));
  return { wrapper, elements };
}

const css = (element: Element, property: string) => getComputedStyle(element).getPropertyValue(property);

/** Waits for the controls' colour transitions (150 ms) to end, in every shadow root below `root`. */
async function transitionsDone(root: Element): Promise<void> {
  const shadowRoots: ShadowRoot[] = [];
  const collect = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        shadowRoots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    }
  };
  collect(root);
  await Promise.all(shadowRoots.flatMap((shadowRoot) => shadowRoot.getAnimations().map((animation) => animation.finished)));
}

describe('theming with --relief-* custom properties', () => {
  it('takes them from the element or from any ancestor', async () => {
    const { wrapper, elements } = await all('--relief-color-accent: rgb(200, 0, 100); --relief-color-text: rgb(1, 2, 3)');
    elements[1].style.setProperty('--relief-color-accent', 'rgb(0, 90, 0)');
    await transitionsDone(wrapper);
    for (const element of elements) {
      expect(css(part(element, '[part~="heading"]'), 'color'), element.localName).to.equal('rgb(1, 2, 3)');
    }
    expect(css(part(elements[2], 'input'), 'accent-color')).to.equal('rgb(200, 0, 100)');
    expect(css(part(elements[1], '[part~="option-checked"]'), 'border-color')).to.equal('rgb(0, 90, 0)');
    // …and through the guide into its nested elements.
    const nested = part(elements[3], 'relief-therapist-checklist');
    expect(css(part(nested, 'input'), 'accent-color')).to.equal('rgb(200, 0, 100)');
    wrapper.removeAttribute('style');
  });

  it('sizes itself from --relief-font-size and in em, not from the page’s root size', async () => {
    document.documentElement.style.fontSize = '50%';
    const { elements } = await all('--relief-font-size: 20px; --relief-font-family: monospace');
    const heading = part(elements[0], '[part~="heading"]');
    expect(css(heading, 'font-size')).to.equal('27.5px');
    expect(css(heading, 'font-family')).to.equal('monospace');
    document.documentElement.style.fontSize = '';
  });

  it('inherits the page’s font family by default', async () => {
    const { elements } = await all('font-family: fantasy');
    expect(css(part(elements[0], '[part~="heading"]'), 'font-family')).to.equal('fantasy');
  });
});

describe('::part() styling', () => {
  it('reaches each element’s parts, and the guide’s nested parts through exportparts', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      relief-benefit-list::part(heading) { color: rgb(10, 20, 30); }
      relief-guide::part(section-heading) { color: rgb(40, 50, 60); }
      relief-guide::part(reset-button) { color: rgb(70, 80, 90); }`);
    document.adoptedStyleSheets = [sheet];
    const { elements } = await all();
    expect(css(part(elements[0], '[part~="heading"]'), 'color')).to.equal('rgb(10, 20, 30)');
    const guide = elements[3];
    expect(css(part(part(guide, 'relief-benefit-list'), '[part~="heading"]'), 'color')).to.equal('rgb(40, 50, 60)');
    expect(css(part(part(guide, 'relief-therapist-checklist'), '[part~="reset-button"]'), 'color')).to.equal(
      'rgb(70, 80, 90)',
    );
    document.adoptedStyleSheets = [];
  });
});

describe('light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows color-scheme: ${scheme} and keeps WCAG AA contrast`, async () => {
      const { wrapper, elements } = await all(`color-scheme: ${scheme}`);
      await transitionsDone(wrapper);
      const [list, selector, checklist, guide] = elements;
      const surface = css(part(list, '[part~="base"]'), 'background-color');
      const raised = css(part(selector, '[part~="panel"]'), 'background-color');
      const text = css(part(list, '[part~="heading"]'), 'color');
      expect(luminance(surface) > 0.5).to.equal(scheme === 'light');
      // Text ≥ 4.5:1 on every background it sits on.
      expect(contrast(text, surface)).to.be.at.least(4.5);
      expect(contrast(text, raised)).to.be.at.least(4.5);
      const muted = css(part(guide, '[part="lead"]'), 'color');
      expect(contrast(muted, surface)).to.be.at.least(4.5);
      const link = css(part(guide, 'a'), 'color');
      expect(contrast(link, surface)).to.be.at.least(4.5);
      expect(contrast(link, css(part(guide, '[part="safety"]'), 'background-color'))).to.be.at.least(4.5);
      const button = part(checklist, '[part~="reset-button"]');
      expect(contrast(css(button, 'color'), css(button, 'background-color'))).to.be.at.least(4.5);
      // Control boundaries ≥ 3:1.
      expect(contrast(css(part(selector, '[part~="option"]'), 'border-top-color'), surface)).to.be.at.least(3);
      expect(contrast(css(button, 'border-top-color'), surface)).to.be.at.least(3);
      expect(contrast(css(part(selector, '[part~="option-checked"]'), 'border-top-color'), raised)).to.be.at.least(3);
    });
  }

  it('follows a color-scheme set on the element itself, over the page’s', async () => {
    const { elements } = await all('color-scheme: light');
    elements[0].style.colorScheme = 'dark';
    const dark = css(part(elements[0], '[part~="base"]'), 'background-color');
    const light = css(part(elements[1], '[part~="base"]'), 'background-color');
    expect(luminance(dark)).to.be.lessThan(0.1);
    expect(luminance(light)).to.be.greaterThan(0.9);
  });
});

describe('print and motion', () => {
  const rulesOf = (elements: LitElement[]) =>
    elements
      .flatMap((element) => [element, ...parts<LitElement>(element, '*').filter((nested) => nested.shadowRoot)])
      .flatMap((element) => [...element.shadowRoot!.adoptedStyleSheets])
      .flatMap((sheet) => [...sheet.cssRules]);

  it('prints the checklist without buttons or meter, and the guide with its links’ addresses', async () => {
    const { elements } = await all();
    const print = rulesOf(elements)
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .map((rule) => rule.cssText)
      .join('\n');
    expect(print).to.match(/\.button[^{]*\{[^}]*display: none/);
    expect(print).to.match(/a\[href\]::after[^{]*\{[^}]*content: ["'] <["'] attr\(href\) ["']>["']/);
    expect(print).not.to.match(/\.checkbox[^{]*\{[^}]*display: none/);
  });

  it('moves only for visitors who have not asked for reduced motion', async () => {
    const { elements } = await all();
    const moving: string[] = [];
    const walk = (rules: CSSRule[], allowed: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          walk([...rule.cssRules], allowed || rule.conditionText.includes('prefers-reduced-motion: no-preference'));
        } else if (
          rule instanceof CSSStyleRule &&
          (/[1-9]/.test(rule.style.transitionDuration) || !/^(|none|initial)$/.test(rule.style.animationName))
        ) {
          moving.push(`${allowed ? 'ok' : 'UNGUARDED'} ${rule.selectorText}`);
        }
      }
    };
    walk(rulesOf(elements), false);
    expect(moving.length).to.be.greaterThan(0);
    expect(moving.filter((entry) => entry.startsWith('UNGUARDED'))).to.deep.equal([]);
  });
});
