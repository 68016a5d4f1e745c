import { css } from 'lit';

export const painSelectorStyles = css`
  .legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }

  .options {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
  }

  /* Long compound words (German "Rückenschmerzen") break rather than overflow. */
  .option-label {
    min-inline-size: 0;
    hyphens: auto;
    overflow-wrap: anywhere;
  }

  .required {
    color: var(--_muted);
    font-weight: 400;
  }

  .panel {
    margin-block: var(--_space) 0;
    list-style: none;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
  }

  .panel > li + li:not([hidden]) {
    margin-block-start: 0.5em;
  }

  .evidence {
    margin-block: 0.5em 0;
    font-size: 0.9375em;
  }

  .evidence-text {
    margin: 0;
  }

  /* The certainty label, on its own line: no separator to translate. */
  .evidence-label {
    inline-size: fit-content;
    margin: 0 0 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 700;
  }
`;
