/**
 * WCAG 2 contrast, and the nearest colour that passes: the same hue and
 * chroma in OKLCH, lighter or darker by the least that reaches the ratio.
 */

export type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` to 0–255 channels; undefined for anything else. */
export function parseHex(hex: string): Rgb | undefined {
  const match = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((index) => parseInt(digits.slice(index, index + 2), 16)) as Rgb;
}

export const toHex = (rgb: Rgb): string =>
  `#${rgb
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Rounded down to two decimals, as a ratio is reported (4.499 is not 4.5). */
export const formatRatio = (ratio: number): string => (Math.floor(ratio * 100) / 100).toFixed(2);

type Oklch = [number, number, number];

function toOklch(rgb: Rgb): Oklch {
  const [r, g, b] = rgb.map(toLinear);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [L, Math.hypot(A, B), Math.atan2(B, A)];
}

/** OKLCH to linear sRGB, or undefined outside the sRGB gamut. */
function fromOklch([L, C, h]: Oklch): [number, number, number] | undefined {
  const A = C * Math.cos(h);
  const B = C * Math.sin(h);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  const rgb: [number, number, number] = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  return rgb.every((c) => c >= -1e-4 && c <= 1 + 1e-4) ? rgb : undefined;
}

/** The colour at lightness `L`, hue kept, chroma reduced until it fits sRGB. */
function atLightness([, C, h]: Oklch, L: number): Rgb {
  for (let chroma = C; chroma >= 0; chroma -= 0.002) {
    const linear = fromOklch([L, chroma, h]);
    if (linear) return linear.map((c) => Math.round(fromLinear(Math.min(1, Math.max(0, c))))) as Rgb;
  }
  const grey = Math.round(fromLinear(Math.min(1, Math.max(0, L ** 3))));
  return [grey, grey, grey];
}

/** A colour that `color` must contrast with, and by how much. */
export interface Constraint {
  against: Rgb;
  minimum: number;
}

/**
 * The colour nearest to `color` (least change of OKLCH lightness, same hue)
 * that meets every constraint; `color` itself when it does, undefined when no
 * lightness does.
 */
export function nearestPassing(color: Rgb, constraints: readonly Constraint[]): Rgb | undefined {
  const passes = (candidate: Rgb) => constraints.every(({ against, minimum }) => contrastRatio(candidate, against) >= minimum);
  if (passes(color)) return color;
  const start = toOklch(color);
  for (let step = 0.0025; step <= 1; step += 0.0025) {
    const found = [start[0] - step, start[0] + step]
      .filter((L) => L >= 0 && L <= 1)
      .map((L) => atLightness(start, L))
      .filter(passes);
    if (found.length) return found.sort((a, b) => Math.abs(toOklch(a)[0] - start[0]) - Math.abs(toOklch(b)[0] - start[0]))[0];
  }
  return undefined;
}
