import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { parseIdList, type HeadingLevel } from '../core/attributes.js';
import { getLocale } from '../core/localization.js';
import { ReliefElement } from '../core/relief-element.js';
import { warnOnce } from '../core/warn.js';
import { disclaimer, furtherResources, GUIDE_SECTIONS, guideText, reviewText, safetyNote, type GuideSection } from './guide.content.js';
import { guideStyles } from './guide.styles.js';
import {
  formatReviewDate,
  isOverdue,
  PAGE_LAST_UPDATED,
  PAGE_NEXT_REVIEW,
  parseReviewDate,
} from './review-dates.js';

/** Parts of the nested elements that stay styleable from the page, through the guide. */
const NESTED_PARTS =
  'base: section-base, heading: section-heading, intro, list, item, item-title, item-text, outro, fieldset, legend, options, option, option-checked, radio, panel, panel-item, checkbox, progress, reset-button';

/**
 * The whole "Can massage help? Chronic Pain Management" page in one tag: the clinic
 * page's sections in order (the lists, the pain selector and the therapist checklist are
 * the other relief elements, nested one heading level below the guide's own heading),
 * then further resources, a safety note, a disclaimer and the review dates, formatted
 * for the page's language. Once the next review date has passed, a notice says the
 * information may be out of date.
 *
 * @summary The whole "Can massage help? Chronic Pain Management" page in one tag, with
 *   further resources, a safety note, a disclaimer and review dates.
 *
 * @attr {string} items - Space-separated section ids, in the order to show them: `introduction`,
 *   `massage-for-pain`, `how-it-helps`, `key-benefits`, `pain-types`, `lifestyle-tips`, `session-tips`,
 *   `therapist-checklist`, `related-relief`, `conclusion`, `further-resources`. The safety note,
 *   the disclaimer and the review dates always show.
 *
 * @event {CustomEvent<{ value: string | string[] }>} relief-change - From the nested pain selector or checklist.
 *
 * @csspart header - The title block.
 * @csspart eyebrow - "Can massage help?" above the title.
 * @csspart lead - The sentence under the title.
 * @csspart overdue-notice - Shown once the review date has passed.
 * @csspart section - Each section, nested elements included.
 * @csspart section-heading - Each section's heading (nested elements' headings too).
 * @csspart citations - The list of further resources.
 * @csspart citation - One further resource.
 * @csspart safety - The safety note.
 * @csspart disclaimer - The disclaimer.
 * @csspart review-dates - "Last updated … · Next review due …".
 * @csspart section-base - The `base` part of each nested element.
 * @csspart intro - Exported from the nested elements: the sentence before a list or control.
 * @csspart list - Exported from the nested lists and checklist: the `<ul>`.
 * @csspart item - Exported from the nested lists and checklist: one item.
 * @csspart item-title - Exported from the nested elements: an item's title.
 * @csspart item-text - Exported from the nested elements: an item's sentence.
 * @csspart outro - Exported from the nested lists: the sentence after a list.
 * @csspart fieldset - Exported from the pain selector and checklist: the `<fieldset>`.
 * @csspart legend - Exported from the pain selector: the group's visible label.
 * @csspart options - Exported from the pain selector: the container of the choices.
 * @csspart option - Exported from the pain selector: one choice.
 * @csspart option-checked - Exported from the pain selector: the chosen option.
 * @csspart radio - Exported from the pain selector: a native radio button.
 * @csspart panel - Exported from the pain selector: how massage may help the chosen type.
 * @csspart panel-item - Exported from the pain selector: one type's text in the panel.
 * @csspart checkbox - Exported from the checklist: a native checkbox.
 * @csspart progress - Exported from the checklist: the "2 of 3 qualities checked" status.
 * @csspart reset-button - Exported from the checklist: the reset button.
 */
export class ReliefGuide extends ReliefElement {
  static override styles = [ReliefElement.styles, guideStyles];

  static override properties: PropertyDeclarations = {
    lastUpdated: { attribute: 'last-updated' },
    nextReview: { attribute: 'next-review' },
    today: { attribute: false },
  };

  /** The date this information was last updated, `YYYY-MM-DD` (default: the clinic page's, 2024-11-12). */
  declare lastUpdated?: string;

  /** The date its next review is due, `YYYY-MM-DD` (default: the clinic page's, 2026-11-11). */
  declare nextReview?: string;

  /** The date that counts as today for the review notice: the visitor's clock unless set (previews, tests). */
  declare today?: Date;

  /** `today` when it is a valid Date; anything else warns once and reads the visitor's clock. */
  private validToday(): Date {
    const today: unknown = this.today;
    if (today === undefined || today === null) return new Date();
    if (today instanceof Date && !Number.isNaN(today.getTime())) return today;
    warnOnce(`<${this.localName}> today must be a valid Date, not ${JSON.stringify(today)}; using the visitor's clock.`);
    return new Date();
  }

