// citation-js ships no types; declare the small surface lib/content/bibliography.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: unknown[];
    format(type: 'bibliography' | 'citation' | 'data', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
