import { bootstrap } from './app/bootstrap';
import { EmbedApp } from './app/EmbedApp';
import { en } from './i18n/en';
import './styles.css';

bootstrap(EmbedApp, en);
