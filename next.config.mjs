/**
 * Security headers sent with every response (pages, assets, 404s, API routes).
 *
 * Content-Security-Policy: pages stay statically generated, so there is no per-request nonce.
 * Next's App Router streams its flight data in inline <script> tags whose contents differ per
 * page and per build, so script-src keeps 'unsafe-inline'; every other directive is strict and
 * same-origin only. The trade-off is explained in docs/security.md.
 */
import { editorEnabled, githubStorage } from './lib/publishing/editor-mode.mjs';

const isDev = process.env.NODE_ENV === 'development';

export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The staff pages' policy (set per request by proxy.ts): they are rendered per request anyway, so
 * scripts are allowed by a fresh nonce instead of 'unsafe-inline'. Everything else as above.
 */
export function nonceContentSecurityPolicy(nonce) {
  return contentSecurityPolicy.replace(/script-src [^;]*/, `script-src 'self' 'nonce-${nonce}'${isDev ? " 'unsafe-eval'" : ''}`);
}

/**
 * The staff editor's policy (Keystatic, on /keystatic, behind the staff sign-in): Keystatic injects
 * its styles as inline <style> tags and previews uploads as blob: images; in GitHub mode it also
 * talks to GitHub's API and shows GitHub avatars from the browser. Nothing else is relaxed.
 */
export function editorContentSecurityPolicy(env = process.env) {
  const github = githubStorage(env);
  return contentSecurityPolicy
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("img-src 'self' data:", `img-src 'self' data: blob:${github ? ' https://avatars.githubusercontent.com' : ''}`)
    .replace(/connect-src 'self'( ws:)?/, (m) => (github ? `${m} https://api.github.com` : m));
}

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (tests, benchmarks) run side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A self-contained server (<distDir>/standalone/server.js) for the container image and the
  // cluster test; `next start` still serves the same build for the other tests (docs/deploy.md).
  output: 'standalone',
  // The tracer copies what it cannot rule out: it had put the tests' fixtures into the standalone
  // server (and every clinic.sqlite, now kept out in lib/db/connect.ts). The build then checks the
  // folder for data, secrets and tests (scripts/check-standalone.ts).
  outputFileTracingExcludes: { '**': ['data/**', 'test-results/**', 'tests/**', 'reports/**', 'coverage/**'] },
  // Pages already open keep working during a rolling deploy: Next tells old and new builds apart by it.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks this tree, the route types from `next typegen` included, in a step of its
  // own just before it builds, and sets this only when that step passed: the build need not check
  // the same types again. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === '1' },
  // Turbopack writes its build cache to disk for the next build to reuse. A CI run builds once from a
  // fresh clone and never reads it: there it only costs time (docs/performance.md). Kept elsewhere.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', '@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-csl'],
  async headers() {
    const isCsp = (h) => h.key === 'Content-Security-Policy';
    return [
      { source: '/:path*', headers: securityHeaders.filter((h) => !isCsp(h)) },
      // Staff pages get a per-request nonce policy from proxy.ts instead.
      { source: '/:path((?!staff(?:/|$)).*)', headers: securityHeaders.filter(isCsp) },
      // The staff route handlers that proxy.ts leaves out (it would drain their bodies) get the static policy.
      { source: '/staff/:path(.*(?:/submit|/notes|/status|/retry|/run|sign-out|export\\.csv))', headers: securityHeaders.filter(isCsp) },
      // Staff area (docs/staff.md): never indexed, never stored by a browser or proxy cache.
      { source: '/staff/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }, { key: 'Cache-Control', value: 'no-store' }] },
      // The patient's manage link (docs/booking.md): its token is in the URL, so no page of it sends a
      // Referer anywhere, and none is indexed or stored by a cache. Listed after the site-wide rule, so
      // its Referrer-Policy wins.
      {
        source: '/booking/manage/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
      // Except the confirmation page, whose form posts the action: under no-referrer a browser sends
      // `Origin: null` with that post, which the same-origin check rightly refuses. same-origin still
      // sends nothing to another site.
      { source: '/booking/manage/confirm', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
      // The staff editor's route gets its own policy wherever the editor exists (a 404 elsewhere).
      ...(editorEnabled(process.env)
        ? [{ source: '/keystatic/:path*', headers: [{ key: 'Content-Security-Policy', value: editorContentSecurityPolicy() }] }]
        : []),
    ];
  },
};

export default nextConfig;
