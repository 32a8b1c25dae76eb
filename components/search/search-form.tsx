import { SEARCH_PATH } from '@/lib/seo/structured-data';
import { MAX_QUERY_LENGTH } from '@/lib/search/index';

type Props = {
  /** Unique on the page: the header and the search page each have a form. */
  id: string;
  label: string;
  /** Hide the label visually (the header); the input keeps it as its accessible name. */
  hideLabel?: boolean;
  defaultValue?: string;
  className?: string;
};

/** A plain GET form to the search page: it works with JavaScript off and adds none. */
export function SearchForm({ id, label, hideLabel, defaultValue, className = '' }: Props) {
  return (
    <form role="search" action={SEARCH_PATH} method="get" className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'font-semibold text-ink'}>
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        placeholder={hideLabel ? 'Search' : undefined}
        className="min-w-0 flex-1 rounded-md border border-muted bg-white px-3 py-2 text-ink placeholder:text-muted focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:ring-offset-1"
      />
      <button
        type="submit"
        className="shrink-0 rounded-md border border-brand-700 bg-white px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:ring-offset-1"
      >
        Search
      </button>
    </form>
  );
}
