import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { contentLocale, defaultConfig, elementAttributes, hasAttribute, setValues, themeCss, type BuilderConfig, type Scheme, type ThemeColor } from './config.js';
import {
  renderDates,
  renderElementChoice,
  renderEvidence,
  renderHeading,
  renderLanguage,
  renderSections,
  sectionHeading,
  type ContentSettings,
} from './content-settings.js';
import { loadJson, type BuilderData } from './data.js';
import { prerenderedParts, writeOutput, type PrerenderedParts } from './embed-output.js';
import type { Output } from './guidance.js';
import { currentLocale, LANGUAGE_AUTONYMS, showInAddress, useLocale, type BuilderLocale } from './i18n.js';
import { renderLoading, type LoadingSettings } from './loading-settings.js';
import { copyOrSelect, renderOutput } from './output-panel.js';
import { renderPlatforms } from './platform-steps.js';
import { PreviewLink } from './preview-link.js';
import { fitFrame, renderPreview, type PreviewWidth } from './preview-panel.js';
import { strings } from './strings.js';
import { contrastIssues, type ContrastIssue } from './theme-check.js';
import { renderTheme, type ThemeSettings } from './theme-settings.js';

const HEX = /^#[\da-f]{6}$/i;
let instances = 0;

/**
 * The embed builder: settings, a live preview of the real elements, and the
 * embed code with the policy it needs. Renders into its own light DOM (styled
 * by builder.css); `base` is the folder of its data and preview page.
 *
 * This class holds the state, the changes to it and the page's layout; each
 * part of the page is a render function of its own module (content-settings,
 * theme-settings, loading-settings, preview-panel, output-panel,
 * platform-steps), given the state it shows and the changes it may make.
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

  /** A hex field's text: the colour once it is one, else a draft the field keeps (the theme keeps its last colour). */
  private typeHex(scheme: Scheme, key: ThemeColor, text: string): void {
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
    this.announcement = strings.moved(sectionHeading(this.data!, id), index + direction + 1, sections.length);
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

  /** The preview's element for `config` written out, once the preview shows it; undefined where it cannot show it. */
  private async previewSnapshot(config: BuilderConfig): Promise<PrerenderedParts | undefined> {
    const element = await this.previewElement(this.previewKey(config));
    return element?.shadowRoot ? prerenderedParts(element, config, this.data!) : undefined;
  }

  private async refreshOutput(): Promise<void> {
    // Choices change while a snapshot or a hash is awaited: only the latest run writes the output.
    const run = (this.outputRun += 1);
    const config = this.config;
    const snapshot = config.loading.rendering === 'prerendered' ? await this.previewSnapshot(config) : undefined;
    if (run !== this.outputRun) return;
    const output = await writeOutput(config, this.data!, snapshot);
    if (run !== this.outputRun) return;
    this.output = output;
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

  private layoutFrame(): void {
    const box = this.querySelector<HTMLElement>('.frame-box');
    const frame = this.frame;
    if (box && frame) fitFrame(box, frame, this.previewWidth, this.preview.height);
  }

  /** Copies the code box with this id; where the clipboard is refused, its text is selected instead and the status says so. */
  private async copy(id: string, done: string): Promise<void> {
    const field = this.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (!field) return;
    this.copyStatus = (await copyOrSelect(field)) ? done : strings.copyFallback;
  }

  // ---------------------------------------------------------------- render

  override render() {
    if (this.failure) return html`<p class="failure" role="alert">${this.failure}</p>`;
    if (!this.data) return html`<p class="loading-note">${strings.loadingBuilder}</p>`;
    const { config, data } = this;
    const fieldId = (name: string) => this.fieldId(name);
    const issues = contrastIssues(config, data);
    const applySuggestion = (issue: ContrastIssue) => void this.applySuggestion(issue);
    const settings: ContentSettings & ThemeSettings & LoadingSettings = {
      config,
      data,
      fieldId,
      issues,
      hexDrafts: this.hexDrafts,
      set: (key, value) => this.set(key, value),
      selectTag: (tag) => this.selectTag(tag),
      toggleSection: (id, shown) => this.toggleSection(id, shown),
      moveSection: (id, direction) => this.moveSection(id, direction),
      resetSections: () => this.resetSections(),
      setTheme: (key, value) => this.setTheme(key, value),
      setColor: (scheme, key, value) => this.setColor(scheme, key, value),
      typeHex: (scheme, key, text) => this.typeHex(scheme, key, text),
      resetColors: () => this.resetColors(),
      applySuggestion,
      setLoading: (key, value) => this.setLoading(key, value),
    };
    const preview = renderPreview({
      config,
      base: this.base,
      fieldId,
      width: this.previewWidth,
      scheme: this.previewScheme,
      setWidth: (width) => (this.previewWidth = width),
      setScheme: (scheme) => (this.previewScheme = scheme),
    });
    const output = renderOutput({
      config,
      data,
      output: this.output,
      issues,
      copyStatus: this.copyStatus,
      fieldId,
      copy: (id, done) => void this.copy(id, done),
      applySuggestion,
    });
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
          ${renderElementChoice(settings)} ${config.tag === 'relief-guide' ? renderSections(settings) : nothing} ${renderHeading(settings)}
          ${renderLanguage(settings)} ${hasAttribute(data, config.tag, 'last-updated') ? renderDates(settings) : nothing}
          ${hasAttribute(data, config.tag, 'hide-evidence') ? renderEvidence(settings) : nothing} ${renderTheme(settings)}
          ${renderLoading(settings)}
          <p class="visually-hidden" role="status">${this.announcement}</p>
        </form>
        ${preview} ${output} ${renderPlatforms(config, data, this.output, this.fieldId('platforms-heading'))}
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
}
