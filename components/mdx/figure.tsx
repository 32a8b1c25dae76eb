export type FigureProps = { src: string; alt: string; caption?: string; width?: number; height?: number; children?: React.ReactNode };

/**
 * An illustration with its alt text and an optional visible caption. A caption with citations
 * arrives as children (the citation plugin turns it into text with numbered reference links).
 */
export function Figure({ src, alt, caption, width = 800, height = 450, children }: FigureProps) {
  const shown = children ?? caption;
  return (
    <figure className="my-8">
      {/* Local SVG illustrations: next/image adds nothing for vectors, a plain img keeps them crisp. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="h-auto w-full rounded-lg border border-line bg-white" />
      {shown ? <figcaption className="mt-2 text-sm text-muted [&_a]:text-brand-700 [&_a]:underline">{shown}</figcaption> : null}
    </figure>
  );
}
