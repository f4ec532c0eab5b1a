import type { Messages } from '../i18n/en';

interface Props {
  m: Messages;
  /** The state to keep: the chosen year (undefined for the default) and the selected host. */
  year: number | undefined;
  hostId: string | undefined;
  /** The page the link leads to, relative to this one ("ko/" or "../", or "ko/embed.html"). */
  page?: string;
}

/** The same view in the other language: country and year carried over. */
export function LanguageSwitch({ m, year, hostId, page = m.language.otherBase }: Props) {
  const href = `${page}${year !== undefined ? `?year=${year}` : ''}${hostId ? `#${hostId}` : ''}`;
  return (
    <a className="language-switch" href={href} hrefLang={m.language.otherLang} lang={m.language.otherLang}>
      {m.language.other}
    </a>
  );
}
