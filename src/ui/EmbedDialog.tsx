import { memo, useEffect, useRef, useState } from 'react';
import { DEFAULT_FRAME_HEIGHT, LANGUAGE_DIRS, embedSnippet, embedUrl, pagesFolder, type EmbedOptions } from '../embed/snippet';
import { DEFAULT_THEME, THEMES, type Theme } from '../embed/theme';
import type { Messages } from '../i18n/en';
import { copyText } from './clipboard';

interface Props {
  version: string;
  selectedHost: { id: string; name: string } | undefined;
  /** The year shown, when it is not the default one. */
  year: number | undefined;
  /** The region the map shows, when it is not the whole world. */
  region?: { id: string; name: string };
  m: Messages;
  /** From this page to its language's root ("../../" on a host page): the embed sits there. */
  pageRoot?: string;
}

function Option({ checked, onChange, label }: { checked: boolean; onChange: (checked: boolean) => void; label: string }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

function Choice<T extends string>({ legend, name, value, choices, onChange }: { legend: string; name: string; value: T; choices: ReadonlyArray<readonly [T, string]>; onChange: (value: T) => void }) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {choices.map(([key, label]) => (
        <label key={key} className="checkbox">
          <input type="radio" name={name} value={key} checked={value === key} onChange={() => onChange(key)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

/** What the reader ticks in the dialog. A new option (a region...) is one field here and one line in `embedFor`. */
interface Choices {
  host: boolean;
  year: boolean;
  region: boolean;
  other: boolean;
  theme: Theme;
  version: 'live' | 'pinned';
}

/** "Embed this map": the code with this deployment's real URL, and a copy button that says it worked. */
function EmbedDialogView({ version, selectedHost, year, region, m, pageRoot = '' }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  // What the code opens on: the selected country, the chosen year and region, the other language; its colours and data version.
  const [options, setOptions] = useState<Choices>({ host: true, year: true, region: true, other: false, theme: DEFAULT_THEME, version: 'live' });
  // From a host page (country/QAT/), the pages' folder is up the tree.
  const here = () => new URL(pageRoot || './', window.location.href).href;
  const embedFor = (o: Choices): { folder: URL; options: EmbedOptions } => ({
    // The other language's pages sit at a known place relative to this one (ko/ or ../).
    folder: pagesFolder(
      o.other ? new URL(m.language.otherBase, here()).href : here(),
      LANGUAGE_DIRS[o.other ? m.language.otherLang : m.locale] ?? '',
      version,
      o.version === 'pinned',
    ),
    options: { host: o.host ? selectedHost?.id : undefined, year: o.year ? year : undefined, region: o.region ? region?.id : undefined, theme: o.theme, title: m.embed.frameTitle(version) },
  });
  const make = (o: Choices) => {
    const { folder, options: chosen } = embedFor(o);
    return { snippet: embedSnippet(folder, version, chosen), preview: embedUrl(folder, chosen).href };
  };
  const choose = (patch: Partial<Choices>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    setMade(make(next));
  };
  const [status, setStatus] = useState('');
  // The preview frame exists only while the dialog is open: nothing loads for readers who never open it.
  const [made, setMade] = useState<{ snippet: string; preview: string } | null>(null);
  const snippet = made?.snippet ?? '';

  // The dialog's content exists only while it is open: a year change costs a closed dialog nothing.
  const open = () => {
    setMade(make(options));
    setStatus('');
  };
  useEffect(() => {
    if (made && !dialog.current?.open) dialog.current?.showModal();
  }, [made]);
  const copy = async () => {
    const ok = await copyText(code.current?.value ?? snippet, code.current);
    setStatus(ok ? m.embed.copied : m.embed.copyFailed);
  };
  return (
    <>
      <button type="button" className="button needs-script" onClick={open} aria-haspopup="dialog">
        {m.embed.button}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={() => setMade(null)}>
        {made && (
          <>
            <h2 id="embed-title">{m.embed.title}</h2>
            <p>{m.embed.intro}</p>
            {selectedHost && <Option checked={options.host} onChange={(host) => choose({ host })} label={m.embed.openOn(selectedHost.name)} />}
            {year !== undefined && <Option checked={options.year} onChange={(y) => choose({ year: y })} label={m.embed.withYear(year)} />}
            {region && <Option checked={options.region} onChange={(r) => choose({ region: r })} label={m.mapView.embedRegion(region.name)} />}
            <Option checked={options.other} onChange={(other) => choose({ other })} label={m.embed.inOtherLanguage(m.language.other)} />
            <Choice legend={m.embedOptions.theme} name="embed-theme" value={options.theme} choices={THEMES.map((t) => [t, m.embedOptions.themes[t]] as const)} onChange={(theme) => choose({ theme })} />
            <Choice
              legend={m.embedOptions.version}
              name="embed-version"
              value={options.version}
              choices={[['live', m.embedOptions.live], ['pinned', m.embedOptions.pinned(version)]]}
              onChange={(v) => choose({ version: v })}
            />
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
            <h3 className="embed-preview-title">{m.embedOptions.preview}</h3>
            <iframe
              className="embed-preview"
              src={made.preview}
              title={m.embedOptions.previewTitle(m.embed.frameTitle(version))}
              width="100%"
              height={DEFAULT_FRAME_HEIGHT}
              sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
            />
          </>
        )}
      </dialog>
    </>
  );
}

const sameChoice = (a?: { id: string; name: string }, b?: { id: string; name: string }) => a?.id === b?.id && a?.name === b?.name;

// The page passes a new { id, name } on every render: compare what they say.
export const EmbedDialog = memo(EmbedDialogView, (a, b) =>
  a.version === b.version && a.year === b.year && a.m === b.m && a.pageRoot === b.pageRoot && sameChoice(a.selectedHost, b.selectedHost) && sameChoice(a.region, b.region));
