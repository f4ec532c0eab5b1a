import { bootstrap } from './app/bootstrap';
import { EmbedApp } from './app/EmbedApp';
import { messages, names } from './i18n/page-locale';
import './styles.css';

bootstrap(EmbedApp, messages, names);
