import { css } from 'lit';

export const therapistChecklistStyles = css`
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

    .choice {
      break-inside: avoid;
    }
  }
`;
