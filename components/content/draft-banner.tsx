export function DraftBanner() {
  return (
    <p role="status" className="mb-6 rounded-md border-2 border-accent-700 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
      Draft — not published. This page is visible only in development.
    </p>
  );
}
