import { Link } from '@/components/ui/link';
import { siteConfig } from '@/lib/site-config';
import { Container } from './container';
import { SearchForm } from '@/components/search/search-form';

export const mainNavigation = [
  { href: '/treatments', label: 'Treatments' },
  { href: '/compare', label: 'Compare options' },
  { href: '/articles', label: 'Articles' },
  { href: '/clinicians', label: 'Clinicians' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 py-4">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800 no-underline">
          {siteConfig.name}
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-5 gap-y-2 text-[0.95rem]">
          {mainNavigation.map((item) => (
            <Link key={item.href} href={item.href} className="text-ink underline-offset-4 hover:underline">
              {item.label}
            </Link>
          ))}
          <Link
            href="/book"
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
          >
            Book a consultation
          </Link>
        </nav>
        <SearchForm id="site-search" label="Search the site" hideLabel className="w-full lg:w-64" />
      </Container>
    </header>
  );
}
