/**
 * Keystatic's fields.image only recognises images it uploaded itself, at <publicPath>/<slug>/<file>.
 * Our existing pages point at shared images (e.g. /images/articles/recovery-timeline.svg); opening
 * such a page and saving it would silently drop the image. This wrapper keeps any existing path
 * as it is, and still uploads a new file (into public/images/…) when the writer chooses one.
 */
import { fields, type AssetFormField, type FormFieldStoredValue } from '@keystatic/core';

type Uploaded = { data: Uint8Array; extension: string; filename: string };
/** An image already in public/, referenced by its path. */
export type KeptImage = { kept: string };
export type ImageValue = Uploaded | KeptImage | null;

export function isKept(value: ImageValue): value is KeptImage {
  return value !== null && 'kept' in value;
}

function srcPrefix(publicPath: string, slug: string | undefined): string {
  return `${publicPath.replace(/\/*$/, '')}/${slug === undefined ? '' : `${slug}/`}`;
}

export function image(options: {
  label: string;
  description?: string;
  directory: string;
  publicPath: string;
  required: boolean;
}): AssetFormField<ImageValue, ImageValue, string | null> {
  const inner = fields.image({
    label: options.label,
    description: options.description,
    directory: options.directory,
    publicPath: options.publicPath,
    validation: { isRequired: options.required },
  }) as unknown as AssetFormField<Uploaded | null, Uploaded | null, string | null>;

  return {
    kind: 'form',
    formKind: 'asset',
    label: options.label,
    directory: inner.directory,
    defaultValue: () => null,
    Input(props) {
      const { value, onChange } = props;
      if (!isKept(value)) return <inner.Input {...props} value={value} onChange={onChange} />;
      return (
        <div style={{ display: 'grid', gap: 8 }}>
          <inner.Input {...props} value={null} onChange={onChange} />
          <p style={{ margin: 0, fontSize: 14 }}>
            Current image: <code>{value.kept}</code> (choose a file above to replace it)
          </p>
        </div>
      );
    },
    filename(value: FormFieldStoredValue, extra) {
      // Only images this field uploaded live under <publicPath>/<slug>/; anything else is kept as a path.
      if (typeof value === 'string' && !value.startsWith(srcPrefix(options.publicPath, extra.slug))) return undefined;
      return inner.filename(value, extra);
    },
    parse(value, extra) {
      if (typeof value === 'string' && extra.asset === undefined) return { kept: value };
      return inner.parse(value, extra);
    },
    validate(value) {
      if (isKept(value)) return value;
      return inner.validate(value);
    },
    serialize(value, extra) {
      if (isKept(value)) return { value: value.kept, asset: undefined };
      return inner.serialize(value, extra);
    },
    reader: {
      parse: (value) => (typeof value === 'string' ? value : null),
    },
  };
}
