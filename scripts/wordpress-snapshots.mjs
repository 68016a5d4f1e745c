/**
 * Turns what the package's own prerenderer writes into pieces that the
 * WordPress plugin's PHP assembles (PHP never runs Node): for each locale,
 * element and variant (heading level, `set`, and the booleans that change
 * what the element shows), the snapshot with placeholders for the heading
 * text, the review dates and the runs of items, plus one fragment per item
 * and state. `assemble()` is the JavaScript twin of the PHP assembler, which
 * the build checks against prerender() itself for a matrix of attribute values.
 */
import { parseFragment } from 'parse5';

/** Placeholders in templates: `{{rw:name}}`. No content of ours contains `{{rw:`. */
export const slot = (name) => `{{rw:${name}}}`;
const HEADING_SENTINEL = 'RWHEADINGSENTINEL';
/** Sentinel review dates: far in the future, so that no overdue notice can depend on them. */
const DATE_SENTINELS = { lastUpdated: '2087-03-19', nextReview: '2091-10-23' };

/**
 * Strips what the snapshot no longer carries once the prerenderer writes a
 * plain snapshot (Lit's hydration markers, the legacy `shadowroot` attribute,
 * `defer-hydration`), and the overdue notice, which appears at takeover.
 * Harmless on output that already lacks them; delete once prerender() is plain.
 */
export function plainSnapshot(html) {
  return html
    .replace(/<!--\/?lit-part[^>]*-->/g, '')
    .replace(/<!--lit-node \d+-->/g, '')
    .replaceAll('<?>', '')
    .replace(/ shadowroot="open"/g, '')
    .replace(/ defer-hydration(="")?/g, '')
    .replace(/<p part="overdue-notice"[^>]*>[\s\S]*?<\/p>/g, '');
}

/** The declarative shadow root of the one element in a prerendered snippet: `<template shadowrootmode="open">…</template>`. */
export function shadowOf(renderedHtml) {
  const plain = plainSnapshot(renderedHtml).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
  const start = plain.indexOf('<template');
  const end = plain.lastIndexOf('</template>');
  if (start < 0 || end < 0) throw new Error(`no declarative shadow root in: ${plain.slice(0, 200)}`);
  return plain.slice(start, end + '</template>'.length);
}

const escapeAttr = (value) =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** `<tag a="b" c>` from an attribute object (booleans bare, absent when false/undefined). */
export function startTag(tag, attributes) {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === null) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`;
  }
  return `${out}>`;
}

/** The outermost elements with a `data-id` in `ids` (all `data-id`s when `ids` is null), in document order, outside nested shadow roots. */
function idElements(snapshot, ids) {
  const tree = parseFragment(snapshot, { sourceCodeLocationInfo: true });
  const template = tree.childNodes.find((node) => node.tagName === 'template');
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const id = child.attrs.find((attr) => attr.name === 'data-id')?.value;
      if (id !== undefined && (ids === null || ids.includes(id))) found.push({ id, node: child, parent: node });
      else if (child.tagName !== 'template') walk(child);
    }
  };
  walk(template.content);
  return found;
}

const elementChildren = (node) => (node.childNodes ?? []).filter((child) => child.tagName);

/**
 * An item element that is its parent's only element (a checkbox's `<label>` in
 * its `<li>`) stands for that parent: lifted while the parent holds nothing
 * else, as found in the render with every item (`lifts`, per id, decides).
 */
function lifted(entries, lifts) {
  const seen = {};
  return entries.map((entry) => {
    let { node, parent } = entry;
    entry.key = `${entry.id}#${(seen[entry.id] = (seen[entry.id] ?? 0) + 1)}`;
    const depth = lifts?.[entry.key];
    for (let level = 0; depth === undefined ? elementChildren(parent).length === 1 && parent.parentNode && parent.sourceCodeLocation : level < depth; level++) {
      node = parent;
      parent = parent.parentNode;
      if (depth === undefined) entry.depth = level + 1;
    }
    return { ...entry, node, parent, depth: entry.depth ?? 0 };
  });
}

