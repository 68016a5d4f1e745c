import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { parseHeadingLevel, parseIdList, type HeadingLevel } from './attributes.js';
import type { ContentItem } from './content.js';
import type { ReliefEventMap } from './events.js';
import { getLocale, isRightToLeft, localeReady, startLocalization } from './localization.js';
import { reliefElementStyles } from './relief-element.styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

const headingTags: Record<HeadingLevel, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * The base of every relief element: shared attributes, localization that
 * follows the page, a localized wrapper carrying `lang` and `dir`, headings at
 * the level the host page needs, and a typed `emit()`.
 *
 * @csspart base - The wrapper, in the active locale's language and direction.
 * @csspart heading - The element's heading.
 *
 * @cssproperty --relief-color-accent - Accent: list markers, controls, the chosen option.
 * @cssproperty --relief-color-on-accent - Text on the accent colour.
 * @cssproperty --relief-color-text - Body text.
 * @cssproperty --relief-color-muted - Secondary text.
 * @cssproperty --relief-color-surface - Background.
 * @cssproperty --relief-color-surface-raised - Background of the chosen option and of notes.
 * @cssproperty --relief-color-border - Borders of controls and cards.
 * @cssproperty --relief-color-focus - Focus ring (defaults to the accent).
 * @cssproperty --relief-radius - Corner radius.
 * @cssproperty --relief-padding - Space inside the element's card (default `1.25em`; `0` for none).
 * @cssproperty --relief-spacing - Base spacing unit.
 * @cssproperty --relief-font-family - Font family (inherits from the page by default).
 * @cssproperty --relief-font-size - Base size (default `medium`: the visitor's own default size).
 */
export abstract class ReliefElement extends LitElement {
  static override styles: CSSResultGroup = reliefElementStyles;

  /** The package version that defined this element (compared by `define()`). */
  static readonly version: string = VERSION;

  /** Replaces the heading text. Always rendered as text, never as HTML. */
  @property() heading?: string;

  /** The heading's level, 2 to 6, so that the widget fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Space-separated item ids: which items to show, in which order. */
  @property() items?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
  }

  /** Waits for the page's locale before the first render, so English never flashes first. */
  protected override async scheduleUpdate(): Promise<void> {
    await localeReady();
    super.scheduleUpdate();
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
    const tag = headingTags[level];
    return staticHtml`<${tag} part=${partName} class=${partName} id=${id}>${text}</${tag}>`;
  }

  /** Wraps the content in the `base` part, in the active locale's language and direction. */
  protected renderBase(content: unknown): TemplateResult {
    const locale = getLocale();
    return html`<div part="base" class="base" lang=${locale} dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>
      ${content}
    </div>`;
  }
}
