/** The worker, queue and watch commands refuse what they cannot do, with a usage message (exit 2). */
import { describe, expect, it} from 'vitest';
import { runCli } from '../helpers/cli.js';


describe('distributed and watching commands: usage', () => {
  it('worker needs a PostgreSQL database and takes no files', async () => {
    expect(await runCli('worker', '--db', 'local.db')).toMatchObject({ code: 2, err: expect.stringMatching(/--db must name a PostgreSQL database/u) });
    expect(await runCli('worker', '--db', 'postgres://u@h/d', 'file.txt')).toMatchObject({ code: 2, err: expect.stringMatching(/takes no file names/u) });
    expect((await runCli('worker', '--help')).out).toMatch(/--exit-when-idle/u);
  });

  it('ingest --queue needs a PostgreSQL database; --jobs must be a positive number', async () => {
    expect(await runCli('ingest', '--queue', 'examples', '--db', 'local.db')).toMatchObject({ code: 2, err: expect.stringMatching(/--queue needs a PostgreSQL database/u) });
    expect(await runCli('ingest', 'examples', '--jobs', '0', '--db', 'x.db')).toMatchObject({ code: 2, err: expect.stringMatching(/--jobs must be at least 1/u) });
  });

  it('watch takes http(s) URLs and a sensible interval', async () => {
    expect(await runCli('watch', 'feeds/local.xml')).toMatchObject({ code: 2, err: expect.stringMatching(/is not an http\(s\) URL/u) });
    expect(await runCli('watch', 'https://feeds.example/rss', '--every', 'often')).toMatchObject({ code: 2, err: expect.stringMatching(/--every must be a duration/u) });
    expect(await runCli('watch', 'https://feeds.example/rss', '--every', '100ms')).toMatchObject({ code: 2 });
    const help = (await runCli('help')).out;
    expect(help).toMatch(/^ {2}watch +fetch feeds on a schedule/mu);
    expect(help).toMatch(/^ {2}worker +analyze and store/mu);
  });
});
