import { bootstrap } from './app/bootstrap';
import { EmbedApp } from './app/EmbedApp';
import './styles.css';

bootstrap(EmbedApp);
