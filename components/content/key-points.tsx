export function KeyPoints({ points }: { points: string[] }) {
  return (
    <section aria-labelledby="key-points" className="mt-8 rounded-lg bg-brand-50 px-5 py-4">
      <h2 id="key-points" className="text-base font-semibold text-brand-800">Key points</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
