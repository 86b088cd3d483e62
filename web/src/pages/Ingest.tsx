/** Ingest: paste text, upload files, or add a feed. Writes need the API token, kept for this browser session only. */
import { useState } from 'preact/hooks';
import { get, getToken, post, setToken } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { articleHref, Link } from '../router.js';
import type { IngestResult, Stats } from '../types.js';
import { useTitle } from '../components/title.js';

function Result(props: { r?: IngestResult }) {
  if (!props.r) return null;
  return (
    <div class="result" role="status" data-testid="ingest-result">
      {props.r.stored.map((s) => <p><span class="tag">{s.status}</span> <Link href={articleHref(s.id)}>{s.headline || s.id}</Link></p>)}
      {props.r.failed.map((f) => <p class="problem">{f.input}: {f.reason}</p>)}
      {props.r.stored.length === 0 && props.r.failed.length === 0 && <p class="muted">Nothing was found to store.</p>}
    </div>
  );
}

export function IngestPage() {
  const stats = useLoad(() => get<Stats>('/stats'), []);
  useTitle('Add articles');
  const [token, setTok] = useState(getToken());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<IngestResult | undefined>();
  const run = async (send: () => Promise<IngestResult>) => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await send());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onText = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const text = String(f.get('text') ?? '');
    const published = String(f.get('published') ?? '');
    void run(() => post<IngestResult>('/articles', JSON.stringify({ text, name: 'pasted text', ...(published ? { published } : {}) }), 'application/json'));
  };
  const onFiles = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('file') as HTMLInputElement;
    const body = new FormData();
    for (const file of Array.from(input.files ?? [])) body.append('file', file);
    void run(() => post<IngestResult>('/articles', body));
  };
  const onFeed = (e: Event) => {
    e.preventDefault();
    const url = String(new FormData(e.currentTarget as HTMLFormElement).get('url') ?? '');
    void run(() => post<IngestResult>('/feeds', JSON.stringify({ url }), 'application/json'));
  };
  return (
    <div class="ingest-page">
      <h1>Add articles</h1>
      {stats.data && !stats.data.writable && <p class="problem">This server accepts no writes: start it with DATELINE_API_TOKEN set.</p>}
      <label class="token">API token <input type="password" value={token} autocomplete="off"
        onInput={(e) => { const v = (e.target as HTMLInputElement).value; setTok(v); setToken(v); }} /></label>
      <Problem error={error} />
      <Result r={result} />
      <div class="grid3">
        <form onSubmit={onText} aria-label="paste text">
          <h2>Paste text</h2>
          <textarea name="text" rows={12} required placeholder={'Headline\n\nCITY, Month Day (Agency) - The story…'} />
          <label>published (if the text does not say) <input type="date" name="published" /></label>
          <button type="submit" disabled={busy}>Analyze and store</button>
        </form>
        <form onSubmit={onFiles} aria-label="upload files">
          <h2>Upload files</h2>
          <p class="muted">Wire text, HTML pages, RSS/Atom feeds, JSON Lines, CSV, Reuters SGML.</p>
          <input type="file" name="file" multiple required />
          <button type="submit" disabled={busy}>Upload</button>
        </form>
        <form onSubmit={onFeed} aria-label="add a feed">
          <h2>Add a feed</h2>
          <input type="url" name="url" required placeholder="https://example.org/rss.xml" />
          <button type="submit" disabled={busy}>Fetch and store</button>
        </form>
      </div>
      {busy && <p class="muted" role="status">Working… (the first article loads the analysis models)</p>}
    </div>
  );
}
