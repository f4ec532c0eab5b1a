import { bootstrap } from './app/bootstrap';
import { FullApp } from './app/FullApp';
import './styles.css';

bootstrap(FullApp);
