import type { ValidationError } from '../model/errors';
import type { Messages } from '../i18n/en';

interface Props {
  title: string;
  detail: string;
  errors?: ValidationError[];
  retrying: boolean;
  onRetry: () => void;
  m: Messages;
}

/** Says what failed and offers a retry; the prerendered map stays visible above it. */
export function LoadStatus({ title, detail, errors, retrying, onRetry, m }: Props) {
  return (
    <div className="load-error" role="alert">
      <p>
        <strong>{title}</strong> <bdi>{detail}</bdi> {m.errors.stillShown}
      </p>
      {errors && errors.length > 1 && (
        <details>
          <summary>{m.errors.allProblems(errors.length)}</summary>
          <ul>
            {errors.slice(0, 50).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: <bdi>{e.message}</bdi> <bdi>{e.fix}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? m.errors.retrying : m.errors.retry}
      </button>
    </div>
  );
}
