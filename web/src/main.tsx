/** The Dateline web app: search, read, explore actors and events, ingest. */
import { render } from 'preact';
import { Layout } from './components/Layout.js';
import { ActorPage } from './pages/Actor.js';
import { ArticlePage } from './pages/Article.js';
import { EventsPage } from './pages/Events.js';
import { IngestPage } from './pages/Ingest.js';
import { SearchPage } from './pages/Search.js';
import { useLocation } from './router.js';
import './styles.css';

function App() {
  const { path, params } = useLocation();
  const [section = '', ...restParts] = path.slice(1).split('/');
  const rest = restParts.join('/');
  let page;
  if (section === 'article' && rest) page = <ArticlePage id={decodeURIComponent(rest)} />;
  else if (section === 'actor' && rest) page = <ActorPage name={decodeURIComponent(rest)} />;
  else if (section === 'events') page = <EventsPage params={params} />;
  else if (section === 'ingest') page = <IngestPage />;
  else page = <SearchPage params={params} />;
  return <Layout section={section}>{page}</Layout>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