/** Groups item elements into runs of siblings, each with its start, end, separator and items. */
function runsOf(snapshot, itemIds, lifts) {
  const found = lifted(idElements(snapshot, itemIds), lifts);
  const runs = [];
  for (const entry of found) {
    const { startOffset, endOffset } = entry.node.sourceCodeLocation;
    const last = runs.at(-1);
    const between = last ? snapshot.slice(last.end, startOffset) : '';
    if (last && last.parent === entry.parent && !/<[a-z]/i.test(between) && !last.ids.includes(entry.id)) {
      if (last.sep === undefined) last.sep = between;
      else if (last.sep !== between) throw new Error(`items of one run are separated differently: ${JSON.stringify([last.sep, between])}`);
      last.end = endOffset;
      last.ids.push(entry.id);
      last.fragments[entry.id] = snapshot.slice(startOffset, endOffset);
    } else {
      runs.push({ parent: entry.parent, start: startOffset, end: endOffset, sep: undefined, ids: [entry.id], fragments: { [entry.id]: snapshot.slice(startOffset, endOffset) } });
    }
  }
  return runs;
}

/** Replaces the runs with `{{rw:run:N}}` in a snapshot. */
function outerTemplate(snapshot, runs) {
  let out = '';
  let position = 0;
  runs.forEach((run, index) => {
    out += snapshot.slice(position, run.start) + slot(`run:${index}`);
    position = run.end;
  });
  return out + snapshot.slice(position);
}

/**
 * What the build needs to know about one element, from custom-elements.json:
 * which attributes make variants (set-like choices and booleans that change
 * the snapshot), which hold item state (`value`), which hold dates.
 */
export function describeElement(declaration) {
  const attributes = declaration.attributes ?? [];
  const choices = (attribute) => [...(attribute.type?.text ?? '').matchAll(/["']([^"']+)["']/g)].map((match) => match[1]);
  const value = attributes.find((attribute) => attribute.name === 'value');
  return {
    tag: declaration.tagName,
    attributes,
    enums: attributes
      .filter((attribute) => attribute.name !== 'value' && choices(attribute).length > 0)
      .map((attribute) => ({ name: attribute.name, values: choices(attribute) })),
    booleans: attributes.filter((attribute) => attribute.type?.text === 'boolean').map((attribute) => attribute.name),
    value: value ? { name: 'value', multiple: choices(value).length === 0 } : undefined,
    dates: attributes.filter((attribute) => /\bDate\b/.test(attribute.type?.text ?? '')).map((attribute) => attribute.name),
  };
}

const HEADING_LEVELS = [2, 3, 4, 5, 6];

/** All combinations of the given dimensions: [{name: value}, …]. */
function combinations(dimensions) {
  let out = [{}];
  for (const { name, values } of dimensions) out = out.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value })));
  return out;
}

/** The key of a variant, the same in PHP: `name=value` pairs in dimension order, joined by `;`. */
export const variantKey = (dimensions, combo) => dimensions.map(({ name }) => `${name}=${combo[name] === true ? 1 : combo[name] === false ? 0 : combo[name]}`).join(';');

/**
 * Compiles one element in one locale. `render(attributes)` returns the
 * snapshot (the shadow template) that prerender() writes for those attributes.
 */
