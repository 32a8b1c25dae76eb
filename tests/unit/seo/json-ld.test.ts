import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/seo/json-ld';

describe('serializeJsonLd', () => {
  const hostile = { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script> & \u2028' } as const;

  it('cannot end the script element, and still parses to the same value', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('is rendered as one application/ld+json script by the component', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: hostile }));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/^<script type="application\/ld\+json">/);
    const body = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(body)).toEqual(hostile);
  });
});
