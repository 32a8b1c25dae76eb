export type TestimonialProps = { name: string; children: React.ReactNode };

/**
 * A patient's own account, always labelled as one (CAP Code 3.45–3.47): it describes one
 * person's experience and is not evidence that the treatment works. The content check requires
 * patient stories to sit inside this component.
 */
export function Testimonial({ name, children }: TestimonialProps) {
  return (
    <figure className="not-prose my-8 rounded-lg border border-line bg-white px-5 py-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent-700">Patient&rsquo;s own account</p>
      <blockquote className="mt-2 space-y-2 text-ink">{children}</blockquote>
      <figcaption className="mt-3 text-sm text-muted">
        — {name}. One person&rsquo;s experience, shared with their consent. It is not evidence that the treatment works,
        and your result may be different.
      </figcaption>
    </figure>
  );
}
