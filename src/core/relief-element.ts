import { LitElement, adoptStyles, html, isServer, type CSSResultGroup, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HEADING_LEVELS, parseHeadingLevel, parseIdList, readText, type SectionLevel } from './attributes.js';
import type { ReliefEventMap } from './events.js';
import { LocaleController, type LocaleView } from './localization.js';
import { reliefElementStyles } from './relief-element.styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/**
 * The base of every relief element: shared attributes, localization that
 * follows the page, a localized wrapper carrying `lang` and `dir`, headings at
 * the level the host page needs, and a typed `emit()`.
 *
 * @csspart base - The wrapper, in the active locale's language and direction.
 * @csspart heading - The element's heading.
 *
 * @cssproperty {<color>} [--relief-color-accent=light-dark(#0b6b5e, #6fd6c3)] - Accent: list markers, controls, the chosen option, links.
 * @cssproperty {<color>} [--relief-color-on-accent=light-dark(#ffffff, #0d1f1b)] - Text on the accent colour.
 * @cssproperty {<color>} [--relief-color-text=light-dark(#1f2933, #e6e9ed)] - Body text.
 * @cssproperty {<color>} [--relief-color-muted=light-dark(#4a5560, #b4bcc5)] - Secondary text.
 * @cssproperty {<color>} [--relief-color-surface=light-dark(#ffffff, #1b1f24)] - Background of the element's card.
 * @cssproperty {<color>} [--relief-color-surface-raised=light-dark(#eef5f3, #24302d)] - Background of the chosen option and of notes.
 * @cssproperty {<color>} [--relief-color-border=light-dark(#767f88, #8b959f)] - Borders of controls and cards.
 * @cssproperty {<color>} [--relief-color-focus=var(--relief-color-accent)] - Focus ring (defaults to the accent).
 * @cssproperty {<length>} [--relief-radius=0.5em] - Corner radius.
 * @cssproperty {<length>} [--relief-padding=1.25em] - Space inside the element's card (`0` for none).
 * @cssproperty {<length>} [--relief-spacing=1em] - Base spacing unit.
 * @cssproperty [--relief-font-family=inherit] - Font family (inherits from the page by default).
 * @cssproperty {<length>} [--relief-font-size=medium] - Base size (default `medium`: the visitor's own default size, so the page's `html { font-size }` does not leak in).
 */
export abstract class ReliefElement extends LitElement {
  static override styles: CSSResultGroup = reliefElementStyles;

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    items: {},
    _guideSection: { attribute: false },
  };

  /** The package version that defined this element (compared by `define()`). */
  static readonly version: string = VERSION;

  /** Replaces the heading text. Always rendered as text, never as HTML. */
  declare heading?: string | null;

  /** The heading's level, 2 to 6 (a number or its digits), so that the widget fits the page's outline. */
  declare headingLevel?: number | string;

  /** Space-separated item ids (or an array of ids): which items to show, in which order. */
  declare items?: string | readonly string[];

  /**
   * Set by `<relief-guide>` on the elements it nests, as a property (so that
   * a server render sees it too): only there is a seventh heading level right.
   * @internal
   */
  declare _guideSection?: boolean;

  private readonly localization = new LocaleController(this);

  /** Whether the element came with its content, prerendered (a declarative shadow root) to hydrate. */
  protected readonly prerendered: boolean = !isServer && this.shadowRoot !== null;

  /**
   * True on the server and, for a prerendered element, until its first update:
   * what depends on the visitor (today's date, stored ticks) is left out, so
   * that hydration meets the server's HTML, and controls are inert until they work.
   */
  protected get hydrating(): boolean {
    return isServer || (this.prerendered && !this.hasUpdated);
  }

  /** Hydration reuses the declarative shadow root without adopting the styles; under a strict CSP its inline <style> is blocked. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.prerendered && root instanceof ShadowRoot && root.adoptedStyleSheets.length === 0) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  /**
   * A prerendered element waits for the next frame before it hydrates, so that
   * the browser paints the HTML it already has first: hydration changes
   * nothing visible, and the text is complete sooner.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.prerendered || this.hasUpdated) return super.scheduleUpdate();
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))).then(() => super.scheduleUpdate());
  }

  /** A hydrated element renders once more with what depends on the visitor. */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.prerendered) this.requestUpdate();
  }

  /** The page's locale, direction and loading state, read once per render. */
  protected localeView!: LocaleView;

  /** (willUpdate, not update: a server render calls it too.) */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeView = this.localization.view;
  }

  /**
   * Moved into another document (a same-origin iframe) and back, the shadow
   * root's adopted style sheets are emptied: adopt them again. Sheets of this
   * document can't be adopted by another one; there the element is unstyled
   * until it returns.
   */
  adoptedCallback(): void {
    try {
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    } catch {
      // NotAllowedError in the other document.
    }
  }

  /** Dispatches a bubbling, composed event from the host. */
  protected emit<Name extends keyof ReliefEventMap>(
    name: Name,
    detail: ReliefEventMap[Name],
  ): CustomEvent<ReliefEventMap[Name]> {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
    return event;
  }

  /**
   * The valid `heading-level`. Inside a `<relief-guide>` at level 6 a section
   * is at the seventh level, which only the guide gives.
   */
  protected get validHeadingLevel(): SectionLevel {
    return parseHeadingLevel(this.localName, this.headingLevel, this._guideSection ? [...HEADING_LEVELS, 7] : HEADING_LEVELS);
  }

  /** The items that `items` names, in its order; all of them when it is absent or names none. */
  protected selectItems<Item extends { readonly id: string }>(all: readonly Item[]): readonly Item[] {
    const ids = parseIdList(this.localName, 'items', this.items, all.map((item) => item.id));
    return ids ? ids.map((id) => all.find((item) => item.id === id)!) : all;
  }

  /** The `heading` when it holds text, else `defaultText`. */
  protected headingText(defaultText: string): string {
    const heading = readText(`<${this.localName}> heading`, this.heading);
    if (heading === undefined) return defaultText;
    if (heading.trim()) return heading;
    warnOnce(`<${this.localName}> heading is empty; showing the default heading, "${defaultText}".`);
    return defaultText;
  }

  /** The element's own heading: the `heading` text (or `defaultText`) at `heading-level`. */
  protected renderHeading(defaultText: string): TemplateResult {
    return this.renderHeadingAt(this.validHeadingLevel, this.headingText(defaultText), 'heading');
  }

  /** A heading of `level` with `text`, as text, carrying `id` and the part of the same name. */
  protected renderHeadingAt(level: SectionLevel, text: string, id: string, partName = id): TemplateResult {
    // One template per level: Lit cannot bind a tag name, and static templates cost more.
    switch (level) {
      case 2:
        return html`<h2 part=${partName} class=${partName} id=${id}>${text}</h2>`;
      case 3:
        return html`<h3 part=${partName} class=${partName} id=${id}>${text}</h3>`;
      case 4:
        return html`<h4 part=${partName} class=${partName} id=${id}>${text}</h4>`;
      case 5:
        return html`<h5 part=${partName} class=${partName} id=${id}>${text}</h5>`;
      case 6:
        return html`<h6 part=${partName} class=${partName} id=${id}>${text}</h6>`;
      case 7:
        return html`<h6 part=${partName} class=${partName} id=${id} aria-level="7">${text}</h6>`;
    }
  }

  /**
   * Wraps the content in the `base` part, in the active locale's language and
   * direction. While the page's first locale loads, the English text is laid
   * out but hidden: it holds the element's place (so the page barely moves
   * when the translation arrives) without flashing English.
   */
  protected renderBase(content: unknown): TemplateResult {
    const { locale, dir, loading } = this.localeView;
    return html`<div part="base" class=${loading ? 'base loading' : 'base'} lang=${locale} dir=${dir}>
      ${content}
    </div>`;
  }
}
