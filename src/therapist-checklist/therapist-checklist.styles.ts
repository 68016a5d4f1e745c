import { css } from 'lit';

export const therapistChecklistStyles = css`
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .item:has(:checked) {
    background: var(--_surface-raised);
    border-color: var(--_accent);
  }

  .item:has(:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .checkbox {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
    print-color-adjust: exact;
  }

  .checkbox:focus-visible {
    outline: none;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_space);
    margin-block-start: var(--_space);
  }

  .progress {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.75em;
  }

  .meter {
    inline-size: 6em;
    block-size: 0.5em;
    accent-color: var(--_accent);
  }

  .button {
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_surface-raised);
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media print {
    .button,
    .meter {
      display: none;
    }

    .item {
      break-inside: avoid;
    }
  }
`;
