import { css } from 'lit';

export const painSelectorStyles = css`
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }

  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:has(:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .option.checked {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-raised);
  }

  .option.disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .radio {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .radio:focus-visible {
    outline: none;
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
`;
