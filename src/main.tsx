import { bootstrap } from './app/bootstrap';
import { FullApp } from './app/FullApp';
import { messages, names } from './i18n/page-locale';
import './styles.css';

bootstrap(FullApp, messages, names);
