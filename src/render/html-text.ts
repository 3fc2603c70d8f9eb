import { sanitize } from '../format/text.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made inert in HTML, in element content and in quoted attributes alike: a campaign named
 * `<script>` stays text. Control characters go too (sanitize): they are not allowed in HTML.
 */
export function htmlText(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** `<tag attrs>escaped text</tag>`; attribute values are escaped, the text too. */
export function element(tag: string, text: string, attributes: Readonly<Record<string, string | number>> = {}): string {
  return `<${tag}${attributeText(attributes)}>${htmlText(text)}</${tag}>`;
}

/** ` name="value"…`, values escaped; numbers written as JavaScript prints them. */
export function attributeText(attributes: Readonly<Record<string, string | number>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${htmlText(String(value))}"`)
    .join('');
}
