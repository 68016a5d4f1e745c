// relief-widgets/bundle.iife.js: the classic script. It exports nothing; it registers every element
// and sets `window.ReliefWidgets` (version, supportedLocales, getLocale, setLocale). Importing it for
// its effect (`import 'relief-widgets/bundle.iife.js'`) brings the tags' types (HTMLElementTagNameMap)
// and the `window.ReliefWidgets` global into scope.
import type {} from '../dist/esm/relief-widgets.js';

export {};
