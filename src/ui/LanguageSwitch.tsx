import { memo } from 'react';
import type { Messages } from '../i18n/en';

interface Props {
  m: Messages;
  /** The state to keep: the chosen year (undefined for the default) and the selected host. */
  year: number | undefined;
  hostId: string | undefined;
  /** The region view, undefined for the whole world. */
  region?: string;
  /** The page the link leads to, relative to this one ("ko/" or "../", or "ko/embed.html"). */
  page?: string;
}

/** The same view in the other language: country, year and region carried over. */
function LanguageSwitchView({ m, year, hostId, region, page = m.language.otherBase }: Props) {
  const query = new URLSearchParams();
  if (year !== undefined) query.set('year', String(year));
  if (region) query.set('region', region);
  const href = `${page}${query.size ? `?${query}` : ''}${hostId ? `#${hostId}` : ''}`;
  return (
    <a className="language-switch" href={href} hrefLang={m.language.otherLang} lang={m.language.otherLang}>
      {m.language.other}
    </a>
  );
}

export const LanguageSwitch = memo(LanguageSwitchView);
