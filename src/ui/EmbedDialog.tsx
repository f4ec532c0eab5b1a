import { useRef, useState } from 'react';
import { embedSnippet } from '../embed/snippet';
import type { Messages } from '../i18n/en';

interface Props {
  version: string;
  selectedHost: { id: string; name: string } | undefined;
  /** The year shown, when it is not the default one. */
  year: number | undefined;
  /** The region the map shows, when it is not the whole world. */
  region?: { id: string; name: string };
  m: Messages;
}

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.select();
    return document.execCommand('copy');
  }
}

function Option({ checked, onChange, label }: { checked: boolean; onChange: (checked: boolean) => void; label: string }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** "Embed this map": the code with this deployment's real URL, and a copy button that says it worked. */
export function EmbedDialog({ version, selectedHost, year, region, m }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  // What the code opens on: the selected country, the chosen year, the other language.
  const [options, setOptions] = useState({ host: true, year: true, region: true, other: false });
  // The other language's pages sit at a known place relative to this one (ko/ or ../).
  const make = (o: typeof options) =>
    embedSnippet(o.other ? new URL(m.language.otherBase, window.location.href).href : window.location.href, version, o.host ? selectedHost?.id : undefined, { year: o.year ? year : undefined, region: o.region ? region?.id : undefined, title: m.embed.frameTitle(version) });
  const choose = (patch: Partial<typeof options>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    setSnippet(make(next));
  };
  const [status, setStatus] = useState('');
  const [snippet, setSnippet] = useState('');

  const open = () => {
    setSnippet(make(options));
    setStatus('');
    dialog.current?.showModal();
  };
  const copy = async () => {
    const ok = await copyText(code.current?.value ?? snippet, code.current);
    setStatus(ok ? m.embed.copied : m.embed.copyFailed);
  };
  return (
    <>
      <button type="button" className="button needs-script" onClick={open} aria-haspopup="dialog">
        {m.embed.button}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">{m.embed.title}</h2>
        <p>{m.embed.intro}</p>
        {selectedHost && <Option checked={options.host} onChange={(host) => choose({ host })} label={m.embed.openOn(selectedHost.name)} />}
        {year !== undefined && <Option checked={options.year} onChange={(y) => choose({ year: y })} label={m.embed.withYear(year)} />}
        {region && <Option checked={options.region} onChange={(r) => choose({ region: r })} label={m.mapView.embedRegion(region.name)} />}
        <Option checked={options.other} onChange={(other) => choose({ other })} label={m.embed.inOtherLanguage(m.language.other)} />
        <label htmlFor="embed-code">{m.embed.code}</label>
        <textarea id="embed-code" ref={code} readOnly rows={6} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={copy}>
            {m.embed.copy}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {m.embed.close}
          </button>
          <p role="status" className="copy-status">
            {status}
          </p>
        </div>
      </dialog>
    </>
  );
}
