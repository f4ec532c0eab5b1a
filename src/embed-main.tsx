import { bootstrap } from './app/bootstrap';
import { EmbedApp } from './app/EmbedApp';
import { messages, names } from './i18n/page-locale';
import { applyTheme, themeFromSearch } from './embed/theme';
import './styles.css';

// First, before the app renders: the publisher's theme from the embed code's URL.
applyTheme(document.documentElement, themeFromSearch(window.location.search));
bootstrap(EmbedApp, messages, names);
