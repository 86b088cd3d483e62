/** The frame of every page: the name, the sections, and where the API docs are. */
import type { ComponentChildren } from 'preact';
import { Link } from '../router.js';

const SECTIONS: Array<[string, string, string]> = [['', '/', 'Search'], ['events', '/events', 'Events'], ['ingest', '/ingest', 'Ingest']];

export function Layout(props: { section: string; children: ComponentChildren }) {
  return (
    <div class="shell">
      <header class="top">
        <Link href="/" class="brand">Dateline</Link>
        <nav>
          {SECTIONS.map(([key, href, label]) => (
            <Link href={href} class={props.section === key || (key === '' && props.section === '') ? 'active' : ''}>{label}</Link>
          ))}
          <a href="/docs">API</a>
        </nav>
      </header>
      <main>{props.children}</main>
    </div>
  );
}