export async function compileElement(element, locale, render, formatDate) {
  const { tag } = element;
  const base = { heading: HEADING_SENTINEL };
  if (element.dates.includes('last-updated')) base['last-updated'] = DATE_SENTINELS.lastUpdated;
  if (element.dates.includes('next-review')) base['next-review'] = DATE_SENTINELS.nextReview;

  // Booleans that change nothing in the snapshot (disabled: the snapshot is inert anyway) make no variant.
  const plain = await render({ ...base });
  const dimensions = [{ name: 'heading-level', values: HEADING_LEVELS }];
  // Likewise choices (persist: stored ticks appear at takeover).
  for (const { name, values } of element.enums) {
    const renders = await Promise.all(values.map((value) => render({ ...base, [name]: value })));
    if (renders.some((snapshot) => snapshot !== renders[0])) dimensions.push({ name, values });
  }
  for (const name of element.booleans) {
    if ((await render({ ...base, [name]: true })) !== plain) dimensions.push({ name, values: [false, true] });
  }

  const variants = {};
  const itemIdsBySet = {};
  for (const combo of combinations(dimensions)) {
    const attributes = { ...base, ...combo };
    const key = variantKey(dimensions, combo);
    const full = await render(attributes);
    // Item ids: the outermost data-ids; those still there with only the first item chosen are not items.
    const allIds = [...new Set(idElements(full, null).map((entry) => entry.id))];
    const kept = new Set(idElements(await render({ ...attributes, items: allIds[0] }), null).map((entry) => entry.id));
    const itemIds = allIds.filter((id) => id === allIds[0] || !kept.has(id));
    const lifts = Object.fromEntries(lifted(idElements(full, itemIds)).map((entry) => [entry.key, entry.depth]));
    const runsOfVariant = (snapshot) => runsOf(snapshot, itemIds, lifts);
    const runs = runsOfVariant(full);
    for (const run of runs) {
      if (run.ids.join(' ') !== itemIds.join(' ')) throw new Error(`${tag} ${key}: a run holds ${run.ids.join(' ')}, not every item`);
      if (run.sep === undefined) throw new Error(`${tag} ${key}: a run of one item`);
    }
    const variant = { outer: {}, runs: runs.map((run) => ({ sep: run.sep, items: {} })) };
    const headingDefault = defaultHeading(await render({ ...attributes, heading: undefined }), full);
    variant.heading = headingDefault;

    const withSlots = (text) => {
      let out = text.replaceAll(HEADING_SENTINEL, slot('heading'));
      for (const [name, date] of [['last-updated', DATE_SENTINELS.lastUpdated], ['next-review', DATE_SENTINELS.nextReview]]) {
        if (!element.dates.includes(name)) continue;
        out = out.replaceAll(`"${date}"`, `"${slot(`${name}:iso`)}"`).replaceAll(formatDate(date, locale), slot(`${name}:text`));
      }
      if (out.includes(DATE_SENTINELS.lastUpdated) || out.includes(DATE_SENTINELS.nextReview)) throw new Error(`${tag}: a date in an unknown form`);
      return out;
    };
    const take = (snapshot, state, chosen) => {
      const found = runsOfVariant(snapshot);
      found.forEach((run, index) => {
        for (const id of run.ids) {
          const fragment = withSlots(run.fragments[id]);
          const stateOf = chosen.length === 0 ? '0' : chosen.includes(id) ? '1' : 'x';
          if (state !== undefined && stateOf !== state) continue;
          const known = variant.runs[index].items[id]?.[stateOf];
          if (known !== undefined && known !== fragment) throw new Error(`${tag} ${key}: item ${id} in state ${stateOf} renders two ways`);
          (variant.runs[index].items[id] ??= {})[stateOf] = fragment;
        }
      });
      return outerTemplate(snapshot, found);
    };

    const single = element.value && !element.value.multiple;
    const outerOf = (snapshot, chosen) => withSlots(take(snapshot, undefined, chosen));
    if (!element.value) {
      variant.outer['*'] = outerOf(full, []);
    } else {
      // Item states: 0 (nothing chosen), 1 (chosen), x (another one chosen).
      const noneOuter = outerOf(full, []);
      for (const id of itemIds) {
        const snapshot = await render({ ...attributes, value: id });
        const outer = outerOf(snapshot, [id]);
        if (single && outer !== noneOuter) throw new Error(`${tag} ${key}: the value changes more than the items`);
      }
      if (single) variant.outer['*'] = noneOuter;
      else {
        // What is outside the items may count them ("2 of 3"): one outer template per (chosen, offered) count.
        for (let n = 1; n <= itemIds.length; n++) {
          for (let k = 0; k <= n; k++) {
            const snapshot = await render({ ...attributes, items: itemIds.slice(0, n).join(' '), value: itemIds.slice(0, k).join(' ') });
            const found = runsOfVariant(snapshot);
            variant.outer[`${k}/${n}`] = withSlots(outerTemplate(snapshot, found));
          }
        }
        // Fragments of every item checked.
        take(await render({ ...attributes, value: itemIds.join(' ') }), '1', itemIds);
      }
    }
    variants[key] = variant;
    const setValue = combo.set ?? '*';
    const known = itemIdsBySet[setValue];
    if (known && known.join(' ') !== itemIds.join(' ')) throw new Error(`${tag}: item ids differ between variants of one set`);
    itemIdsBySet[setValue] = itemIds;
  }
  return {
    dimensions: dimensions.map(({ name, values }) => ({ name, values })),
    defaults: Object.fromEntries(dimensions.filter(({ name }) => name !== 'heading-level' && element.enums.some((e) => e.name === name)).map(({ name, values }) => [name, values[0]])),
    attributes: element.attributes.map((attribute) => ({ name: attribute.name, boolean: attribute.type?.text === 'boolean' })),
    items: itemIdsBySet,
    multiple: element.value?.multiple ?? null,
    hasValue: Boolean(element.value),
    dates: element.dates,
    variants,
  };
}

/** The heading text a render without `heading` shows where the sentinel was. */
function defaultHeading(withoutHeading, withSentinel) {
  const at = withSentinel.indexOf(HEADING_SENTINEL);
  if (at < 0 || withoutHeading.slice(0, at) !== withSentinel.slice(0, at)) throw new Error('heading sentinel not found');
  const tail = withSentinel.slice(at + HEADING_SENTINEL.length);
  if (!withoutHeading.endsWith(tail)) throw new Error('the heading changes more than its text');
  return withoutHeading.slice(at, withoutHeading.length - tail.length);
}

