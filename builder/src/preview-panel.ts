/**
 * The live preview's panel: its width and appearance toolbars, and the frame
 * (preview.html) drawn at a phone's or a desktop's width and scaled down to
 * the space there is. Pure: the builder owns the choices and the frame's link
 * (preview-link.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { BuilderConfig, Scheme } from './config.js';
import { radioGroup, type FieldId } from './form-controls.js';
import { sentences } from './i18n.js';
import { strings } from './strings.js';

const PREVIEW_WIDTHS = { phone: 390, desktop: 1280 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

export interface PreviewPanel {
  config: BuilderConfig;
  /** The folder of preview.html. */
  base: string;
  fieldId: FieldId;
  width: PreviewWidth;
  scheme: Scheme;
  setWidth(width: PreviewWidth): void;
  setScheme(scheme: Scheme): void;
}

export function renderPreview(panel: PreviewPanel): TemplateResult {
  const { fieldId } = panel;
  const headingId = fieldId('preview-heading');
  return html`<section class="panel preview" aria-labelledby=${headingId}>
    <h2 id=${headingId}>${strings.preview}</h2>
    <p class="hint">${sentences(strings.previewHint, panel.config.loading.rendering === 'prerendered' && strings.previewPrerendered)}</p>
    <div class="preview-controls">
      ${radioGroup<PreviewWidth>(
        fieldId,
        'preview-width',
        strings.previewWidth,
        panel.width,
        [
          { value: 'phone', label: strings.previewPhone },
          { value: 'desktop', label: strings.previewDesktop },
        ],
        (value) => panel.setWidth(value),
        { className: 'toolbar' },
      )}
      ${radioGroup<Scheme>(
        fieldId,
        'preview-scheme',
        strings.previewAppearance,
        panel.scheme,
        [
          { value: 'light', label: strings.previewLight },
          { value: 'dark', label: strings.previewDark },
        ],
        (value) => panel.setScheme(value),
        { className: 'toolbar' },
      )}
    </div>
    <div class="frame-box" data-scheme=${panel.scheme}>
      <div class="sizer">
        <iframe class="preview-frame" title=${strings.previewFrame} src=${new URL('preview.html', new URL(panel.base, document.baseURI)).href}></iframe>
      </div>
    </div>
  </section>`;
}

/**
 * Shows the preview page at its width, scaled down to the space there is,
 * as tall as its content (`contentHeight`, in the preview's pixels) up to the
 * box's maximum (then the preview page scrolls inside its frame).
 */
export function fitFrame(box: HTMLElement, frame: HTMLIFrameElement, previewWidth: PreviewWidth, contentHeight: number): void {
  const width = PREVIEW_WIDTHS[previewWidth];
  const scale = Math.min(1, box.clientWidth / width) || 1;
  const maximum = parseFloat(getComputedStyle(box).maxBlockSize);
  const blockSize = Math.min(contentHeight * scale, Number.isFinite(maximum) ? maximum : Infinity);
  frame.width = String(width);
  frame.height = String(Math.floor(blockSize / scale));
  box.style.setProperty('--scale', String(scale));
  box.style.setProperty('--frame-block-size', `${String(Math.ceil(blockSize))}px`);
}
