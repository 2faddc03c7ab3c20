/** The Romance languages onrecord reads, which share word order (head noun first) and gendered endings. */
export const ROMANCE_LANGS: ReadonlySet<string> = new Set(['es', 'fr', 'pt', 'it']);
