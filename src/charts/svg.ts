/**
 * Writing SVG as text: escaped, with numbers written the same way every time, so the same
 * chart is the same bytes. No DOM, nothing fetched.
 *
 * @internal
 */

/** Text safe inside an element or an attribute. @internal */
export function escaped(text: string): string {
  return text
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

/** A text cut short with an ellipsis, if need be, to fit a width at a size. @internal */
export function clipped(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const cut = (keep: number) => `${text.slice(0, keep).trimEnd()}…`;
  // The most characters that fit with the ellipsis, found by halving: a long text costs its length a few times over.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(cut(middle), size, bold) <= width) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : cut(low);
}

/** The root element: sized, with a view box, a title and a description for assistive technology. @internal */
export function svg(width: number, height: number, title: string, description: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="chart-title">${escaped(title)}</title>`,
    `<desc id="chart-desc">${escaped(description)}</desc>`,
    element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    body,
    '</svg>',
  ].join('\n');
}
