'use client';
// The editor's client app. Only this route imports it, so public pages never load its JavaScript.
import { useMemo } from 'react';
import type { Config } from '@keystatic/core';
import { Keystatic } from '@keystatic/core/ui';
import { makeConfig } from '../../keystatic.config';
import type { ReferenceOption } from '@/lib/publishing/editor-citations';

// What @keystatic/next's makePage passes; rendered directly so the config can take the bibliography.
const appSlug = { envName: 'NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG', value: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG };

export default function KeystaticApp({ references }: { references: ReferenceOption[] }) {
  // Keystatic's <Keystatic> takes the widened Config type (makePage is generic over it instead).
  const config = useMemo(() => makeConfig(references) as unknown as Config, [references]);
  return <Keystatic config={config} appSlug={appSlug} />;
}
