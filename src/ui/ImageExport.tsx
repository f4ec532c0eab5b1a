import { memo, useEffect, useState } from 'react';
import type { HostView, ViewModel } from '../view/view-model';
import { imageFileName } from '../view/export-name';
import { permalink } from '../view/citation';
import { loadImageExport } from './image-export/load';

/**
 * A sandboxed frame without allow-same-origin has the origin "null"; the embed code's sandbox has
 * no allow-downloads either, so a download there would be dropped without a word.
 */
const isSandboxed = () => typeof window !== 'undefined' && window.origin === 'null';

/** "Download PNG" and "Download SVG" of the view as it is: year, selection, legend and credit. */
export const ImageExport = memo(function ImageExport({ model, selectedView }: { model: ViewModel; selectedView: HostView | undefined }) {
  const m = model.messages;
  const { dataset, year } = model;
  // After hydration, not during it: the prerendered page is not sandboxed, and hydration on
  // preact/compat keeps the prerendered attributes of what it reuses.
  const [sandboxed, setSandboxed] = useState(false);
  useEffect(() => setSandboxed(isSandboxed()), []);
  const [status, setStatus] = useState('');
  const host = selectedView?.host;

  if (sandboxed) {
    return (
      <p className="image-export">
        <a href={permalink(window.location.href, year, host?.id)} target="_blank" rel="noopener">
          {m.share.openFullForImage}<span className="visually-hidden">{m.citation.opensInNewTab}</span> ↗
        </a>
      </p>
    );
  }
  const download = async (format: 'png' | 'svg') => {
    const map = document.querySelector<SVGSVGElement>('svg.map');
    if (!map) return;
    setStatus(m.share.preparing);
    const fileName = imageFileName({ year, host: host && { id: host.id, name: host.name } }, format);
    try {
      const { downloadImage } = await loadImageExport();
      await downloadImage({
        format,
        fileName,
        lang: m.locale,
        title: m.page.embedTitle,
        asOf: m.legend.title(year),
        selected: selectedView && m.share.imageSelected(selectedView.name, selectedView.headline),
        credit: m.share.credit(dataset.title, dataset.version, dataset.updated, dataset.license.name, permalink(window.location.href, year, host?.id)),
        map,
        legend: document.querySelector('.legend'),
      });
      setStatus(m.share.ready(fileName));
    } catch {
      setStatus(m.share.failed);
    }
  };
  return (
    <div className="image-export needs-script" role="group" aria-label={m.share.image}>
      <button type="button" className="button" onClick={() => void download('png')}>{m.share.png}</button>
      <button type="button" className="button" onClick={() => void download('svg')}>{m.share.svg}</button>
      <p role="status" className="copy-status">{status}</p>
    </div>
  );
});
