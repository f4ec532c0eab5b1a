import { useState, type SyntheticEvent } from 'react';
import { hostChangesFrom, type HostChange } from '../model/changelog';
import type { Messages } from '../i18n/en';
import { DataText } from './Citations';

/** One request per page for the build's per-host digest of the changelog, made only when a reader opens the list. */
const requests = new Map<string, Promise<unknown>>();
function loadChanges(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

type State = 'closed' | 'loading' | 'failed' | HostChange[];

/** "Changes across dataset versions" for one host (keyed by host): a closed <details> that fetches data/changes.json when first opened. */
export function HostChanges({ hostId, dataBase, m }: { hostId: string; dataBase: string; m: Messages }) {
  const [state, setState] = useState<State>('closed');
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    if (!e.currentTarget.open || (state !== 'closed' && state !== 'failed')) return;
    setState('loading');
    loadChanges(`${dataBase}changes.json`).then((json) => setState(hostChangesFrom(json, hostId)), () => setState('failed'));
  };
  return (
    <details className="host-changes" onToggle={onToggle}>
      <summary>{m.share.changes}</summary>
      {state === 'loading' && <p className="muted">{m.share.changesLoading}</p>}
      {state === 'failed' && <p className="muted">{m.share.changesFailed}</p>}
      {Array.isArray(state) && (state.length === 0 ? <p className="muted">{m.share.noChanges}</p> : (
        <>
          {m.locale !== 'en' && <p className="muted">{m.share.changesInEnglish}</p>}
          <ul>
            {state.map((c) => (
              <li key={c.version}>
                <strong>{m.share.change(c.version, c.date)}</strong>: <DataText>{c.text}</DataText>
              </li>
            ))}
          </ul>
        </>
      ))}
      <p><a href={`${dataBase}CHANGELOG.md`}>{m.about.changelog}</a></p>
    </details>
  );
}
