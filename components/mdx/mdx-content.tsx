import { useMDXComponent } from 'next-contentlayer2/hooks';
import { Figure } from './figure';
import { Callout } from './callout';
import { Price } from './price';
import { Testimonial } from './testimonial';
import { OutOfHoursAdvice } from '@/components/content/out-of-hours-advice';
import { UkRegulation } from '@/components/content/uk-regulation';

/** The components writers may use in MDX (see docs/writing-guide.md). */
export const mdxComponents = { Figure, Callout, Price, Testimonial, OutOfHoursAdvice, UkRegulation };

/** Renders compiled MDX on the server: no client JavaScript is shipped for content. */
export function MdxContent({ code }: { code: string }) {
  const Component = useMDXComponent(code);
  // A server component renders once per request/build and keeps no state, so a component made here is safe.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={mdxComponents} />;
}
