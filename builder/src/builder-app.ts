import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  contentLocale,
  contentSecurityPolicy,
  defaultConfig,
  defaultRadius,
  elementAttributes,
  embedCode,
  hasAttribute,
  htmlElementTag,
  normalizeFolder,
  schemesInUse,
  setValues,
  styleBlockText,
  themeCss,
  THEME_COLORS,
  TRUSTED_TYPES_DIRECTIVES,
  variantKey,
  type BuilderConfig,
  type Scheme,
  type SchemeChoice,
  type ThemeColor,
} from './config.js';
import { loadJson, type BuilderData } from './data.js';
import { currentLocale, LANGUAGE_AUTONYMS, sentenceGap, sentences, showInAddress, useLocale, type BuilderLocale } from './i18n.js';
import { builderNotes, contrastText, languageName, type Output } from './guidance.js';
import { renderPlatforms } from './platform-steps.js';
import { PreviewLink } from './preview-link.js';
import { snapshotOf, structuredDataOf } from './snapshot.js';
import { english, strings } from './strings.js';
import { contrastIssues, type ContrastIssue } from './theme-check.js';

const PREVIEW_WIDTHS = { phone: 390, desktop: 1280 } as const;
type PreviewWidth = keyof typeof PREVIEW_WIDTHS;
const HEX = /^#[\da-f]{6}$/i;
let instances = 0;

