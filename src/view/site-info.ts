/** What the site configuration tells the pages (site.config.json, checked at build). null: not set by the deployer. */
export interface Licence {
  name: string;
  url: string;
}

export interface SiteInfo {
  /** Absolute http(s) URL of the deployment's root, ending in "/". */
  baseUrl: string | null;
  publisher: string | null;
  /** Where corrections go: an e-mail address or an http(s) URL. */
  corrections: { email: string } | { url: string } | null;
  codeLicense: Licence;
  datasetLicense: Licence;
}

/** The dataset's name as data/README.md asks readers to cite it (a proper name, English on every page). */
export const DATASET_TITLE = 'DPRK overseas workers dataset';
/** Where a deployer sets the site's details. */
export const SITE_CONFIG_FILE = 'site.config.json';

export const UNSET_SITE: SiteInfo = {
  baseUrl: null,
  publisher: null,
  corrections: null,
  codeLicense: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  datasetLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** The site info a page carries (JSON in the page), read back in the browser; anything malformed counts as not set. */
export function siteInfoFromJson(text: string | null | undefined): SiteInfo {
  try {
    const raw = JSON.parse(text ?? '') as Partial<Record<keyof SiteInfo, unknown>>;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const licence = (v: unknown, fallback: Licence): Licence =>
      v && typeof v === 'object' && typeof (v as Licence).name === 'string' && typeof (v as Licence).url === 'string' ? { name: (v as Licence).name, url: (v as Licence).url } : fallback;
    const c = raw.corrections as { email?: unknown; url?: unknown } | null | undefined;
    return {
      baseUrl: str(raw.baseUrl),
      publisher: str(raw.publisher),
      corrections: c && typeof c.email === 'string' ? { email: c.email } : c && typeof c.url === 'string' ? { url: c.url } : null,
      codeLicense: licence(raw.codeLicense, UNSET_SITE.codeLicense),
      datasetLicense: licence(raw.datasetLicense, UNSET_SITE.datasetLicense),
    };
  } catch {
    return UNSET_SITE;
  }
}
