/**
 * A JSON-LD block as the prerenderer (and the embed builder) writes it beside
 * a guide: ASCII only, so that no text can close its script element (`<` is
 * escaped) and a page in any charset can hold it; marked, so that prerendering
 * the page again replaces it.
 */
export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data).replace(/[<\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json" data-relief-structured-data>${json}</script>`;
}