/** Documentation text with its `code` spans as <code> (as text, never as HTML). */
const withCode = (text: string) => text.split(/`([^`]+)`/).map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** `'sha256-…'` of a `<style>` block's text, or undefined where the browser has no SubtleCrypto (plain http). */
async function hashSource(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  return `'sha256-${base64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))}'`;
}

async function gzipSize(text: string): Promise<number | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/**
 * The embed builder: settings, a live preview of the real elements, and the
 * embed code with the policy it needs. Renders into its own light DOM (styled
 * by builder.css); `base` is the folder of its data and preview page.
 */
export class EmbedBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    base: {},
    data: { state: true },
    failure: { state: true },
    config: { state: true },
    output: { state: true },
    previewWidth: { state: true },
    previewScheme: { state: true },
    hexDrafts: { state: true },
    copyStatus: { state: true },
    announcement: { state: true },
  };

  // Reactive properties are declared, and set in the constructor: a class field would hide Lit's accessor.
  /** The folder of data/ and preview.html (default: the page's own). */
  declare base: string;
  declare data?: BuilderData;
  declare failure?: string;
  declare config: BuilderConfig;
  declare output?: Output;
  declare previewWidth: PreviewWidth;
  declare previewScheme: Scheme;
  declare hexDrafts: Record<string, string>;
  declare copyStatus: string;
  declare announcement: string;

  constructor() {
    super();
    this.base = './';
    this.previewWidth = 'phone';
    this.previewScheme = 'light';
    this.hexDrafts = {};
    this.copyStatus = '';
    this.announcement = '';
  }

  private readonly uid = `rwb${String((instances += 1))}`;
  private outputRun = 0;
  private outputWritten: Promise<void> = Promise.resolve();
  private frameObserver?: ResizeObserver;
  private focusAfterMove?: { id: string; direction: -1 | 1 };
  private readonly preview = new PreviewLink(this, () => this.frame, {
    ready: () => this.postPreview(),
    resized: () => this.layoutFrame(),
  });

  /** Light DOM: the page's stylesheet applies, and the placeholder text goes. */
  protected override createRenderRoot(): HTMLElement {
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data && !this.failure) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.frameObserver?.disconnect();
  }

  private async load(): Promise<void> {
    try {
      const data = await loadJson<BuilderData>(this.base, 'data/builder.json');
      this.config = defaultConfig(data);
      this.data = data;
    } catch (error) {
      this.failure = strings.loadFailed(error instanceof Error ? error.message : String(error));
    }
  }

  private fieldId(name: string): string {
    return `${this.uid}-${name}`;
  }

  private get frame(): HTMLIFrameElement | null {
    return this.querySelector<HTMLIFrameElement>('iframe.preview-frame');
  }

  // ---------------------------------------------------------------- state

  private change(change: (config: BuilderConfig) => BuilderConfig): void {
    this.config = change(this.config);
  }

  private set<K extends keyof BuilderConfig>(key: K, value: BuilderConfig[K]): void {
    this.change((config) => ({ ...config, [key]: value }));
  }

  private setTheme<K extends keyof BuilderConfig['theme']>(key: K, value: BuilderConfig['theme'][K]): void {
    this.change((config) => ({ ...config, theme: { ...config.theme, [key]: value } }));
  }

  private setLoading<K extends keyof BuilderConfig['loading']>(key: K, value: BuilderConfig['loading'][K]): void {
    this.change((config) => ({ ...config, loading: { ...config.loading, [key]: value } }));
  }

  private setColor(scheme: Scheme, key: ThemeColor, value: string): void {
    const drafts = { ...this.hexDrafts };
    delete drafts[`${scheme}-${key}`];
    this.hexDrafts = drafts;
    this.change((config) => ({
      ...config,
      theme: {
        ...config.theme,
        colors: { ...config.theme.colors, [scheme]: { ...config.theme.colors[scheme], [key]: value.toLowerCase() } },
      },
    }));
  }

  /** Takes a suggested colour; the button goes with the problem, so focus moves to the colour's field. */
  private async applySuggestion(issue: ContrastIssue): Promise<void> {
    this.setColor(issue.scheme, issue.adjust, issue.suggestion!);
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${this.fieldId(`${issue.scheme}-${issue.adjust}`)}`)?.focus();
  }

  private onHexInput(scheme: Scheme, key: ThemeColor, text: string): void {
    const value = text.trim().startsWith('#') ? text.trim() : `#${text.trim()}`;
    if (HEX.test(value)) this.setColor(scheme, key, value);
    else this.hexDrafts = { ...this.hexDrafts, [`${scheme}-${key}`]: text };
  }

  private resetColors(): void {
    const defaults = defaultConfig(this.data!).theme.colors;
    this.hexDrafts = {};
    this.setTheme('colors', defaults);
  }

  private selectTag(tag: string): void {
    this.change((config) => ({ ...config, tag, set: setValues(this.data!, tag)[0] ?? '' }));
  }

  private toggleSection(id: string, shown: boolean): void {
    this.set(
      'sections',
      this.config.sections.map((section) => (section.id === id ? { ...section, shown } : section)),
    );
  }

  private moveSection(id: string, direction: -1 | 1): void {
    const sections = [...this.config.sections];
    const index = sections.findIndex((section) => section.id === id);
    if (index + direction < 0 || index + direction >= sections.length) return;
    const [moved] = sections.splice(index, 1);
    sections.splice(index + direction, 0, moved);
    this.set('sections', sections);
    this.focusAfterMove = { id, direction };
    this.announcement = strings.moved(this.sectionHeading(id), index + direction + 1, sections.length);
  }

  /** The builder's own language (never the code's): its words, the document's lang and dir, the address. */
  private async switchLanguage(locale: BuilderLocale): Promise<void> {
    try {
      await useLocale(locale, this.ownerDocument);
      showInAddress(locale);
    } catch {
      // The language's file did not arrive: the builder stays in its language (the switch shows it).
    }
    this.copyStatus = '';
    this.announcement = '';
    // The notes made with the output are in words too.
    if (this.data) void this.refreshOutput();
    this.requestUpdate();
  }

  private resetSections(): void {
    this.set('sections', defaultConfig(this.data!).sections);
    this.announcement = strings.sectionsReset;
  }

  /** A section's heading in the builder's language (as the guide shows it in that language), else in the source locale's. */
  private sectionHeading(id: string): string {
    const data = this.data!;
    return data.sectionHeadings?.[strings.lang]?.[id] ?? data.sections.find((section) => section.id === id)?.heading ?? id;
  }

  // ---------------------------------------------------------------- output

  /** Resolves once the code for the latest choices is written (for tests and embedding pages). */
  get outputComplete(): Promise<void> {
    return (async () => {
      let written;
      do {
        written = this.outputWritten;
        await this.updateComplete;
        await written;
      } while (written !== this.outputWritten || this.isUpdatePending);
    })();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('config') && this.data) {
      // "Copied" no longer describes the code once it changes.
      if (changed.get('config') !== undefined) this.copyStatus = '';
      this.outputWritten = this.refreshOutput();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.data) return;
    if (changed.has('config') || changed.has('previewScheme')) this.postPreview();
    if (changed.has('previewWidth') || changed.has('data')) this.layoutFrame();
    const box = this.querySelector<HTMLElement>('.frame-box');
    if (box && !this.frameObserver) {
      this.frameObserver = new ResizeObserver(() => this.layoutFrame());
      this.frameObserver.observe(box);
    }
    if (this.focusAfterMove) {
      const { id, direction } = this.focusAfterMove;
      this.focusAfterMove = undefined;
      const row = this.querySelector(`[data-section="${id}"]`);
      const [up, down] = row ? [...row.querySelectorAll<HTMLButtonElement>('button')] : [];
      const wanted = direction === -1 ? up : down;
      (wanted && !wanted.disabled ? wanted : direction === -1 ? down : up)?.focus();
    }
  }

  /** What the preview must show for these choices: its element and its language. */
  private previewKey(config: BuilderConfig): string {
    return JSON.stringify([config.tag, elementAttributes(config, this.data!), contentLocale(config), config.language.mode === 'fixed']);
  }

  /** The preview's element once it shows `key` (the preview page says so when it has rendered it). */
  private async previewElement(key: string): Promise<Element | undefined> {
    await this.preview.shown(key);
    return this.frame?.contentDocument?.querySelector(this.config.tag) ?? undefined;
  }

  /**
   * The prerendered code is a snapshot of what the live preview shows: the
   * real element, in the chosen language, written out as plain HTML with a
   * declarative shadow root (and, after a guide, its structured data).
   */
  private async snapshot(config: BuilderConfig): Promise<{ inner: string; after: string; styles: string[] } | undefined> {
    const element = await this.previewElement(this.previewKey(config));
    if (!element?.shadowRoot) return undefined;
    const data = this.data!;
    const { inner, styles } = snapshotOf(element);
    const after =
      config.tag === 'relief-guide' ? structuredDataOf(element, data.citations, data.about[contentLocale(config)] ?? data.about[data.sourceLocale]) : '';
    return { inner, after, styles };
  }

  private async refreshOutput(): Promise<void> {
    const run = (this.outputRun += 1);
    const config = this.config;
    const data = this.data!;
    const css = themeCss(config, data);
    const hashes: string[] = [];
    let prerendered: { inner: string; after: string } | undefined;
    let fallback: Output['fallback'];
    if (config.loading.rendering === 'prerendered') {
      const snapshot = await this.snapshot(config);
      if (run !== this.outputRun) return;
      if (snapshot) {
        prerendered = snapshot;
        for (const style of snapshot.styles) {
          const hash = await hashSource(style);
          if (hash) hashes.push(hash);
        }
      } else {
        fallback = { message: strings.prerenderedLoadFailed, command: true };
      }
    }
    let hashMissing = false;
    if (css && config.theme.placement === 'snippet') {
      const hash = await hashSource(styleBlockText(css));
      if (hash) hashes.push(hash);
      else hashMissing = true;
    }
    const code = embedCode(config, data, prerendered ? { prerendered } : {});
    const weight = prerendered ? { raw: new TextEncoder().encode(code).length, gzip: await gzipSize(code) } : undefined;
    if (run !== this.outputRun) return;
    this.output = {
      code,
      policy: contentSecurityPolicy(config, data, hashes),
      css,
      prerendered: Boolean(prerendered),
      fallback,
      hashMissing,
      weight,
    };
  }

  private postPreview(): void {
    if (!this.data) return;
    this.preview.post({
      type: 'relief-builder-preview',
      tag: this.config.tag,
      attributes: elementAttributes(this.config, this.data),
      css: themeCss(this.config, this.data, this.previewScheme),
      locale: contentLocale(this.config),
      fixedLocale: this.config.language.mode === 'fixed',
      scheme: this.previewScheme,
      key: this.previewKey(this.config),
    });
  }

  /**
   * Shows the preview page at its width, scaled down to the space there is,
   * as tall as its content up to the box's maximum (then the preview page
   * scrolls inside its frame).
   */
  private layoutFrame(): void {
    const box = this.querySelector<HTMLElement>('.frame-box');
    const frame = this.frame;
    if (!box || !frame) return;
    const width = PREVIEW_WIDTHS[this.previewWidth];
    const scale = Math.min(1, box.clientWidth / width) || 1;
    const maximum = parseFloat(getComputedStyle(box).maxBlockSize);
    const blockSize = Math.min(this.preview.height * scale, Number.isFinite(maximum) ? maximum : Infinity);
    frame.width = String(width);
    frame.height = String(Math.floor(blockSize / scale));
    box.style.setProperty('--scale', String(scale));
    box.style.setProperty('--frame-block-size', `${String(Math.ceil(blockSize))}px`);
  }

  /**
   * Copies a code box. Where the clipboard is refused (or a browser leaves the
   * request unanswered), the box's text is selected for the visitor to copy.
   */
  private async copy(selector: string, done: string): Promise<void> {
    const field = this.querySelector<HTMLTextAreaElement>(selector);
    if (!field) return;
    const copied = await Promise.race([
      (navigator.clipboard?.writeText(field.value) ?? Promise.reject(new Error('no clipboard'))).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500)),
    ]);
    if (copied) {
      this.copyStatus = done;
      return;
    }
    field.focus();
    field.select();
    this.copyStatus = strings.copyFallback;
  }

  // ---------------------------------------------------------------- render

  override render() {
    if (this.failure) return html`<p class="failure" role="alert">${this.failure}</p>`;
    if (!this.data) return html`<p class="loading-note">${strings.loadingBuilder}</p>`;
    const issues = contrastIssues(this.config, this.data);
    return html`
      <header class="masthead">
        <div class="masthead-top">
          <h1>${strings.title}</h1>
          ${this.renderLanguageSwitch()}
        </div>
        <p>${strings.intro}</p>
        <p><a class="skip" href=${`#${this.fieldId('output-heading')}`}>${strings.skipToCode}</a></p>
      </header>
      <div class="layout">
        <form class="settings" aria-label=${strings.settings} @submit=${(event: Event) => event.preventDefault()}>
          ${this.renderElementChoice()} ${this.config.tag === 'relief-guide' ? this.renderSections() : nothing} ${this.renderHeading()}
          ${this.renderLanguage()} ${hasAttribute(this.data, this.config.tag, 'last-updated') ? this.renderDates() : nothing}
          ${hasAttribute(this.data, this.config.tag, 'hide-evidence') ? this.renderEvidence() : nothing} ${this.renderTheme(issues)}
          ${this.renderLoading()}
          <p class="visually-hidden" role="status">${this.announcement}</p>
        </form>
        ${this.renderPreview()} ${this.renderOutput(issues)} ${renderPlatforms(this.config, this.data!, this.output, this.fieldId('platforms-heading'))}
      </div>
    `;
  }

  /** The builder's own language, each named in itself. */
  private renderLanguageSwitch(): TemplateResult {
    const id = this.fieldId('interface-language');
    const current = currentLocale();
    return html`<div class="interface-language">
      <label for=${id}>${strings.interfaceLanguage}</label>
      <select
        id=${id}
        aria-describedby=${`${id}-hint`}
        .value=${live(current)}
        @change=${(event: Event) => void this.switchLanguage((event.target as HTMLSelectElement).value as BuilderLocale)}
      >
        ${Object.entries(LANGUAGE_AUTONYMS).map(
          ([tag, autonym]) => html`<option value=${tag} lang=${tag} ?selected=${tag === current}>${autonym}</option>`,
        )}
      </select>
      <p class="hint" id=${`${id}-hint`}>${strings.interfaceLanguageHint}</p>
    </div>`;
  }

  private radioGroup<T extends string>(
    name: string,
    legend: string,
    value: T,
    options: { value: T; label: string; hint?: string }[],
    onChange: (value: T) => void,
    { hint, extra, className = 'group' }: { hint?: string; extra?: unknown; className?: string } = {},
  ): TemplateResult {
    const hintId = this.fieldId(`${name}-hint`);
    return html`<fieldset class=${className} aria-describedby=${hint ? hintId : nothing}>
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
      ${options.map((option) => {
        const id = this.fieldId(`${name}-${option.value}`);
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name=${this.fieldId(name)}
            .value=${option.value}
            .checked=${live(option.value === value)}
            aria-describedby=${option.hint ? `${id}-hint` : nothing}
            @change=${() => onChange(option.value)}
          />
          <label for=${id}>${option.label}</label>
          ${option.hint ? html`<p class="hint" id=${`${id}-hint`}>${withCode(option.hint)}</p>` : nothing}
        </div>`;
      })}
      ${extra ?? nothing}
    </fieldset>`;
  }

  private renderElementChoice(): TemplateResult {
    const data = this.data!;
    const sets = setValues(data, this.config.tag);
    const setAttribute = data.elements
      .find((element) => element.tag === this.config.tag)
      ?.attributes.find((attribute) => attribute.name === 'set');
    const setId = this.fieldId('set');
    return this.radioGroup(
      'element',
      strings.element,
      this.config.tag,
      [...data.elements]
        .sort((a, b) => Number(b.tag === 'relief-guide') - Number(a.tag === 'relief-guide'))
        .map((element) => ({
          value: element.tag,
          label: strings.elementNames[element.tag] ?? strings.elementFallbackName(element.tag),
          hint: this.described('elementSummaries', element.tag, element.summary),
        })),
      (tag) => this.selectTag(tag),
      {
        hint: strings.elementHint,
        extra: sets.length
          ? html`<div class="field">
              <label for=${setId}>${strings.whichList}</label>
              <select
                id=${setId}
                aria-describedby=${`${setId}-hint`}
                @change=${(event: Event) => this.set('set', (event.target as HTMLSelectElement).value)}
              >
                ${sets.map((set) => html`<option value=${set} ?selected=${set === this.config.set}>${this.setLabel(set)}</option>`)}
              </select>
              <p class="hint" id=${`${setId}-hint`}>
                ${withCode(this.described('setHints', this.config.tag, setAttribute?.description ?? ''))}
              </p>
            </div>`
          : nothing,
      },
    );
  }

  /** The package's description of an element or its `set`, in the builder's language while that translates the package's current text. */
  private described(kind: 'elementSummaries' | 'setHints', tag: string, text: string): string {
    return english[kind][tag] === text ? (strings[kind][tag] ?? text) : text;
  }

  /** A list's name: its heading in the builder's language (else the source locale's), from the prerendered data. */
  private setLabel(set: string): string {
    const data = this.data!;
    const key = variantKey(this.config.tag, set);
    return data.headings[strings.lang]?.[key] ?? data.headings[data.sourceLocale]?.[key] ?? set;
  }

  private renderSections(): TemplateResult {
    const sections = this.config.sections;
    const hintId = this.fieldId('sections-hint');
    return html`<fieldset class="group" aria-describedby=${hintId}>
      <legend>${strings.sections}</legend>
      <p class="hint" id=${hintId}>${strings.sectionsHint}</p>
      <ol class="sections">
        ${repeat(
          sections,
          (section) => section.id,
          (section, index) => {
            const heading = this.sectionHeading(section.id);
            const id = this.fieldId(`section-${section.id}`);
            return html`<li data-section=${section.id}>
              <input
                type="checkbox"
                id=${id}
                .checked=${live(section.shown)}
                @change=${(event: Event) => this.toggleSection(section.id, (event.target as HTMLInputElement).checked)}
              />
              <label for=${id}>${strings.showSection(heading)}</label>
              <span class="move">
                <button type="button" class="icon" ?disabled=${index === 0} @click=${() => this.moveSection(section.id, -1)}>
                  <span aria-hidden="true">↑</span><span class="visually-hidden">${strings.moveUp(heading)}</span>
                </button>
                <button
                  type="button"
                  class="icon"
                  ?disabled=${index === sections.length - 1}
                  @click=${() => this.moveSection(section.id, 1)}
                >
                  <span aria-hidden="true">↓</span><span class="visually-hidden">${strings.moveDown(heading)}</span>
                </button>
              </span>
            </li>`;
          },
        )}
      </ol>
      ${sections.some((section) => section.shown) ? nothing : html`<p class="problem">${strings.noSection}</p>`}
      <button type="button" class="secondary" @click=${() => this.resetSections()}>${strings.resetSections}</button>
    </fieldset>`;
  }

  private defaultHeading(): string {
    const data = this.data!;
    const key =
      this.config.tag === 'relief-guide'
        ? 'relief-guide'
        : variantKey(
            this.config.tag,
            this.config.set || undefined,
            !this.config.evidence && hasAttribute(data, this.config.tag, 'hide-evidence'),
          );
    const locale = contentLocale(this.config);
    return data.headings[locale]?.[key] ?? data.headings[data.sourceLocale]?.[key] ?? '';
  }

  private renderHeading(): TemplateResult {
    const level = this.config.headingLevel;
    const [levelId, textId] = [this.fieldId('heading-level'), this.fieldId('heading-text')];
    return html`<fieldset class="group">
      <legend>${strings.heading}</legend>
      <div class="field">
        <label for=${levelId}>${strings.headingLevel}</label>
        <select
          id=${levelId}
          aria-describedby=${`${levelId}-hint`}
          @change=${(event: Event) => this.set('headingLevel', Number((event.target as HTMLSelectElement).value))}
        >
          ${[2, 3, 4, 5, 6].map((option) => html`<option value=${option} ?selected=${option === level}>${strings.headingLevelOption(option)}</option>`)}
        </select>
        <p class="hint" id=${`${levelId}-hint`}>
          ${sentences(strings.headingLevelHint(level), this.config.tag === 'relief-guide' && strings.headingLevelGuideHint(level))}
        </p>
      </div>
      <div class="field">
        <label for=${textId}>${strings.headingText}</label>
        <input
          type="text"
          id=${textId}
          autocomplete="off"
          .value=${live(this.config.heading)}
          aria-describedby=${`${textId}-hint`}
          @input=${(event: Event) => this.set('heading', (event.target as HTMLInputElement).value)}
        />
        <p class="hint" id=${`${textId}-hint`}>${strings.headingTextHint(this.defaultHeading())}</p>
      </div>
    </fieldset>`;
  }

  private renderLanguage(): TemplateResult {
    const data = this.data!;
    const { mode, locale } = this.config.language;
    const selectId = this.fieldId('locale');
    const names = data.locales
      .map((tag) => {
        let autonym = tag;
        try {
          autonym = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
        } catch {
          // An engine without that locale's names.
        }
        return { tag, label: strings.languageName(languageName(tag), autonym, tag) };
      })
      .sort((a, b) => a.label.localeCompare(b.label, strings.lang));
    return this.radioGroup(
      'language',
      strings.language,
      mode,
      [
        { value: 'page', label: strings.languageFollow, hint: strings.languageFollowHint },
        { value: 'fixed', label: strings.languageFixed, hint: strings.languageFixedHint },
      ],
      (value) => this.set('language', { ...this.config.language, mode: value }),
      {
        extra: html`<div class="field">
          <label for=${selectId}>${mode === 'page' ? strings.languageSelectFollow : strings.languageSelectFixed}</label>
          <select
            id=${selectId}
            aria-describedby=${mode === 'page' ? `${selectId}-hint` : nothing}
            @change=${(event: Event) => this.set('language', { mode, locale: (event.target as HTMLSelectElement).value })}
          >
            ${names.map(({ tag, label }) => html`<option value=${tag} ?selected=${tag === locale}>${label}</option>`)}
          </select>
          ${mode === 'page' ? html`<p class="hint" id=${`${selectId}-hint`}>${strings.languageSelectFollowHint}</p>` : nothing}
        </div>`,
      },
    );
  }

  private renderDates(): TemplateResult {
    const data = this.data!;
    const hintId = this.fieldId('dates-hint');
    const field = (key: 'lastUpdated' | 'nextReview', label: string, fallback: string) => {
      const id = this.fieldId(key);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          type="date"
          id=${id}
          .value=${live(this.config[key] || fallback)}
          @change=${(event: Event) => this.set(key, (event.target as HTMLInputElement).value)}
        />
      </div>`;
    };
    return html`<fieldset class="group" aria-describedby=${hintId}>
      <legend>${strings.dates}</legend>
      <p class="hint" id=${hintId}>${strings.datesHint}</p>
      <div class="row">
        ${field('lastUpdated', strings.lastUpdated, data.defaultDates.lastUpdated)}
        ${field('nextReview', strings.nextReview, data.defaultDates.nextReview)}
      </div>
    </fieldset>`;
  }

  private renderEvidence(): TemplateResult {
    const id = this.fieldId('evidence');
    return html`<fieldset class="group">
      <legend>${strings.evidence}</legend>
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(this.config.evidence)}
          aria-describedby=${`${id}-hint`}
          @change=${(event: Event) => this.set('evidence', (event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${strings.evidenceShow}</label>
        <p class="hint" id=${`${id}-hint`}>${strings.evidenceHint}</p>
      </div>
    </fieldset>`;
  }

  private renderColors(scheme: Scheme, issues: ContrastIssue[]): TemplateResult {
    return html`<fieldset class="colors">
      <legend>${strings.colors(scheme)}</legend>
      ${THEME_COLORS.map((key) => {
        const id = this.fieldId(`${scheme}-${key}`);
        const name = strings.colorNames[key] ?? key;
        const value = this.config.theme.colors[scheme][key];
        const draft = this.hexDrafts[`${scheme}-${key}`];
        const own = issues.filter((issue) => issue.scheme === scheme && issue.adjust === key);
        // Both fields are described by the colour's contrast problems (and the hex field by its own).
        const contrastIds = own.map((_, index) => `${id}-contrast-${String(index)}`);
        const describedBy = (extra: string[]) => (extra.length ? extra.join(' ') : nothing);
        return html`<div class="color-row">
          <label for=${id}>${name}</label>
          <input
            type="color"
            id=${id}
            .value=${live(value)}
            aria-describedby=${describedBy(contrastIds)}
            @input=${(event: Event) => this.setColor(scheme, key, (event.target as HTMLInputElement).value)}
          />
          <input
            type="text"
            class="hex"
            aria-label=${strings.colorHex(name)}
            spellcheck="false"
            autocomplete="off"
            maxlength="7"
            .value=${live(draft ?? value)}
            aria-invalid=${draft === undefined ? 'false' : 'true'}
            aria-describedby=${describedBy([...(draft === undefined ? [] : [`${id}-invalid`]), ...contrastIds])}
            @input=${(event: Event) => this.onHexInput(scheme, key, (event.target as HTMLInputElement).value)}
          />
          ${draft === undefined ? nothing : html`<p class="problem" id=${`${id}-invalid`}>${strings.colorHexInvalid}</p>`}
          ${own.map((issue, index) => html`<p class="problem contrast" id=${contrastIds[index]}>${contrastText(issue, (problem) => void this.applySuggestion(problem))}</p>`)}
        </div>`;
      })}
    </fieldset>`;
  }

  private renderTheme(issues: ContrastIssue[]): TemplateResult {
    const theme = this.config.theme;
    const radiusId = this.fieldId('radius');
    const reserveId = this.fieldId('reserve');
    return html`<fieldset class="group">
      <legend>${strings.theme}</legend>
      ${this.radioGroup<SchemeChoice>(
        'scheme',
        strings.scheme,
        theme.scheme,
        [
          { value: 'page', label: strings.schemePage },
          { value: 'light', label: strings.schemeLight },
          { value: 'dark', label: strings.schemeDark },
          { value: 'visitor', label: strings.schemeVisitor },
        ],
        (value) => this.setTheme('scheme', value),
        { className: 'subgroup' },
      )}
      ${schemesInUse(theme.scheme).map((scheme) => this.renderColors(scheme, issues))}
      <button type="button" class="secondary" @click=${() => this.resetColors()}>${strings.resetColors}</button>
      <div class="field">
        <label for=${radiusId}>${strings.radius}</label>
        <input
          type="number"
          id=${radiusId}
          min="0"
          max="3"
          step="0.125"
          inputmode="decimal"
          .value=${live(theme.radius)}
          placeholder=${defaultRadius(this.data!)}
          aria-describedby=${`${radiusId}-hint`}
          @input=${(event: Event) => this.setTheme('radius', (event.target as HTMLInputElement).value)}
        />
        <p class="hint" id=${`${radiusId}-hint`}>${strings.radiusHint}</p>
      </div>
      ${this.radioGroup(
        'font',
        strings.font,
        theme.font,
        [
          { value: 'inherit', label: strings.fontInherit },
          { value: 'sans', label: strings.fontSans },
          { value: 'serif', label: strings.fontSerif },
        ],
        (value) => this.setTheme('font', value),
        { className: 'subgroup' },
      )}
      ${this.radioGroup(
        'placement',
        strings.placement,
        theme.placement,
        [
          { value: 'snippet', label: strings.placementSnippet },
          { value: 'stylesheet', label: strings.placementStylesheet },
        ],
        (value) => this.setTheme('placement', value),
        { className: 'subgroup' },
      )}
      ${
        this.config.loading.rendering === 'script'
          ? html`<div class="choice">
              <input
                type="checkbox"
                id=${reserveId}
                .checked=${live(theme.reserveSpace)}
                @change=${(event: Event) => this.setTheme('reserveSpace', (event.target as HTMLInputElement).checked)}
              />
              <label for=${reserveId}>${strings.reserveSpace}</label>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderLoading(): TemplateResult {
    const data = this.data!;
    const loading = this.config.loading;
    const folderId = this.fieldId('folder');
    const folderValid = Boolean(normalizeFolder(loading.path));
    return html`<fieldset class="group">
      <legend>${strings.scriptLoading}</legend>
      ${this.radioGroup(
        'source',
        strings.source,
        loading.source,
        [
          { value: 'cdn', label: strings.sourceCdn(data.version) },
          { value: 'self', label: strings.sourceSelf },
        ],
        (value) => this.setLoading('source', value),
        {
          className: 'subgroup',
          extra:
            loading.source === 'self'
              ? html`<div class="field">
                  <label for=${folderId}>${strings.folder}</label>
                  <input
                    type="text"
                    id=${folderId}
                    spellcheck="false"
                    autocomplete="off"
                    inputmode="url"
                    .value=${live(loading.path)}
                    aria-invalid=${folderValid ? 'false' : 'true'}
                    aria-describedby=${`${folderId}-hint${folderValid ? '' : ` ${folderId}-invalid`}`}
                    @input=${(event: Event) => this.setLoading('path', (event.target as HTMLInputElement).value)}
                  />
                  <p class="hint" id=${`${folderId}-hint`}>${strings.folderHint}</p>
                  ${folderValid ? nothing : html`<p class="problem" id=${`${folderId}-invalid`}>${strings.folderInvalid}</p>`}
                </div>`
              : nothing,
        },
      )}
      ${this.radioGroup(
        'kind',
        strings.kind,
        loading.kind,
        [
          { value: 'module', label: strings.kindModule },
          { value: 'classic', label: strings.kindClassic },
        ],
        (value) => this.setLoading('kind', value),
        { className: 'subgroup' },
      )}
      ${this.radioGroup(
        'rendering',
        strings.rendering,
        loading.rendering,
        [
          { value: 'script', label: strings.renderingScript },
          { value: 'prerendered', label: strings.renderingPrerendered },
        ],
        (value) => this.setLoading('rendering', value),
        { className: 'subgroup' },
      )}
    </fieldset>`;
  }

  private renderPreview(): TemplateResult {
    const headingId = this.fieldId('preview-heading');
    return html`<section class="panel preview" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${strings.preview}</h2>
      <p class="hint">${sentences(strings.previewHint, this.config.loading.rendering === 'prerendered' && strings.previewPrerendered)}</p>
      <div class="preview-controls">
        ${this.radioGroup<PreviewWidth>(
          'preview-width',
          strings.previewWidth,
          this.previewWidth,
          [
            { value: 'phone', label: strings.previewPhone },
            { value: 'desktop', label: strings.previewDesktop },
          ],
          (value) => (this.previewWidth = value),
          { className: 'toolbar' },
        )}
        ${this.radioGroup<Scheme>(
          'preview-scheme',
          strings.previewAppearance,
          this.previewScheme,
          [
            { value: 'light', label: strings.previewLight },
            { value: 'dark', label: strings.previewDark },
          ],
          (value) => (this.previewScheme = value),
          { className: 'toolbar' },
        )}
      </div>
      <div class="frame-box" data-scheme=${this.previewScheme}>
        <div class="sizer">
          <iframe
            class="preview-frame"
            title=${strings.previewFrame}
            src=${new URL('preview.html', new URL(this.base, document.baseURI)).href}
          ></iframe>
        </div>
      </div>
    </section>`;
  }

  private renderOutput(issues: ContrastIssue[]): TemplateResult {
    const output = this.output;
    const notes = this.data ? builderNotes(this.config, this.data, this.output, issues, (problem) => void this.applySuggestion(problem)) : [];
    const [headingId, codeId, policyId, htmlId, cssId] = ['output-heading', 'code', 'policy', 'html-element', 'css'].map((name) =>
      this.fieldId(name),
    );
    const htmlTag = htmlElementTag(this.config);
    const warnings = notes.filter((note) => note.kind === 'warning');
    const infos = notes.filter((note) => note.kind === 'info');
    const cssElsewhere = Boolean(output?.css) && this.config.theme.placement === 'stylesheet';
    return html`<section class="panel output" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${strings.output}</h2>
      <div class="checks">
        <h3>${strings.checks}</h3>
        ${
          warnings.length
            ? html`<ul class="warnings">
                ${warnings.map((note) => html`<li>${note.text}</li>`)}
              </ul>`
            : html`<p class="ok">${strings.noChecks}</p>`
        }
        <ul class="infos">
          ${infos.map((note) => html`<li>${note.text}</li>`)}
        </ul>
      </div>
      <div class="code">
        <label for=${codeId}>${strings.embedCode}</label>
        <textarea
          id=${codeId}
          class="embed-code"
          readonly
          spellcheck="false"
          rows=${output?.prerendered ? 14 : Math.min(14, Math.max(4, (output?.code ?? '').split('\n').length + 1))}
          .value=${output?.code ?? ''}
        ></textarea>
        <div class="actions">
          <button type="button" class="primary" @click=${() => this.copy(`#${codeId}`, strings.copied)}>${strings.copy}</button>
          <p class="copy-status" role="status">${this.copyStatus}</p>
        </div>
      </div>
      <div class="code">
        <label for=${policyId}>${strings.csp}</label>
        <p class="hint" id=${`${policyId}-hint`}>${strings.cspHint}</p>
        <textarea
          id=${policyId}
          class="policy"
          readonly
          spellcheck="false"
          rows="3"
          aria-describedby=${`${policyId}-hint`}
          .value=${output ? `Content-Security-Policy: ${output.policy}` : ''}
        ></textarea>
        <p class="hint">${strings.cspTrustedTypes}${sentenceGap(strings.cspTrustedTypes)}<code>${TRUSTED_TYPES_DIRECTIVES}</code></p>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.copy(`#${policyId}`, strings.copiedPolicy)}>
            ${strings.copyPolicy}
          </button>
        </div>
      </div>
      ${
        htmlTag
          ? html`<div class="code">
              <label for=${htmlId}>${strings.htmlElement}</label>
              <p class="hint" id=${`${htmlId}-hint`}>${strings.htmlElementHint(languageName(this.config.language.locale))}</p>
              <textarea
                id=${htmlId}
                class="html-element"
                readonly
                spellcheck="false"
                rows="1"
                aria-describedby=${`${htmlId}-hint`}
                .value=${htmlTag}
              ></textarea>
              <div class="actions">
                <button type="button" class="secondary" @click=${() => this.copy(`#${htmlId}`, strings.copiedHtml)}>
                  ${strings.copyHtml}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        cssElsewhere
          ? html`<div class="code">
              <label for=${cssId}>${strings.stylesheet}</label>
              <p class="hint" id=${`${cssId}-hint`}>${strings.stylesheetHint}</p>
              <textarea
                id=${cssId}
                class="stylesheet"
                readonly
                spellcheck="false"
                rows="6"
                aria-describedby=${`${cssId}-hint`}
                .value=${output?.css ?? ''}
              ></textarea>
              <div class="actions">
                <button type="button" class="secondary" @click=${() => this.copy(`#${cssId}`, strings.copiedCss)}>
                  ${strings.copyCss}
                </button>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }
}
