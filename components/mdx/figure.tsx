export type FigureProps = { src: string; alt: string; caption?: string; width?: number; height?: number };

/** An illustration with its alt text and an optional visible caption. */
export function Figure({ src, alt, caption, width = 800, height = 450 }: FigureProps) {
  return (
    <figure className="my-8">
      {/* Local SVG illustrations: next/image adds nothing for vectors, a plain img keeps them crisp. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="h-auto w-full rounded-lg border border-line bg-white" />
      {caption ? <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}
