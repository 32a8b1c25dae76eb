/**
 * Plain words from an MDX body, for the search index: markup, components, citation keys and
 * link targets removed, link text and prose kept. Good enough to match on; never shown.
 */
export function mdxToPlainText(mdx: string): string {
  return mdx
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ') // code blocks
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // ESM lines
    // JSX and HTML tags go, but the words of image descriptions and captions stay.
    .replace(/<[A-Za-z][^>]*>/g, (tag) => ` ${[...tag.matchAll(/\b(?:alt|caption|title)="([^"]*)"/g)].map((m) => m[1]).join(' ')} `)
    .replace(/<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/\[@[^\]]*\]/g, ' ') // citations such as [@lee2019; @kim2020]
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: keep the text
    .replace(/^#{1,6}\s+/gm, '') // heading marks
    .replace(/[*_`~>|]/g, ' ') // emphasis, code, quotes, tables
    .replace(/\s+/g, ' ')
    .trim();
}
