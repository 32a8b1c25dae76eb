// Types for what tests import from next.config.mjs (allowJs is off).
import type { NextConfig } from 'next';

type Env = Record<string, string | undefined>;
export declare const contentSecurityPolicy: string;
export declare function nonceContentSecurityPolicy(nonce: string): string;
export declare function editorContentSecurityPolicy(env?: Env): string;
export declare const securityHeaders: { key: string; value: string }[];
declare const nextConfig: NextConfig;
export default nextConfig;
