import localFont from 'next/font/local';

// Self-hosted from the @fontsource-variable/inter npm package: no request leaves the site.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
});
