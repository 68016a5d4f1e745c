import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SectionLevel } from '../core/attributes.js';
import { citationStyles } from '../core/citation.styles.js';
import { renderCitation, renderSourcesLine } from '../core/citation-view.js';
import { researchSummary } from '../core/evidence.content.js';
import { ReliefElement } from '../core/relief-element.js';
import { disclaimer, furtherResources, GUIDE_LAYOUT, guideText, reviewText, safetyNote, type GuideSectionSpec } from './guide.content.js';
import { guideStyles } from './guide.styles.js';
import { dateLocale, formatReviewDate, isOverdue, PAGE_LAST_UPDATED, PAGE_NEXT_REVIEW, readReviewDate, readToday } from './review-dates.js';

/** Parts of the nested elements that stay styleable from the page, through the guide. */
const NESTED_PARTS =
  'base: section-base, heading: section-heading, intro, list, item, item-title, item-text, outro, fieldset, legend, options, option, option-checked, radio, panel, panel-item, evidence, evidence-label, evidence-text, evidence-citations, evidence-citation, evidence-citation-source, checkbox, progress, reset-button';

interface NestedSection {
  readonly id: string;
  readonly set?: string;
  readonly level: SectionLevel;
  readonly hideEvidence: boolean;
}

/** One template per nested element: Lit cannot bind a tag name, and static templates cost more. */
const nestedElement: Record<Extract<GuideSectionSpec, { kind: 'element' }>['tag'], (section: NestedSection) => TemplateResult> = {
  'relief-benefit-list': ({ id, set, level }) =>
    html`<relief-benefit-list part="section" class="section" data-id=${id} set=${set!} heading-level=${level} ._guideSection=${true} exportparts=${NESTED_PARTS}></relief-benefit-list>`,
  'relief-tip-list': ({ id, set, level }) =>
    html`<relief-tip-list part="section" class="section" data-id=${id} set=${set!} heading-level=${level} ._guideSection=${true} exportparts=${NESTED_PARTS}></relief-tip-list>`,
  'relief-pain-selector': ({ id, level, hideEvidence }) =>
    html`<relief-pain-selector part="section" class="section" data-id=${id} heading-level=${level} ?hide-evidence=${hideEvidence} ._guideSection=${true} exportparts=${NESTED_PARTS}></relief-pain-selector>`,
  'relief-therapist-checklist': ({ id, level }) =>
    html`<relief-therapist-checklist part="section" class="section" data-id=${id} heading-level=${level} ._guideSection=${true} exportparts=${NESTED_PARTS}></relief-therapist-checklist>`,
};

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
 * @reserve 100vh
 *
 * @attr {string} items - Space-separated section ids, in the order to show them: `introduction`,
 *   `massage-for-pain`, `how-it-helps`, `key-benefits`, `pain-types`, `lifestyle-tips`, `session-tips`,
 *   `therapist-checklist`, `related-relief`, `conclusion`, `research`, `further-resources`. The safety note,
 *   the disclaimer and the review dates always show.
 * @attr {boolean} hide-evidence - Hides the evidence notes of the nested pain selector (leave out the
 *   "What the research says" section through `items`).
 *
 * @event {CustomEvent<{ value: string | string[] }>} relief-change - From the nested pain selector or checklist.
 *
 * @csspart header - The title block.
 * @csspart eyebrow - "Can massage help?" above the title.
 * @csspart lead - The sentence under the title.
 * @csspart overdue-notice - Shown once the review date has passed.
 * @csspart section - Each section, nested elements included.
 * @csspart section-heading - Each section's heading (nested elements' headings too).
 * @csspart research - The "What the research says" section.
 * @csspart sources - A short line of linked sources (research section, safety note).
 * @csspart citations - The list of further resources.
 * @csspart citation - One further resource.
 * @csspart citation-source - Its authors, publisher and year.
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
 * @csspart evidence - Exported from the pain selector: a type's evidence note.
 * @csspart evidence-label - Exported from the pain selector: the certainty label.
 * @csspart evidence-text - Exported from the pain selector: the note.
 * @csspart evidence-citations - Exported from the pain selector: the note's sources.
 * @csspart evidence-citation - Exported from the pain selector: one source.
 * @csspart evidence-citation-source - Exported from the pain selector: a source's authors, publisher and year.
 * @csspart checkbox - Exported from the checklist: a native checkbox.
 * @csspart progress - Exported from the checklist: the "2 of 3 qualities checked" status.
 * @csspart reset-button - Exported from the checklist: the reset button.
 */
