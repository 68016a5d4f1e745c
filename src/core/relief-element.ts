import { LitElement, html, type CSSResultGroup, type TemplateResult, type PropertyDeclarations } from 'lit';
import { parseHeadingLevel, parseIdList, type HeadingLevel } from './attributes.js';
import type { ContentItem } from './content.js';
import type { ReliefEventMap } from './events.js';
import { firstLocaleLoad, getLocale, isRightToLeft, localizedElements, startLocalization } from './localization.js';
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
    headingLevel: { attribute: 'heading-level', type: Number },
    items: {},
  };

  /** The package version that defined this element (compared by `define()`). */
  static readonly version: string = VERSION;

  /** Replaces the heading text. Always rendered as text, never as HTML. */
  declare heading?: string;

  /** The heading's level, 2 to 6, so that the widget fits the page's outline. */
  declare headingLevel?: number;

  /** Space-separated item ids: which items to show, in which order. */
  declare items?: string;

  override connectedCallback(): void {
    startLocalization();
    localizedElements.add(this);
    super.connectedCallback();
    // Re-render when the first locale settles, also when it failed (no 'ready' event then).
    void firstLocaleLoad()?.then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    localizedElements.delete(this);
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

  /** The valid `heading-level`, for elements that nest others one level below. */
  protected get validHeadingLevel(): HeadingLevel {
    return parseHeadingLevel(this.localName, this.headingLevel, this.getAttribute('heading-level'));
  }

  /** The items that `items` names, in its order; all of them when it is absent or names none. */
  protected selectItems<Item extends ContentItem>(all: readonly Item[]): readonly Item[] {
    const ids = parseIdList(this.localName, 'items', this.items, all.map((item) => item.id));
    return ids ? ids.map((id) => all.find((item) => item.id === id)!) : all;
  }

  /** The `heading` attribute when it holds text, else `defaultText`. */
  protected headingText(defaultText: string): string {
    if (this.heading === undefined || this.heading === null) return defaultText;
    if (this.heading.trim()) return this.heading;
    warnOnce(`<${this.localName}> heading is empty; showing the default heading, "${defaultText}".`);
    return defaultText;
  }

  /** The element's own heading: the `heading` text (or `defaultText`) at `heading-level`. */
  protected renderHeading(defaultText: string): TemplateResult {
    return this.renderHeadingAt(this.validHeadingLevel, this.headingText(defaultText), 'heading');
  }

  /** A heading of `level` with `text`, as text, carrying `id` and the part of the same name. */
  protected renderHeadingAt(level: HeadingLevel, text: string, id: string, partName = id): TemplateResult {
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
    }
  }

  /**
   * Wraps the content in the `base` part, in the active locale's language and
   * direction. While the page's first locale loads, the English text is laid
   * out but hidden: it holds the element's place (so the page barely moves
   * when the translation arrives) without flashing English.
   */
  protected renderBase(content: unknown): TemplateResult {
    const locale = getLocale();
    return html`<div
      part="base"
      class=${firstLocaleLoad() ? 'base loading' : 'base'}
      lang=${locale}
      dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}
    >
      ${content}
    </div>`;
  }
}
