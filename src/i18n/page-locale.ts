/**
 * The page's language, chosen at build time: the Korean build aliases this module to
 * page-locale-ko.ts (vite.config.ts), so each reader downloads only their language's messages.
 */
import { en } from './en';
import type { NameTable } from './names';

export const messages = en;
export const names: NameTable | undefined = undefined;
