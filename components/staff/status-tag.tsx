const styles: Record<string, string> = {
  new: 'bg-brand-700 text-white',
  contacted: 'bg-white text-ink border-2 border-ink',
  booked: 'bg-ink text-white',
  closed: 'bg-white text-muted border-2 border-muted',
};

export function StatusTag({ status }: { status: string }) {
  return <span className={`inline-block rounded-sm px-2 py-0.5 text-sm font-bold uppercase ${styles[status] ?? styles.closed}`}>{status}</span>;
}
