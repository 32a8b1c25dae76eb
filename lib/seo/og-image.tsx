/**
 * The shared-link card (Open Graph / Twitter image): eyebrow, page title and clinic name, drawn
 * by next/og at build time. Inter comes from @fontsource/inter in node_modules (next/og reads
 * WOFF, not WOFF2), so nothing is fetched.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { siteConfig } from '@/lib/site-config';
import { formatDate } from '@/lib/content/dates';
import { reviewedOn, type ReviewedDocument } from '@/lib/content/reviews';
import { requireAuthor } from '@/lib/content/queries';

export const ogImageSize = { width: 1200, height: 630 };
export const ogImageContentType = 'image/png';

const fontFile = (weight: 400 | 600) =>
  readFile(path.join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files', `inter-latin-${weight}-normal.woff`));

let fonts: Promise<[Buffer, Buffer]> | undefined;

/** Long titles get a smaller size so they fit in four lines. */
function titleSize(title: string): number {
  if (title.length > 90) return 50;
  if (title.length > 60) return 58;
  return 68;
}

type Card = {
  eyebrow: string;
  title: string;
  /** Who checked the page, e.g. "Medically reviewed by Dr A B": shared health links should say. */
  byline?: string;
};

export async function renderOgImage({ eyebrow, title, byline }: Card): Promise<ImageResponse> {
  fonts ??= Promise.all([fontFile(400), fontFile(600)]);
  const [regular, semibold] = await fonts;
  const host = new URL(siteConfig.url).host;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#fbfaf7',
          borderTop: '18px solid #0b5551',
          fontFamily: 'Inter',
          color: '#1c2628',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 28, fontWeight: 600, letterSpacing: 2, textTransform: 'uppercase', color: '#0b5551' }}>
            {eyebrow}
          </div>
          <div style={{ marginTop: 24, fontSize: titleSize(title), fontWeight: 600, lineHeight: 1.15 }}>{title}</div>
          {byline ? <div style={{ marginTop: 28, fontSize: 28, color: '#4a5a5e' }}>{byline}</div> : null}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 28 }}>
          <div style={{ display: 'flex', alignItems: 'center' }}>
            <div
              style={{
                width: 56,
                height: 56,
                borderRadius: 12,
                background: '#0b5551',
                color: '#ffffff',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontWeight: 600,
                fontSize: 34,
                marginRight: 20,
              }}
            >
              N
            </div>
            <span style={{ fontWeight: 600, color: '#083f3c' }}>{siteConfig.name}</span>
          </div>
          <span style={{ color: '#4a5a5e' }}>{host}</span>
        </div>
      </div>
    ),
    {
      ...ogImageSize,
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: semibold, weight: 600, style: 'normal' },
      ],
    },
  );
}

/** The card's byline for a medically reviewed page: who checked it and when. */
export function reviewedByline(page: ReviewedDocument & { reviewer: string }): string {
  const day = reviewedOn(page);
  return `Medically reviewed by ${requireAuthor(page.reviewer).name}${day ? `, ${formatDate(day)}` : ' (awaiting review)'}`;
}
