/**
 * Writes the embed code for a set of choices, with the policy it needs: the
 * theme's CSS, the prerendered HTML when there is a snapshot of the preview,
 * the hashes of the `<style>` blocks the policy must allow, and the code's weight.
 */
import { contentLocale, contentSecurityPolicy, embedCode, styleBlockText, themeCss, type BuilderConfig } from './config.js';
import type { BuilderData } from './data.js';
import type { Output } from './guidance.js';
import { snapshotOf, structuredDataOf } from './snapshot.js';
import { strings } from './strings.js';

/** The preview's element written out: its inner HTML, what follows it (a guide's structured data), and its style blocks' texts. */
export interface PrerenderedParts {
  inner: string;
  after: string;
  styles: string[];
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** `'sha256-…'` of a `<style>` block's text, or undefined where the browser has no SubtleCrypto (plain http). */
async function hashSource(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  return `'sha256-${base64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))}'`;
}

async function gzipSize(text: string): Promise<number | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/**
 * The prerendered code is a snapshot of what the live preview shows: the
 * real element, in the chosen language, written out as plain HTML with a
 * declarative shadow root (and, after a guide, its structured data).
 */
export function prerenderedParts(element: Element, config: BuilderConfig, data: BuilderData): PrerenderedParts {
  const { inner, styles } = snapshotOf(element);
  const after =
    config.tag === 'relief-guide' ? structuredDataOf(element, data.citations, data.about[contentLocale(config)] ?? data.about[data.sourceLocale]) : '';
  return { inner, after, styles };
}

/** The code for `config`; `snapshot` is the preview's element written out, where prerendered HTML was asked for and the preview showed it. */
export async function writeOutput(config: BuilderConfig, data: BuilderData, snapshot?: PrerenderedParts): Promise<Output> {
  const css = themeCss(config, data);
  const hashes: string[] = [];
  for (const style of snapshot?.styles ?? []) {
    const hash = await hashSource(style);
    if (hash) hashes.push(hash);
  }
  const fallback = config.loading.rendering === 'prerendered' && !snapshot ? { message: strings.prerenderedLoadFailed, command: true } : undefined;
  let hashMissing = false;
  if (css && config.theme.placement === 'snippet') {
    const hash = await hashSource(styleBlockText(css));
    if (hash) hashes.push(hash);
    else hashMissing = true;
  }
  const code = embedCode(config, data, snapshot ? { prerendered: snapshot } : {});
  const weight = snapshot ? { raw: new TextEncoder().encode(code).length, gzip: await gzipSize(code) } : undefined;
  return {
    code,
    policy: contentSecurityPolicy(config, data, hashes),
    css,
    prerendered: Boolean(snapshot),
    fallback,
    hashMissing,
    weight,
  };
}
