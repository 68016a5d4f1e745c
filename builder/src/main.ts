/** The builder page's entry: registers `<rw-builder>` (index.html holds one). */
import { EmbedBuilder } from './builder-app.js';
import { strings } from './strings.js';

document.title = strings.documentTitle;
if (!customElements.get('rw-builder')) customElements.define('rw-builder', EmbedBuilder);
