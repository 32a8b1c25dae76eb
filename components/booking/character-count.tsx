import { useEffect, useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => undefined;

/** Announced politely after typing pauses, like GOV.UK's character count; without JavaScript it states the limit. */
export function CharacterCount({ id, remaining, limit }: { id: string; remaining: number; limit: number }) {
  const [announced, setAnnounced] = useState(remaining);
  // false in the server HTML (and without JavaScript), true once running in the browser
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(remaining), 800);
    return () => clearTimeout(t);
  }, [remaining]);
  const text = (n: number) =>
    n >= 0
      ? `You have ${n} character${n === 1 ? '' : 's'} remaining`
      : `You have ${-n} character${n === -1 ? '' : 's'} too many`;
  if (!hydrated) {
    return (
      <p id={id} className="mt-2 text-muted">
        You can enter up to {limit} characters
      </p>
    );
  }
  return (
    <>
      <p id={id} className={`mt-2 ${remaining < 0 ? 'font-semibold text-caution-700' : 'text-muted'}`} aria-hidden="true">
        {text(remaining)}
      </p>
      <p className="sr-only" aria-live="polite">
        {text(announced)}
      </p>
    </>
  );
}
