import localFont from 'next/font/local';

// Self-hosted from the @fontsource-variable/inter npm package: no request leaves the site.
// display 'optional': if the font is not there within about 100 ms (a slow phone connection), the
// page keeps the fallback font instead of swapping and reflowing every line when it lands; it is
// cached for the next page. 'swap' shifted the layout well past the budget (figures in
// docs/performance.md; tests/e2e/layout-stability.spec.ts), and the Arial-based fallback metrics do
// not help on Android, which has no Arial.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  variable: '--font-inter',
});
