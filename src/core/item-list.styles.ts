import { css } from 'lit';

export const itemListStyles = css`
  .list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .item::marker {
    color: var(--_accent);
  }

  .item + .item {
    margin-block-start: 0.5em;
  }
`;
