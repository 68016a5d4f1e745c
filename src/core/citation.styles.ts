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

  /*
   * Right to left, the English title and publisher lines of a citation share the
   * page's start edge (the publisher line is a left-to-right block of its own),
   * and each source of a "Sources:" line is one box, laid out from the right:
   * the line reads source after source, never through a title broken between
   * two lines among other sources.
   */
  [dir='rtl'] .citation-source {
    text-align: right;
  }

  [dir='rtl'] .source {
    display: inline-block;
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
