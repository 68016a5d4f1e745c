/**
 * The output panel: the checks on the current choices, then the code boxes
 * (the embed code, the Content-Security-Policy it needs, the `<html>` element
 * for a fixed language, the stylesheet when the theme goes elsewhere), each
 * with its copy button. Pure but for copying: the builder passes the output
 * and owns the copy status.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { htmlElementTag, TRUSTED_TYPES_DIRECTIVES, type BuilderConfig } from './config.js';
import type { BuilderData } from './data.js';
import type { FieldId } from './form-controls.js';
import { builderNotes, languageName, type Output } from './guidance.js';
import { sentenceGap } from './i18n.js';
import { strings } from './strings.js';
import type { ContrastIssue } from './theme-check.js';

export interface OutputPanel {
  config: BuilderConfig;
  data: BuilderData;
  /** Undefined until the first code is written. */
  output?: Output;
  issues: ContrastIssue[];
  /** What the last copy did ("Copied", or select-and-copy-yourself). */
  copyStatus: string;
  fieldId: FieldId;
  /** Copies the code box with this id, and says `done` once it is copied. */
  copy(id: string, done: string): void;
  applySuggestion(issue: ContrastIssue): void;
}

/**
 * Copies a code box's text. Where the clipboard is refused (or a browser
 * leaves the request unanswered), selects the text for the visitor to copy
 * and resolves false.
 */
export async function copyOrSelect(field: HTMLTextAreaElement): Promise<boolean> {
  const copied = await Promise.race([
    (navigator.clipboard?.writeText(field.value) ?? Promise.reject(new Error('no clipboard'))).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1500)),
  ]);
  if (!copied) {
    field.focus();
    field.select();
  }
  return copied;
}

/** A code box that goes with the embed code: its label, what it is for, the code, and its copy button. */
function codeBox(
  panel: OutputPanel,
  box: { id: string; className: string; label: string; hint: string; rows: number; value: string; copyLabel: string; copied: string; note?: TemplateResult },
): TemplateResult {
  const { id } = box;
  return html`<div class="code">
    <label for=${id}>${box.label}</label>
    <p class="hint" id=${`${id}-hint`}>${box.hint}</p>
    <textarea
      id=${id}
      class=${box.className}
      readonly
      spellcheck="false"
      rows=${box.rows}
      aria-describedby=${`${id}-hint`}
      .value=${box.value}
    ></textarea>
    ${box.note ?? nothing}
    <div class="actions">
      <button type="button" class="secondary" @click=${() => panel.copy(id, box.copied)}>${box.copyLabel}</button>
    </div>
  </div>`;
}

export function renderOutput(panel: OutputPanel): TemplateResult {
  const { config, data, output, fieldId } = panel;
  const notes = builderNotes(config, data, output, panel.issues, (problem) => panel.applySuggestion(problem));
  const [headingId, codeId, policyId, htmlId, cssId] = ['output-heading', 'code', 'policy', 'html-element', 'css'].map((name) => fieldId(name));
  const htmlTag = htmlElementTag(config);
  const warnings = notes.filter((note) => note.kind === 'warning');
  const infos = notes.filter((note) => note.kind === 'info');
  const cssElsewhere = Boolean(output?.css) && config.theme.placement === 'stylesheet';
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
        <button type="button" class="primary" @click=${() => panel.copy(codeId, strings.copied)}>${strings.copy}</button>
        <p class="copy-status" role="status">${panel.copyStatus}</p>
      </div>
    </div>
    ${codeBox(panel, {
      id: policyId,
      className: 'policy',
      label: strings.csp,
      hint: strings.cspHint,
      rows: 3,
      value: output ? `Content-Security-Policy: ${output.policy}` : '',
      copyLabel: strings.copyPolicy,
      copied: strings.copiedPolicy,
      note: html`<p class="hint">${strings.cspTrustedTypes}${sentenceGap(strings.cspTrustedTypes)}<code>${TRUSTED_TYPES_DIRECTIVES}</code></p>`,
    })}
    ${
      htmlTag
        ? codeBox(panel, {
            id: htmlId,
            className: 'html-element',
            label: strings.htmlElement,
            hint: strings.htmlElementHint(languageName(config.language.locale)),
            rows: 1,
            value: htmlTag,
            copyLabel: strings.copyHtml,
            copied: strings.copiedHtml,
          })
        : nothing
    }
    ${
      cssElsewhere
        ? codeBox(panel, {
            id: cssId,
            className: 'stylesheet',
            label: strings.stylesheet,
            hint: strings.stylesheetHint,
            rows: 6,
            value: output?.css ?? '',
            copyLabel: strings.copyCss,
            copied: strings.copiedCss,
          })
        : nothing
    }
  </section>`;
}
