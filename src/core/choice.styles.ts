import { css } from 'lit';

/**
 * The choice cards of the pain selector (radios) and the checklist
 * (checkboxes): a native input and its text in one clickable, 44 px tall box.
 */
export const choiceStyles = css`
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .choices {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-raised);
  }

  .choice:has(:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .choice:has(:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .choice-input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
    print-color-adjust: exact;
  }

  .choice-input:focus-visible {
    outline: none;
  }
`;
