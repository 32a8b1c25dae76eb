/** Types of ./cached-bundle.cjs (plain JavaScript: it runs before TypeScript can be compiled). */
export function buildBundle(entry: string, outfile: string, workingDir: string): Promise<string[]>;
export function codeCacheOf(bundle: string): string;
export function runBundle(bundle: string, codeCache: string): { exports: Record<string, unknown>; cacheUsed: boolean; saveCodeCache(): void };
