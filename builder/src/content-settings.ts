/**
 * The settings for what the embed shows: which element (and which of its
 * lists), the guide's sections, the heading, the content's language, the
 * review dates and the evidence. Pure: the builder passes its choices and the
 * ways to change them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { contentLocale, hasAttribute, setValues, variantKey, type BuilderConfig } from './config.js';
import type { BuilderData } from './data.js';
import { radioGroup, withCode, type SettingsSection } from './form-controls.js';
import { languageName } from './guidance.js';
import { sentences } from './i18n.js';
import { english, strings } from './strings.js';

export interface ContentSettings extends SettingsSection {
  set<K extends keyof BuilderConfig>(key: K, value: BuilderConfig[K]): void;
  selectTag(tag: string): void;
  toggleSection(id: string, shown: boolean): void;
  moveSection(id: string, direction: -1 | 1): void;
  resetSections(): void;
}

/** A section's heading in the builder's language (as the guide shows it in that language), else in the source locale's. */
export function sectionHeading(data: BuilderData, id: string): string {
  return data.sectionHeadings?.[strings.lang]?.[id] ?? data.sections.find((section) => section.id === id)?.heading ?? id;
}

/** The package's description of an element or its `set`, in the builder's language while that translates the package's current text. */
function described(kind: 'elementSummaries' | 'setHints', tag: string, text: string): string {
  return english[kind][tag] === text ? (strings[kind][tag] ?? text) : text;
}

/** A list's name: its heading in the builder's language (else the source locale's), from the prerendered data. */
function setLabel({ config, data }: ContentSettings, set: string): string {
  const key = variantKey(config.tag, set);
  return data.headings[strings.lang]?.[key] ?? data.headings[data.sourceLocale]?.[key] ?? set;
}

export function renderElementChoice(form: ContentSettings): TemplateResult {
  const { config, data, fieldId } = form;
  const sets = setValues(data, config.tag);
  const setAttribute = data.elements.find((element) => element.tag === config.tag)?.attributes.find((attribute) => attribute.name === 'set');
  const setId = fieldId('set');
  return radioGroup(
    fieldId,
    'element',
    strings.element,
    config.tag,
    [...data.elements]
      .sort((a, b) => Number(b.tag === 'relief-guide') - Number(a.tag === 'relief-guide'))
      .map((element) => ({
        value: element.tag,
        label: strings.elementNames[element.tag] ?? strings.elementFallbackName(element.tag),
        hint: described('elementSummaries', element.tag, element.summary),
      })),
    (tag) => form.selectTag(tag),
    {
      hint: strings.elementHint,
      extra: sets.length
        ? html`<div class="field">
            <label for=${setId}>${strings.whichList}</label>
            <select
              id=${setId}
              aria-describedby=${`${setId}-hint`}
              @change=${(event: Event) => form.set('set', (event.target as HTMLSelectElement).value)}
            >
              ${sets.map((set) => html`<option value=${set} ?selected=${set === config.set}>${setLabel(form, set)}</option>`)}
            </select>
            <p class="hint" id=${`${setId}-hint`}>
              ${withCode(described('setHints', config.tag, setAttribute?.description ?? ''))}
            </p>
          </div>`
        : nothing,
    },
  );
}

/** The guide's sections: each shown or not, in the order the site owner puts them. */
export function renderSections(form: ContentSettings): TemplateResult {
  const { config, data, fieldId } = form;
  const sections = config.sections;
  const hintId = fieldId('sections-hint');
  return html`<fieldset class="group" aria-describedby=${hintId}>
    <legend>${strings.sections}</legend>
    <p class="hint" id=${hintId}>${strings.sectionsHint}</p>
    <ol class="sections">
      ${repeat(
        sections,
        (section) => section.id,
        (section, index) => {
          const heading = sectionHeading(data, section.id);
          const id = fieldId(`section-${section.id}`);
          return html`<li data-section=${section.id}>
            <input
              type="checkbox"
              id=${id}
              .checked=${live(section.shown)}
              @change=${(event: Event) => form.toggleSection(section.id, (event.target as HTMLInputElement).checked)}
            />
            <label for=${id}>${strings.showSection(heading)}</label>
            <span class="move">
              <button type="button" class="icon" ?disabled=${index === 0} @click=${() => form.moveSection(section.id, -1)}>
                <span aria-hidden="true">↑</span><span class="visually-hidden">${strings.moveUp(heading)}</span>
              </button>
              <button type="button" class="icon" ?disabled=${index === sections.length - 1} @click=${() => form.moveSection(section.id, 1)}>
                <span aria-hidden="true">↓</span><span class="visually-hidden">${strings.moveDown(heading)}</span>
              </button>
            </span>
          </li>`;
        },
      )}
    </ol>
    ${sections.some((section) => section.shown) ? nothing : html`<p class="problem">${strings.noSection}</p>`}
    <button type="button" class="secondary" @click=${() => form.resetSections()}>${strings.resetSections}</button>
  </fieldset>`;
}

