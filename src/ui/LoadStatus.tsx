import type { ValidationError } from '../data/validate';

interface Props {
  title: string;
  detail: string;
  errors?: ValidationError[];
  retrying: boolean;
  onRetry: () => void;
}

/** Says what failed and offers a retry; the prerendered map stays visible above it. */
export function LoadStatus({ title, detail, errors, retrying, onRetry }: Props) {
  return (
    <div className="load-error" role="alert">
      <p>
        <strong>{title}</strong> {detail} The map below is the last published version; hover and details need the dataset.
      </p>
      {errors && errors.length > 1 && (
        <details>
          <summary>All {errors.length} problems</summary>
          <ul>
            {errors.slice(0, 50).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message} {e.fix}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
