import { bootstrap } from './app/bootstrap';
import { FullApp } from './app/FullApp';
import { en } from './i18n/en';
import './styles.css';

bootstrap(FullApp, en);
