/** Reading and marking the XLIFF 1.2 files that `lit-localize extract` writes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

/** Serializes an element's content, placeholders included, for comparison. */
const contentOf = (element) =>
  element ? [...Array.from(element.childNodes)].map((node) => new XMLSerializer().serializeToString(node)).join('') : undefined;

/** Placeholder ids in an element (`<x id="0" …/>` or `<ph id="0">`), sorted. */
const placeholdersOf = (element) =>
  element
    ? [...Array.from(element.getElementsByTagName('x')), ...Array.from(element.getElementsByTagName('ph'))]
        .map((node) => node.getAttribute('id'))
        .sort()
    : [];

export function readXliff(path) {
  const document = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  const units = new Map();
  for (const unit of Array.from(document.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    units.set(unit.getAttribute('id'), {
      unit,
      source: contentOf(source),
      sourceText: source?.textContent ?? '',
      sourcePlaceholders: placeholdersOf(source),
      target: contentOf(target),
      targetText: target?.textContent ?? '',
      targetPlaceholders: placeholdersOf(target),
      state: target?.getAttribute('state') ?? '',
      targetElement: target,
    });
  }
  const file = document.getElementsByTagName('file')[0];
  return { document, units, targetLanguage: file?.getAttribute('target-language') };
}

/** A unit with no translation yet: pending (`npm run i18n:check` reports it; a release refuses it). */
export const isPending = (unit) => unit.target === undefined || (!unit.targetText.trim() && unit.targetPlaceholders.length === 0);

export function writeXliff(path, document) {
  writeFileSync(path, new XMLSerializer().serializeToString(document));
}

export const xliffPath = (locale, dir = config.interchange.xliffDir) => new URL(`../${dir}/${locale}.xlf`, import.meta.url);

/** The lit-localize command-line tool of this project's install. */
export const litLocalizeBin = new URL('../node_modules/.bin/lit-localize', import.meta.url).pathname;
