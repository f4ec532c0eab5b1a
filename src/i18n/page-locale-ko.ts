/** The Korean page's language (see page-locale.ts). */
import { ko } from './ko';
import { NAMES_KO } from './names-ko';
import type { NameTable } from './names';

export const messages = ko;
export const names: NameTable | undefined = NAMES_KO;
