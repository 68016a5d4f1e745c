/**
 * What the builder tells the site owner about the current choices: warnings
 * (contrast, folder, dates, fallbacks) and notes (weight, language, loading).
 * Pure: the builder passes its state and renders the list.
 */
import { html, type TemplateResult } from 'lit';
import { contentLocale, hasAttribute, localToday, normalizeFolder, validDate, type BuilderConfig } from './config.js';
import { formatRatio } from './contrast.js';
import type { BuilderData } from './data.js';
import { sentenceGap, sentences } from './i18n.js';
import { strings } from './strings.js';
import type { ContrastIssue } from './theme-check.js';

/** The embed code and what goes with it, for the current choices. */
export interface Output {
  code: string;
  policy: string;
  css: string;
  prerendered: boolean;
  /** Why prerendered HTML was asked for but not produced. */
  fallback?: { message: string; command: boolean };
  hashMissing: boolean;
  weight?: { raw: number; gzip?: number };
}

export interface Note {
  kind: 'warning' | 'info';
  text: string | TemplateResult;
}

/** A language's name in the builder's own language. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([strings.lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A contrast problem in words, with a button that applies the nearest passing colour. */
export function contrastText(issue: ContrastIssue, useSuggestion: (issue: ContrastIssue) => void): TemplateResult {
  const pair = strings.inScheme(strings.pairNames[issue.pair] ?? issue.pair, issue.scheme);
  const name = strings.colorNames[issue.adjust] ?? issue.adjust;
  const fail = strings.contrastFail(pair, formatRatio(issue.ratio), String(issue.minimum));
  return html`${fail}${sentenceGap(fail)}${
    issue.suggestion
      ? html`${strings.contrastSuggestion(name, issue.suggestion)}
          <button type="button" class="small" @click=${() => useSuggestion(issue)}>${strings.useColor(issue.suggestion)}</button>`
      : strings.contrastNoSuggestion
  }`;
}

/** The warnings, then the notes, for these choices and the code written for them. */
export function builderNotes(
  config: BuilderConfig,
  data: BuilderData,
  output: Output | undefined,
  issues: ContrastIssue[],
  useSuggestion: (issue: ContrastIssue) => void,
): Note[] {
  const notes: Note[] = [];
  const warn = (text: Note['text']) => notes.push({ kind: 'warning', text });
  const info = (text: Note['text']) => notes.push({ kind: 'info', text });
  for (const issue of issues) warn(contrastText(issue, useSuggestion));
  if (config.tag === 'relief-guide' && !config.sections.some((section) => section.shown)) warn(strings.noSection);
  if (config.loading.source === 'self' && !normalizeFolder(config.loading.path)) warn(strings.folderInvalid);
  for (const [key, label] of [
    ['lastUpdated', strings.lastUpdated],
    ['nextReview', strings.nextReview],
  ] as const) {
    if (hasAttribute(data, config.tag, key === 'lastUpdated' ? 'last-updated' : 'next-review') && config[key] && !validDate(config[key])) {
      warn(strings.dateInvalid(label));
    }
  }
  if (hasAttribute(data, config.tag, 'next-review')) {
    const [last, next] = [config.lastUpdated || data.defaultDates.lastUpdated, config.nextReview || data.defaultDates.nextReview];
    if (next <= last) warn(strings.datesOrder);
    if (localToday() > next) warn(strings.overdue(next));
  }
  if (output?.fallback) {
    warn(
      output.fallback.command
        ? html`${sentences(output.fallback.message, strings.prerenderedCommand)}
            <code class="command">npx relief-widgets prerender --locale ${contentLocale(config)} --csp snippet.html</code>`
        : output.fallback.message,
    );
  }
  if (output?.hashMissing) warn(strings.hashUnavailable);
  if (output?.prerendered) {
    const language = languageName(contentLocale(config));
    info(
      strings.prerenderedWeight(strings.bytes(output.weight?.raw ?? 0), output.weight?.gzip ? strings.bytes(output.weight.gzip) : undefined),
    );
    if (config.language.mode === 'page') info(strings.prerenderedLanguage(language));
    info(strings.prerenderedVersion(data.version));
  } else {
    info(config.theme.reserveSpace ? strings.reservedSpace : strings.layoutShift);
  }
  const size = config.loading.kind === 'module' ? data.sizes.module : data.sizes.classic;
  info(strings.scriptWeight(strings.bytes(size)));
  if (config.language.mode === 'page' || config.language.locale !== data.sourceLocale) info(strings.localeChunk(strings.bytes(data.sizes.localeChunk)));
  if (config.loading.kind === 'classic') info(strings.classicNote);
  info(config.loading.source === 'cdn' ? strings.cdnNote : strings.selfHostedNote);
  if (output?.css && config.theme.placement === 'snippet') info(strings.styleBlockNote);
  if (config.theme.font !== 'inherit') info(strings.fontNote);
  return notes;
}
