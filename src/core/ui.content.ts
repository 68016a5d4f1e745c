import { msg } from '@lit/localize';

/** Interface words shared by several elements, translated once. */
export const uiText = () => ({
  required: msg('(required)', { id: 'ui.required' }),
  newTab: msg('(opens in a new tab)', { id: 'ui.new-tab' }),
  sources: msg('Sources:', { id: 'ui.sources' }),
});
