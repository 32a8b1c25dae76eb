// Types for editor-mode.mjs (allowJs is off).
type Env = Record<string, string | undefined>;
export declare function githubStorage(env: Env): boolean;
export declare function editorEnabled(env: Env): boolean;