/* ---------- The assembler: what the PHP does, in JavaScript, for the build's check ---------- */

const tokens = (value) => (typeof value === 'string' ? value.trim().split(/\s+/).filter(Boolean) : []);
const unique = (list) => [...new Set(list)];
const escapeText = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

export function isIsoDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Same rules as the elements (and the PHP): unknown values fall back to defaults. */
export function assemble(compiled, attributes, { dateTable, pageDates }) {
  const combo = {};
  for (const { name, values } of compiled.dimensions) {
    const raw = attributes[name];
    if (name === 'heading-level') {
      const text = typeof raw === 'string' ? raw.trim() : raw;
      const number = text === undefined || text === '' ? NaN : Number(text);
      combo[name] = values.includes(number) ? number : 2;
    } else if (values[0] === false) {
      combo[name] = raw === true || (typeof raw === 'string' && raw !== 'false');
    } else {
      const text = typeof raw === 'string' ? raw.trim() : undefined;
      combo[name] = values.includes(text) ? text : values[0];
    }
  }
  const variant = compiled.variants[variantKey(compiled.dimensions, combo)];
  const allIds = compiled.items[combo.set ?? '*'];
  const wanted = unique(tokens(attributes.items)).filter((id) => allIds.includes(id));
  const offered = wanted.length ? wanted : allIds;
  let chosen = [];
  if (compiled.hasValue) {
    const values = compiled.multiple ? unique(tokens(attributes.value)) : [String(attributes.value ?? '').trim()];
    chosen = offered.filter((id) => values.includes(id));
  }
  const state = (id) => (chosen.length === 0 ? '0' : chosen.includes(id) ? '1' : 'x');
  const outer = compiled.multiple ? variant.outer[`${chosen.length}/${offered.length}`] : variant.outer['*'];
  const replacements = {};
  variant.runs.forEach((run, index) => {
    replacements[slot(`run:${index}`)] = offered.map((id) => run.items[id][state(id)]).join(run.sep);
  });
  const heading = typeof attributes.heading === 'string' && attributes.heading.trim() ? escapeText(attributes.heading) : variant.heading;
  for (const name of compiled.dates) {
    const raw = typeof attributes[name] === 'string' ? attributes[name].trim() : '';
    const iso = isIsoDate(raw) ? raw : pageDates[name];
    replacements[slot(`${name}:iso`)] = iso;
    replacements[slot(`${name}:text`)] = formatWithTable(dateTable, iso);
  }
  const fill = (text) => text.replace(/\{\{rw:[^}]+\}\}/g, (match) => (match === slot('heading') ? heading : replacements[match] ?? match));
  // Fragments hold slots too (heading in none, dates in none today; filled all the same).
  return fill(fill(outer));
}

/* ---------- Dates: a per-locale table that PHP formats with ---------- */

/** Gregorian → Solar Hijri (the arithmetic 33-year rule), for locales whose default calendar is Persian (fa). */
export function gregorianToJalali(gy, gm, gd) {
  const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const gy2 = gm > 2 ? gy + 1 : gy;
  let days = 355666 + 365 * gy + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) + gd + before[gm - 1];
  let jy = -1595 + 33 * Math.floor(days / 12053);
  days %= 12053;
  jy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    jy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  return days < 186 ? [jy, 1 + Math.floor(days / 31), 1 + (days % 31)] : [jy, 7 + Math.floor((days - 186) / 30), 1 + ((days - 186) % 30)];
}

/** The calendar date (year, month, day) that a table formats, from an ISO date. */
function calendarDate(calendar, iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return calendar === 'persian' ? gregorianToJalali(year, month, day) : [year, month, day];
}

