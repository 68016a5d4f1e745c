import { css } from 'lit';

/** Cited sources (see citation-view.ts): lists of full citations and short "Sources:" lines. */
export const citationStyles = css`
  .citations {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }

  .citation-title {
    font-style: normal;
    font-weight: 700;
  }

  .citation-source {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .sources {
    margin: 0;
    font-size: 0.9375em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  @media print {
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