/** The heading the element shows when the site owner writes none, in the content's language. */
function defaultHeading({ config, data }: ContentSettings): string {
  const key =
    config.tag === 'relief-guide'
      ? 'relief-guide'
      : variantKey(config.tag, config.set || undefined, !config.evidence && hasAttribute(data, config.tag, 'hide-evidence'));
  const locale = contentLocale(config);
  return data.headings[locale]?.[key] ?? data.headings[data.sourceLocale]?.[key] ?? '';
}

export function renderHeading(form: ContentSettings): TemplateResult {
  const { config, fieldId } = form;
  const level = config.headingLevel;
  const [levelId, textId] = [fieldId('heading-level'), fieldId('heading-text')];
  return html`<fieldset class="group">
    <legend>${strings.heading}</legend>
    <div class="field">
      <label for=${levelId}>${strings.headingLevel}</label>
      <select
        id=${levelId}
        aria-describedby=${`${levelId}-hint`}
        @change=${(event: Event) => form.set('headingLevel', Number((event.target as HTMLSelectElement).value))}
      >
        ${[2, 3, 4, 5, 6].map((option) => html`<option value=${option} ?selected=${option === level}>${strings.headingLevelOption(option)}</option>`)}
      </select>
      <p class="hint" id=${`${levelId}-hint`}>
        ${sentences(strings.headingLevelHint(level), config.tag === 'relief-guide' && strings.headingLevelGuideHint(level))}
      </p>
    </div>
    <div class="field">
      <label for=${textId}>${strings.headingText}</label>
      <input
        type="text"
        id=${textId}
        autocomplete="off"
        .value=${live(config.heading)}
        aria-describedby=${`${textId}-hint`}
        @input=${(event: Event) => form.set('heading', (event.target as HTMLInputElement).value)}
      />
      <p class="hint" id=${`${textId}-hint`}>${strings.headingTextHint(defaultHeading(form))}</p>
    </div>
  </fieldset>`;
}

/** The content's language (never the builder's own): the page's, or one fixed. */
export function renderLanguage(form: ContentSettings): TemplateResult {
  const { config, data, fieldId } = form;
  const { mode, locale } = config.language;
  const selectId = fieldId('locale');
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
  return radioGroup(
    fieldId,
    'language',
    strings.language,
    mode,
    [
      { value: 'page', label: strings.languageFollow, hint: strings.languageFollowHint },
      { value: 'fixed', label: strings.languageFixed, hint: strings.languageFixedHint },
    ],
    (value) => form.set('language', { ...config.language, mode: value }),
    {
      extra: html`<div class="field">
        <label for=${selectId}>${mode === 'page' ? strings.languageSelectFollow : strings.languageSelectFixed}</label>
        <select
          id=${selectId}
          aria-describedby=${mode === 'page' ? `${selectId}-hint` : nothing}
          @change=${(event: Event) => form.set('language', { mode, locale: (event.target as HTMLSelectElement).value })}
        >
          ${names.map(({ tag, label }) => html`<option value=${tag} ?selected=${tag === locale}>${label}</option>`)}
        </select>
        ${mode === 'page' ? html`<p class="hint" id=${`${selectId}-hint`}>${strings.languageSelectFollowHint}</p>` : nothing}
      </div>`,
    },
  );
}

export function renderDates(form: ContentSettings): TemplateResult {
  const { config, data, fieldId } = form;
  const hintId = fieldId('dates-hint');
  const field = (key: 'lastUpdated' | 'nextReview', label: string, fallback: string) => {
    const id = fieldId(key);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        type="date"
        id=${id}
        .value=${live(config[key] || fallback)}
        @change=${(event: Event) => form.set(key, (event.target as HTMLInputElement).value)}
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

export function renderEvidence(form: ContentSettings): TemplateResult {
  const id = form.fieldId('evidence');
  return html`<fieldset class="group">
    <legend>${strings.evidence}</legend>
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        .checked=${live(form.config.evidence)}
        aria-describedby=${`${id}-hint`}
        @change=${(event: Event) => form.set('evidence', (event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${strings.evidenceShow}</label>
      <p class="hint" id=${`${id}-hint`}>${strings.evidenceHint}</p>
    </div>
  </fieldset>`;
}