  private renderSection(section: GuideSection, level: HeadingLevel): TemplateResult {
    const text = guideText();
    const paragraph = (id: string, heading: string, body: string) => html`<div part="section" class="section" data-id=${section}>
      ${this.renderHeadingAt(level, heading, id, 'section-heading')}
      <p>${body}</p>
    </div>`;
    const nested = { level, parts: NESTED_PARTS };
    switch (section) {
      case 'introduction':
        return paragraph('introduction', text.introductionHeading, text.introduction);
      case 'massage-for-pain':
        return paragraph('massage-for-pain', text.massageForPainHeading, text.massageForPain);
      case 'related-relief':
        return paragraph('related-relief', text.relatedReliefHeading, text.relatedRelief);
      case 'how-it-helps':
      case 'key-benefits':
      case 'conclusion':
        return html`<relief-benefit-list
          part="section"
          class="section"
          data-id=${section}
          set=${section === 'conclusion' ? 'summary' : section}
          heading-level=${nested.level}
          exportparts=${nested.parts}
        ></relief-benefit-list>`;
      case 'pain-types':
        return html`<relief-pain-selector
          part="section"
          class="section"
          data-id=${section}
          heading-level=${nested.level}
          exportparts=${nested.parts}
        ></relief-pain-selector>`;
      case 'lifestyle-tips':
      case 'session-tips':
        return html`<relief-tip-list
          part="section"
          class="section"
          data-id=${section}
          set=${section === 'session-tips' ? 'session' : 'lifestyle'}
          heading-level=${nested.level}
          exportparts=${nested.parts}
        ></relief-tip-list>`;
      case 'therapist-checklist':
        return html`<relief-therapist-checklist
          part="section"
          class="section"
          data-id=${section}
          heading-level=${nested.level}
          exportparts=${nested.parts}
        ></relief-therapist-checklist>`;
      case 'further-resources':
        return this.renderResources(level);
    }
  }

  private renderResources(level: HeadingLevel): TemplateResult {
    const { heading, intro, newTab, citations } = furtherResources();
    return html`<div part="section" class="section" data-id="further-resources">
      ${this.renderHeadingAt(level, heading, 'further-resources', 'section-heading')}
      <p>${intro}</p>
      <ul part="citations" class="citations">
        ${citations.map(
          (citation) => html`<li part="citation" data-id=${citation.id}>
            <a href=${citation.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
              ><cite class="citation-title" lang="en">${citation.title}</cite
              ><span class="visually-hidden"> ${newTab}</span></a
            >
            <span class="citation-meta" lang="en">${citation.publisher}, ${citation.year}.</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderSafety(level: HeadingLevel): TemplateResult {
    const note = safetyNote();
    return html`<div part="safety" class="safety" data-id="safety">
      ${this.renderHeadingAt(level, note.heading, 'safety', 'section-heading')}
      <p>${note.askFirst}</p>
      <ul>
        ${note.askFirstItems.map((item) => html`<li>${item}</li>`)}
      </ul>
      <p>${note.urgent}</p>
      <ul>
        ${note.urgentItems.map((item) => html`<li>${item}</li>`)}
      </ul>
      <p class="sources">
        ${note.sourcesLabel}
        ${note.sources.map(
          (source, index) =>
            html`${index ? ', ' : ''}<a href=${source.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
                ><span lang="en">${source.title}</span><span class="visually-hidden">
                  ${msg('(opens in a new tab)', { id: 'resources.new-tab' })}</span
                ></a
              >`,
        )}
      </p>
    </div>`;
  }

  override render() {
    const text = guideText();
    const sectionLevel = Math.min(this.validHeadingLevel + 1, 6) as HeadingLevel;
    const sections = (parseIdList(this.localName, 'items', this.items, GUIDE_SECTIONS) ?? GUIDE_SECTIONS) as GuideSection[];
    const lastUpdated = parseReviewDate(this.localName, 'last-updated', this.lastUpdated, PAGE_LAST_UPDATED);
    const nextReview = parseReviewDate(this.localName, 'next-review', this.nextReview, PAGE_NEXT_REVIEW);
    const format = (date: string) => formatReviewDate(date, getLocale());
    return this.renderBase(html`
      <div part="header" class="header">
        <p part="eyebrow" class="eyebrow">${text.eyebrow}</p>
        ${this.renderHeading(text.title)}
        <p part="lead" class="lead">${text.lead}</p>
        ${isOverdue(nextReview, this.validToday())
          ? html`<p part="overdue-notice" class="notice">${reviewText.overdue(format(nextReview))}</p>`
          : nothing}
      </div>
      ${sections.map((section) => this.renderSection(section, sectionLevel))} ${this.renderSafety(sectionLevel)}
      <p part="disclaimer" class="disclaimer">${disclaimer()}</p>
      <p part="review-dates" class="review-dates">
        <time datetime=${lastUpdated}>${reviewText.lastUpdated(format(lastUpdated))}</time>
        <span aria-hidden="true">·</span>
        <time datetime=${nextReview}>${reviewText.nextReview(format(nextReview))}</time>
      </p>
    `);
  }
}
