/** Names in the page's language by host id ("CHN", "GE-AB") or world-atlas shape id ("156"); English from the dataset otherwise. */
export type NameTable = Readonly<Record<string, string>>;
