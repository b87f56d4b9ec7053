/**
 * Writing SVG as text: escaped, with numbers written the same way every time, so the same
 * chart is the same bytes. No DOM, nothing fetched.
 *
 * @internal
 */

/**
 * What XML 1.0 forbids in a document: C0 controls other than tab, line feed and carriage
 * return, U+FFFE and U+FFFF, and lone surrogates (halves of a pair without the other).
 * Whole pairs match first, so that only a lone half is replaced (no lookbehind, which
 * older browsers lack).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls XML forbids is the point.
const NOT_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

/** A whole surrogate pair is kept; anything else `NOT_XML` matched is dropped. */
const xmlCharacter = (found: string) => (found.length === 2 ? found : '');

/**
 * The one escaper: every text that reaches a chart, in an element or an attribute, passes
 * through it. Escapes the five characters XML gives meaning to, and drops what XML 1.0
 * forbids (see `NOT_XML`), so the chart is always well-formed XML whatever text it is
 * given.
 *
 * @internal
 */
export function escaped(text: string): string {
  return text
    .replace(NOT_XML, xmlCharacter)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A number as an attribute: at most one decimal, never `-0`. @internal */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** An element with attributes (written in the order given) and, optionally, content. @internal */
export function element(name: string, attributes: Readonly<Record<string, string | number>>, content?: string): string {
  const written = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escaped(value)}"`)
    .join('');
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

/** A text element. @internal */
export function label(
  x: number,
  y: number,
  text: string,
  size: number,
  options: { readonly anchor?: 'start' | 'middle' | 'end'; readonly weight?: 'bold'; readonly fill?: string } = {},
): string {
  return element(
    'text',
    {
      x,
      y,
      'font-size': size,
      ...(options.anchor !== undefined && options.anchor !== 'start' && { 'text-anchor': options.anchor }),
      ...(options.weight !== undefined && { 'font-weight': options.weight }),
      fill: options.fill ?? '#1a1a1a',
    },
    escaped(text),
  );
}

/**
 * The width a text takes, estimated character by character, generously for the
 * sans-serif fonts a browser picks (wide capitals wider, narrow letters narrower), to
 * choose a label that fits; bold text a little wider.
 *
 * @internal
 */
export function textWidth(text: string, size: number, bold = false): number {
  let width = 0;
  for (const character of text) {
    width += /[MW@]/.test(character)
      ? 0.92
      : /[mw]/.test(character)
        ? 0.86
        : /[A-Z]/.test(character)
          ? 0.72
          : /[il.,:;'|!]/.test(character)
            ? 0.32
            : character === ' '
              ? 0.3
              : 0.6;
  }
  return width * size * (bold ? 1.12 : 1);
}

/** A text cut short with an ellipsis, if need be, to fit a width at a size; never splits a surrogate pair. @internal */
export function clipped(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const points = Array.from(text);
  const cut = (keep: number) => `${points.slice(0, keep).join('').trimEnd()}…`;
  // The most characters that fit with the ellipsis, found by halving: a long text costs its length a few times over.
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(cut(middle), size, bold) <= width) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : cut(low);
}

/** The first of some words that fits a width at a size; the last if none does. @internal */
export function fitting(words: readonly string[], width: number, size: number, bold = false): string {
  return words.find((word) => textWidth(word, size, bold) <= width) ?? (words.at(-1) as string);
}

/**
 * A text broken at spaces into lines that fit a width at a size, at most `lines` of them;
 * a word too long for a line is cut, and the last line is cut with an ellipsis if text is
 * left over. Costs the text's length a few times over.
 *
 * @internal
 */
export function wrapped(text: string, width: number, size: number, lines: number, bold = false): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter((word) => word !== '');
  for (const [index, word] of words.entries()) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (textWidth(joined, size, bold) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') out.push(line);
    line = word;
    if (out.length === lines - 1) {
      out.push(clipped(words.slice(index).join(' '), width, size, bold));
      return out;
    }
  }
  if (line !== '') out.push(clipped(line, width, size, bold));
  return out;
}

/**
 * A short, stable name for a text: FNV-1a over its UTF-16 code units, in base 36. Used to
 * give each chart ids of its own, the same for the same chart.
 *
 * @internal
 */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The root element: sized, with a view box, a title and a description for assistive
 * technology, labelled by ids of its own: `<id>-title` and `<id>-desc`, where the id is
 * the caller's or `chart-` and a hash of the chart's text, so two charts on one page never
 * share an id.
 *
 * @internal
 */
export function svg(
  width: number,
  height: number,
  title: string,
  description: string,
  body: string,
  id?: string,
): string {
  const prefix = escaped(id ?? `chart-${hashOf(`${width}|${title}|${description}|${body}`)}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${prefix}-title">${escaped(title)}</title>`,
    `<desc id="${prefix}-desc">${escaped(description)}</desc>`,
    element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    body,
    '</svg>',
  ].join('\n');
}

/**
 * Text wrapped to a width and set as lines of labels at `x`, each `leading` times the
 * size below the last, starting below `y`; at most `lines` lines (see {@link wrapped}).
 * Returns the labels and the baseline of the last line.
 *
 * @internal
 */
export function paragraph(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  form: { readonly lines: number; readonly leading: number; readonly weight?: 'bold'; readonly fill?: string },
): { readonly labels: string[]; readonly y: number } {
  const labels: string[] = [];
  let at = y;
  for (const line of wrapped(text, width, size, form.lines, form.weight === 'bold')) {
    at += size * form.leading;
    labels.push(label(x, at, line, size, form));
  }
  return { labels, y: at };
}