/** Builds the table from Intl's parts: calendar, pattern, day names, month names, digits. */
export function dateTable(format) {
  const calendar = format.resolvedOptions().calendar === 'persian' ? 'persian' : 'gregory';
  if (!['gregory', 'persian'].includes(format.resolvedOptions().calendar)) throw new Error(`calendar ${format.resolvedOptions().calendar} is not supported`);
  const parts = (iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return format.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  };
  // V8's format() writes a plain space where formatToParts() has U+202F (narrow no-break space); follow format().
  const plainSpaces = !format.format(new Date(Date.UTC(2033, 10, 27))).includes('\u202f');
  const pattern = parts('2033-11-27').map(({ type, value }) =>
    ['day', 'month', 'year'].includes(type) ? [type] : ['literal', plainSpaces ? value.replaceAll('\u202f', ' ') : value],
  );
  const pick = (list, type) => list.find((part) => part.type === type).value;
  const days = [];
  const months = [];
  // Walk two years of days: every day number and month of the calendar appears.
  for (let time = Date.UTC(2033, 0, 1); time < Date.UTC(2035, 0, 1); time += 86400000) {
    const iso = new Date(time).toISOString().slice(0, 10);
    const [, month, day] = calendarDate(calendar, iso);
    const list = parts(iso);
    days[day - 1] ??= pick(list, 'day');
    months[month - 1] ??= pick(list, 'month');
  }
  const numbers = new Intl.NumberFormat(format.resolvedOptions().locale, { useGrouping: false, numberingSystem: format.resolvedOptions().numberingSystem });
  const digits = Array.from({ length: 10 }, (_, digit) => numbers.format(digit));
  return { calendar, pattern, days, months, digits };
}

export function formatWithTable(table, iso) {
  const [year, month, day] = calendarDate(table.calendar, iso);
  return table.pattern
    .map(([type, value]) =>
      type === 'day' ? table.days[day - 1] : type === 'month' ? table.months[month - 1] : type === 'year' ? [...String(year)].map((digit) => table.digits[digit]).join('') : value,
    )
    .join('');
}

/* ---------- Structured data (the JSON-LD prerender() writes beside a guide) ---------- */

/** The JSON-LD object that prerender() writes beside an element, or null. */
export function structuredDataOf(renderedHtml) {
  const match = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(renderedHtml);
  return match ? JSON.parse(match[1]) : null;
}

/**
 * Pieces of the JSON-LD for PHP: the object with the render's own values, and
 * per boolean variant the sources each item cites and those always cited (the
 * safety note), as URLs, plus the sources by URL.
 */
export async function compileStructuredData(compiled, renderLd) {
  const base = await renderLd({});
  if (!base) return null;
  const booleans = compiled.dimensions.filter(({ values }) => values[0] === false);
  const out = { base: { ...base, citation: [] }, own: {}, always: {}, citations: {} };
  for (const combo of combinations(booleans)) {
    const key = variantKey(booleans, combo);
    const attributes = Object.fromEntries(Object.entries(combo).map(([name, value]) => [name, value || undefined]));
    const cites = {};
    for (const id of compiled.items['*']) {
      const ld = await renderLd({ ...attributes, items: id });
      for (const citation of ld.citation) out.citations[citation.url] = citation;
      cites[id] = ld.citation.map((citation) => citation.url);
    }
    // Always cited: what the item citing least cites (it then cites nothing of its own).
    const always = Object.values(cites).reduce((least, list) => (list.length < least.length ? list : least));
    const union = (own) => [...new Set([...own, ...always])];
    out.always[key] = always;
    out.own[key] = {};
    for (const [id, list] of Object.entries(cites)) {
      let own = list;
      // Strip the always-cited tail, as far as the item's own list still explains what it cites.
      while (own.length && always.includes(own.at(-1)) && union(own.slice(0, -1)).join(' ') === list.join(' ')) own = own.slice(0, -1);
      if (union(own).join(' ') !== list.join(' ')) throw new Error(`structured data: cannot explain the citations of ${id}`);
      out.own[key][id] = own;
    }
  }
  return out;
}

/** The JSON-LD script for attributes (what the PHP writes), from compileStructuredData()'s pieces. */
export function assembleStructuredData(pieces, compiled, attributes, locale, pageDates) {
  const booleans = compiled.dimensions.filter(({ values }) => values[0] === false);
  const combo = Object.fromEntries(booleans.map(({ name }) => [name, attributes[name] === true || (typeof attributes[name] === 'string' && attributes[name] !== 'false')]));
  const key = variantKey(booleans, combo);
  const all = compiled.items['*'];
  const wanted = unique(tokens(attributes.items)).filter((id) => all.includes(id));
  const urls = [...new Set([...(wanted.length ? wanted : all).flatMap((id) => pieces.own[key][id]), ...pieces.always[key]])];
  const heading = typeof attributes.heading === 'string' && attributes.heading.trim() ? attributes.heading : pieces.base.name;
  const raw = typeof attributes['last-updated'] === 'string' ? attributes['last-updated'].trim() : '';
  const data = { ...pieces.base, name: heading, inLanguage: locale, lastReviewed: isIsoDate(raw) ? raw : pageDates['last-updated'], citation: urls.map((url) => pieces.citations[url]) };
  const json = JSON.stringify(data).replace(/[<\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json" data-relief-structured-data>${json}</script>`;
}