export class ReliefGuide extends ReliefElement {
  static override styles = [ReliefElement.styles, citationStyles, guideStyles];

  static override properties: PropertyDeclarations = {
    lastUpdated: { attribute: 'last-updated' },
    nextReview: { attribute: 'next-review' },
    hideEvidence: { type: Boolean, attribute: 'hide-evidence' },
    today: { attribute: false },
  };

  /** The date this information was last updated, `YYYY-MM-DD` or a `Date` (default: the clinic page's, 2024-11-12). */
  declare lastUpdated?: string | Date;

  /** The date its next review is due, `YYYY-MM-DD` or a `Date` (default: the clinic page's, 2026-11-11). */
  declare nextReview?: string | Date;

  /** Hides the evidence notes of the nested pain selector. */
  hideEvidence = false;

  /**
   * The date that counts as today for the review notice (a `Date` or
   * `YYYY-MM-DD`): the visitor's clock unless set (previews, tests; the
   * prerenderer sets its render date, and the takeover shows the visitor's).
   */
  declare today?: Date | string;


  private renderSection(section: GuideSectionSpec, level: SectionLevel): TemplateResult {
    switch (section.kind) {
      case 'paragraph': {
        const { heading, text } = guideText().paragraphs[section.id];
        return html`<div part="section" class="section" data-id=${section.id}>
          ${this.renderHeadingAt(level, heading, section.id, 'section-heading')}
          <p>${text}</p>
        </div>`;
      }
      case 'element':
        return nestedElement[section.tag]({
          id: section.id,
          set: 'set' in section ? section.set : undefined,
          level,
          hideEvidence: this.hideEvidence,
        });
      case 'research':
        return this.renderResearch(level);
      case 'resources':
        return this.renderResources(level);
    }
  }

  private renderResearch(level: SectionLevel): TemplateResult {
    const { heading, text, citations } = researchSummary();
    return html`<div part="section research" class="section" data-id="research">
      ${this.renderHeadingAt(level, heading, 'research', 'section-heading')}
      <p>${text}</p>
      ${renderSourcesLine(citations)}
    </div>`;
  }

  private renderResources(level: SectionLevel): TemplateResult {
    const { heading, intro, citations } = furtherResources();
    return html`<div part="section" class="section" data-id="further-resources">
      ${this.renderHeadingAt(level, heading, 'further-resources', 'section-heading')}
      <p>${intro}</p>
      <ul part="citations" class="citations">
        ${citations.map((id) => renderCitation(id))}
      </ul>
    </div>`;
  }

  private renderSafety(level: SectionLevel): TemplateResult {
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
      ${renderSourcesLine(note.citations)}
    </div>`;
  }

  override render() {
    const text = guideText();
    const sectionLevel = (this.validHeadingLevel + 1) as SectionLevel;
    const sections = this.selectItems(GUIDE_LAYOUT);
    const lastUpdated = readReviewDate(this.localName, 'last-updated', this.lastUpdated, PAGE_LAST_UPDATED);
    const nextReview = readReviewDate(this.localName, 'next-review', this.nextReview, PAGE_NEXT_REVIEW);
    const format = (date: string) => formatReviewDate(date, dateLocale(this.localeView.locale));
    return this.renderBase(html`
      <div part="header" class="header">
        <p part="eyebrow" class="eyebrow">${text.eyebrow}</p>
        ${this.renderHeading(text.title)}
        <p part="lead" class="lead">${text.lead}</p>
        ${isOverdue(nextReview, readToday(this.localName, this.today))
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
