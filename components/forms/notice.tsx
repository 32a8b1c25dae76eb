/** A short confirmation after a form was sent ("Note added."): announced politely, not focused. */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <div role="status" className="mb-6 rounded-sm border-l-4 border-brand-700 bg-white p-4 text-ink">
      {text}
    </div>
  );
}
