import { css } from 'lit';

/**
 * Shared by every element. `all: initial` stops the host page's inherited text
 * styles (line-height, letter-spacing, text-transform…) from leaking in; the
 * font family and the page's `color-scheme` are inherited on purpose. Sizes
 * are in `em` from `medium`, the visitor's own default size, so a host
 * `html { font-size }` never leaks in.
 * Public `--relief-*` properties may be set on the element or any ancestor;
 * private `--_*` copies hold the defaults, light and dark.
 */
export const reliefElementStyles = css`
  :host {
    all: initial;
    display: block;
    /* Light or dark as the page declares it ("color-scheme: light dark" follows the visitor). */
    color-scheme: inherit;
    --_accent: var(--relief-color-accent, light-dark(#0b6b5e, #6fd6c3));
    --_on-accent: var(--relief-color-on-accent, light-dark(#ffffff, #0d1f1b));
    --_text: var(--relief-color-text, light-dark(#1f2933, #e6e9ed));
    --_muted: var(--relief-color-muted, light-dark(#4a5560, #b4bcc5));
    --_surface: var(--relief-color-surface, light-dark(#ffffff, #1b1f24));
    --_surface-raised: var(--relief-color-surface-raised, light-dark(#eef5f3, #24302d));
    --_border: var(--relief-color-border, light-dark(#767f88, #8b959f));
    --_focus: var(--relief-color-focus, var(--_accent));
    --_radius: var(--relief-radius, 0.5em);
    --_space: var(--relief-spacing, 1em);
    --_padding: var(--relief-padding, 1.25em);
    font-family: var(--relief-font-family, inherit);
    font-size: var(--relief-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    padding: var(--_padding);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .loading {
    visibility: hidden;
  }

  .heading {
    margin-block: 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .intro,
  .outro {
    margin-block: 0 0.75em;
  }

  .outro {
    margin-block: 0.75em 0;
  }

  .item-title {
    font-weight: 700;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Motion only for visitors who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .control {
      transition:
        background-color 150ms ease-out,
        border-color 150ms ease-out,
        box-shadow 150ms ease-out;
    }
  }
`;
