/** The locales the site is built in. Each page bundles only its own messages. */
export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];
export { en, type Messages } from './en';
