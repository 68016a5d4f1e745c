/**
 * The colour pairs the widgets draw, checked against WCAG 2.2 AA: text and
 * links 4.5:1 (1.4.3), control borders 3:1 (1.4.11). A pair involving a colour
 * the builder does not offer (secondary text, highlighted areas) uses its
 * documented default; the colour to change is the one the builder offers.
 */
import { colorProperty, schemesInUse, themeProperty, THEME_COLORS, type BuilderConfig, type Scheme, type ThemeColor } from './config.js';
import { contrastRatio, nearestPassing, parseHex, toHex, type Constraint, type Rgb } from './contrast.js';
import type { BuilderData } from './data.js';

export const COLOR_PAIRS = [
  { foreground: 'text', background: 'surface', minimum: 4.5 },
  { foreground: 'text', background: 'surface-raised', minimum: 4.5 },
  { foreground: 'accent', background: 'surface', minimum: 4.5 },
  { foreground: 'accent', background: 'surface-raised', minimum: 4.5 },
  { foreground: 'muted', background: 'surface', minimum: 4.5 },
  { foreground: 'border', background: 'surface', minimum: 3 },
] as const;

export interface ContrastIssue {
  scheme: Scheme;
  /** `text/surface` and so on (see COLOR_PAIRS). */
  pair: string;
  ratio: number;
  minimum: number;
  /** The offered colour to change. */
  adjust: ThemeColor;
  current: string;
  /** The nearest colour that meets every pair of `adjust`, if any. */
  suggestion?: string;
}

const offered = (key: string): key is ThemeColor => (THEME_COLORS as readonly string[]).includes(key);

/** A colour in a scheme: the chosen one for an offered colour, else the documented default. */
function colorOf(config: BuilderConfig, data: BuilderData, key: string, scheme: Scheme): Rgb | undefined {
  if (offered(key)) return parseHex(config.theme.colors[scheme][key]);
  const property = themeProperty(data, colorProperty(key));
  return parseHex((scheme === 'light' ? property?.light : property?.dark) ?? '');
}

export function contrastIssues(config: BuilderConfig, data: BuilderData): ContrastIssue[] {
  const issues: ContrastIssue[] = [];
  for (const scheme of schemesInUse(config.theme.scheme)) {
    for (const { foreground, background, minimum } of COLOR_PAIRS) {
      const [fg, bg] = [colorOf(config, data, foreground, scheme), colorOf(config, data, background, scheme)];
      if (!fg || !bg) continue;
      const ratio = contrastRatio(fg, bg);
      if (ratio >= minimum) continue;
      const adjust = (offered(foreground) ? foreground : background) as ThemeColor;
      // Every pair the adjusted colour is part of, against the other colour of the pair.
      const constraints: Constraint[] = COLOR_PAIRS.filter((pair) => pair.foreground === adjust || pair.background === adjust).flatMap(
        (pair) => {
          const other = colorOf(config, data, pair.foreground === adjust ? pair.background : pair.foreground, scheme);
          return other ? [{ against: other, minimum: pair.minimum }] : [];
        },
      );
      const current = colorOf(config, data, adjust, scheme)!;
      const suggestion = nearestPassing(current, constraints);
      issues.push({
        scheme,
        pair: `${foreground}/${background}`,
        ratio,
        minimum,
        adjust,
        current: toHex(current),
        ...(suggestion ? { suggestion: toHex(suggestion) } : {}),
      });
    }
  }
  return issues;
}
