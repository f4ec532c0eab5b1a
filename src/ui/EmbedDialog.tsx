import { useRef, useState } from 'react';
import { embedSnippet } from '../embed/snippet';

interface Props {
  version: string;
  selectedHost: { id: string; name: string } | undefined;
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

/** "Embed this map": the code with this deployment's real URL, and a copy button that says it worked. */
export function EmbedDialog({ version, selectedHost }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [focusHost, setFocusHost] = useState(true);
  const [status, setStatus] = useState('');
  const [snippet, setSnippet] = useState('');
  const hostId = focusHost ? selectedHost?.id : undefined;

  const open = () => {
    setSnippet(embedSnippet(window.location.href, version, hostId));
    setStatus('');
    dialog.current?.showModal();
  };
  const copy = async () => {
    const ok = await copyText(code.current?.value ?? snippet, code.current);
    setStatus(ok ? 'Copied to the clipboard.' : 'Copy failed: select the code and copy it by hand.');
  };
  return (
    <>
      <button type="button" className="button" onClick={open} aria-haspopup="dialog">
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">Embed this map</h2>
        <p>Paste this code into your page. The map fills the column, and the script keeps its height right; without the script it still fits.</p>
        {selectedHost && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={focusHost}
              onChange={(e) => {
                setFocusHost(e.target.checked);
                setSnippet(embedSnippet(window.location.href, version, e.target.checked ? selectedHost.id : undefined));
              }}
            />{' '}
            Open on {selectedHost.name}
          </label>
        )}
        <label htmlFor="embed-code">Embed code</label>
        <textarea id="embed-code" ref={code} readOnly rows={6} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={copy}>
            Copy code
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <p role="status" className="copy-status">
            {status}
          </p>
        </div>
      </dialog>
    </>
  );
}
