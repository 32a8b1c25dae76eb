import type { Metadata } from 'next';
import { Container } from '@/components/layout/container';

// Staff pages are never indexed (and next.config.mjs sends X-Robots-Tag and no-store for /staff).
export const metadata: Metadata = {
  title: { default: 'Staff area', template: '%s | Staff area' },
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
};

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <Container className="py-10">
      {children}
    </Container>
  );
}
