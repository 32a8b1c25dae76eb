import { Link } from '@/components/ui/link';
import { Container } from '@/components/layout/container';
import { getTreatments } from '@/lib/content/queries';

export default function NotFound() {
  return (
    <Container className="py-16">
      <h1 className="text-3xl font-semibold tracking-tight">We can&rsquo;t find that page</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted">
        The address may be mistyped, or the page may have moved. These pages may help:
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li><Link href="/articles" className="text-brand-700 underline">All articles</Link></li>
        {getTreatments().map((t) => (
          <li key={t.slug}>
            <Link href={t.url} className="text-brand-700 underline">{t.title}</Link>
          </li>
        ))}
        <li><Link href="/clinicians" className="text-brand-700 underline">Our clinicians</Link></li>
        <li><Link href="/book" className="text-brand-700 underline">Book a consultation</Link></li>
        <li><Link href="/" className="text-brand-700 underline">Home page</Link></li>
      </ul>
    </Container>
  );
}
