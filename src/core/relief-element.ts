import { LitElement, adoptStyles, html, isServer, type CSSResultGroup, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HEADING_LEVELS, parseHeadingLevel, parseIdList, readText, type SectionLevel } from './attributes.js';
import type { ReliefEventMap } from './events.js';
import { LocaleController, type LocaleView } from './localization.js';
import { reliefElementStyles } from './relief-element.styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** A parent's element children that are content: a snapshot's inline `<style>` is not (the takeover adopts its styles). */
const contentChildren = (parent: ParentNode): Element[] => [...parent.children].filter((child) => child.localName !== 'style');

/** The content-child indexes from `root` down to `element`; `undefined` when it is not inside. */
function elementPath(root: ParentNode, element: Element | null): number[] | undefined {
  if (!element) return undefined;
  const path: number[] = [];
  for (let node: Element = element; node !== root; node = node.parentNode as Element) {
    if (!node.parentNode) return undefined;
    path.unshift(contentChildren(node.parentNode).indexOf(node));
  }
  return path;
}

const elementAt = (root: ParentNode, path: readonly number[]): Element | undefined =>
  path.reduce<ParentNode | undefined>((node, index) => (node ? contentChildren(node)[index] : undefined), root) as Element | undefined;

const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The page's wait for its first paint, shared by every snapshot on it. */
let firstPaint: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint has been presented (then
 * what the snapshot painted is counted) or the page has loaded, and a frame
 * later; where paint timing is not available, after the next frame.
 */
function snapshotPainted(): Promise<void> {
  firstPaint ??= firstPaintPresented();
  return firstPaint.then(afterFrame);
}

function firstPaintPresented(): Promise<void> {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint') || painted()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve();
    };
    const observer = new PerformanceObserver(() => painted() && done());
    observer.observe({ type: 'paint' });
    // A document for which the browser records no paint (some frames in Firefox) goes on a few
    // frames after it has loaded, when its first paint has been presented anyway.
    const loaded = () => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (document.readyState === 'complete') loaded();
    else addEventListener('load', loaded, { once: true });
  });
}

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

  /**
   * Whether the element came with a snapshot of its content: a declarative
   * shadow root written by the prerenderer (or anything else). The snapshot is
   * only shown until the element takes it over (see `update()`): nothing here
   * depends on its markup.
   */
  protected readonly prerendered: boolean = !isServer && this.shadowRoot !== null;

  /**
   * The snapshot's root is reused as it is: `attachShadow()` would empty it at
   * once, before there is anything to show in its place. (The styles are
   * adopted at the takeover, which removes the snapshot's inline `<style>`.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.prerendered ? this.shadowRoot! : super.createRenderRoot();
  }

  /**
   * A snapshot is taken over once the browser has painted the HTML it already
   * has, and counted that paint (first and largest contentful paint): the
   * text is complete sooner, and replacing it with the same text later is no
   * new paint for those metrics.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.prerendered || this.hasUpdated) return super.scheduleUpdate();
    return snapshotPainted().then(() => super.scheduleUpdate());
  }

  /**
   * A snapshot stays, inert, while the page's language file loads (so that an
   * element never shows two languages); a snapshot nested in another element's
   * snapshot waits for its host, whose takeover replaces it; one taken out of
   * the page waits until it is back.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.prerendered && !this.hasUpdated && (!this.isConnected || this.localization.loadPending || this.insideSnapshot())) return false;
    return super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.prerendered && !this.hasUpdated) this.requestUpdate();
  }

  private insideSnapshot(): boolean {
    const host = (this.getRootNode() as ShadowRoot).host;
    return host instanceof ReliefElement && host.prerendered && !host.hasUpdated;
  }

  /**
   * Takeover: the first render replaces the snapshot, in the same task (no
   * paint between), rendered fresh from the current attributes and the page's
   * language, whatever was done to the snapshot's markup. Focus inside the
   * snapshot moves to the same place in the new content.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.prerendered || this.hasUpdated) return super.update(changed);
    const root = this.renderRoot as ShadowRoot;
    const focusPath = elementPath(root, root.activeElement);
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    root.replaceChildren();
    super.update(changed);
    const focusTarget = focusPath && elementAt(root, focusPath);
    if (focusTarget instanceof HTMLElement) focusTarget.focus({ preventScroll: true });
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
