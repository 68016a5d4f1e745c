import { css } from 'lit';

export const guideStyles = css`
  .header {
    margin-block-end: calc(var(--_space) * 2);
  }

  .eyebrow {
    margin: 0 0 0.25em;
    color: var(--_accent);
    font-weight: 700;
  }

  .heading {
    font-size: 1.75em;
  }

  .lead {
    margin: 0;
    font-size: 1.125em;
    color: var(--_muted);
  }

  .notice {
    margin-block: var(--_space) 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .section,
  .safety {
    display: block;
    margin-block-start: calc(var(--_space) * 2);
  }

  /* Nested elements sit on the guide's own card. */
  .section {
    --relief-padding: 0;
    --relief-color-surface: transparent;
  }

  .section-heading {
    margin-block: 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }

  .section p {
    margin-block: 0 0.75em;
  }

  .safety {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .safety ul {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }

  .disclaimer,
  .review-dates {
    margin-block: calc(var(--_space) * 1.5) 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .review-dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin-block-start: 0.5em;
  }
`;
