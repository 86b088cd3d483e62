/**
 * The officials beyond heads and G20 ministers (kb/people/officials.tsv, military.tsv,
 * legislatures.tsv, parties.tsv, taiwan.tsv): who held an office on a day, the code a person gets
 * for each kind of office, that a lesser office never outranks a head of government held the same
 * day, and that their surnames (and Western-order aliases of family-first names) find them.
 */
import { describe, expect, it } from 'vitest';
import { loadKb, nameKey, personCode, personSurnameKeys, roleAt, type OfficeKind, type PersonEntry } from '../../src/kb/index.js';

const kb = loadKb();

function person(slug: string): PersonEntry {
  const e = kb.byId(`person:${slug}`);
  if (e?.kind !== 'person') throw new Error(`no person ${slug}`);
  return e;
}

type Fact = [date: string, country: string, kind: OfficeKind, office: RegExp, who: string];

const FACTS: Fact[] = [
  ['2021-05-01', 'RUS', 'OTHER', /Spokesperson of the Ministry of Foreign Affairs/, 'Maria Zakharova'],
  ['2019-03-01', 'RUS', 'OTHER', /Press Secretary of the President/, 'Dmitry Peskov'],
  ['2020-06-01', 'RUS', 'SPY', /Federal Security Service/, 'Alexander Bortnikov'],
  ['2022-03-01', 'RUS', 'MIL', /General Staff/, 'Valery Gerasimov'],
  ['2019-01-01', 'RUS', 'LEG', /State Duma/, 'Vyacheslav Volodin'],
  ['2020-04-01', 'CHN', 'OTHER', /Spokesperson of the Ministry of Foreign Affairs/, 'Zhao Lijian'],
  ['2019-05-01', 'CHN', 'OTHER', /Vice Premier/, 'Liu He'],
  ['2015-05-01', 'CHN', 'OTHER', /Taiwan Affairs Office/, 'Zhang Zhijun'],
  ['2022-03-01', 'USA', 'OTHER', /National Security Advisor/, 'Jake Sullivan'],
  ['2018-10-01', 'USA', 'OTHER', /National Security Advisor/, 'John Bolton'],
  ['2022-03-01', 'USA', 'SPY', /Director of National Intelligence/, 'Avril Haines'],
  ['2019-06-01', 'USA', 'OTHER', /Trade Representative/, 'Robert Lighthizer'],
  ['2018-06-01', 'USA', 'OTHER', /Secretary of the Treasury/, 'Steven Mnuchin'],
  ['2022-03-01', 'USA', 'OTHER', /Homeland Security/, 'Alejandro Mayorkas'],
  ['2021-03-01', 'USA', 'OTHER', /Ambassador of the United States to Russia/, 'John J. Sullivan'],
  ['2020-06-01', 'USA', 'MIL', /Joint Chiefs/, 'Mark Milley'],
  ['2022-06-01', 'USA', 'LEG', /Speaker/, 'Nancy Pelosi'],
  ['2024-02-01', 'USA', 'LEG', /Speaker/, 'Mike Johnson'],
  ['2022-03-01', 'IND', 'LEG', /Lok Sabha/, 'Om Birla'],
  ['2017-01-01', 'PAK', 'MIL', /Inter-Services Public Relations/, 'Asif Ghafoor'],
  ['2012-01-01', 'TWN', 'HOS', /President of Taiwan/, 'Ma Ying-jeou'],
  ['2020-01-01', 'TWN', 'HOS', /President of Taiwan/, 'Tsai Ing-wen'],
  ['2025-01-01', 'TWN', 'HOS', /President of Taiwan/, 'Lai Ching-te'],
  ['2025-01-01', 'TWN', 'HOG', /Premier of Taiwan/, 'Cho Jung-tai'],
  ['2023-06-01', 'GBR', 'OPP', /Leader of the Opposition/, 'Keir Starmer'],
  ['2023-06-01', 'DEU', 'OPP', /Christian Democratic Union/, 'Friedrich Merz'],
  ['2022-06-01', 'UKR', 'FM', /Foreign Affairs of Ukraine/, 'Dmytro Kuleba'],
  ['2018-01-01', 'IRN', 'FM', /Foreign Affairs of Iran/, 'Mohammad Javad Zarif'],
];

describe('officials: who held the office on the day', () => {
  it.each(FACTS)('%s %s %s: %s', (date, country, kind, office, who) => {
    const names = kb.holdersAt(country, kind, date).filter((h) => office.test(h.term.office)).map((h) => nameKey(h.person.name));
    expect(names).toContain(nameKey(who));
  });

  it('Taiwan has a head of state and of government on every 1 January since 1990', () => {
    for (let y = 1990; y <= 2026; y++) {
      expect(kb.holdersAt('TWN', 'HOS', `${y}-01-01`).length, `HOS ${y}`).toBeGreaterThan(0);
      expect(kb.holdersAt('TWN', 'HOG', `${y}-01-01`).length, `HOG ${y}`).toBeGreaterThan(0);
    }
  });
});

describe('officials: the code of each kind of office', () => {
  it.each([
    ['maria-zakharova', '2021-05-01', 'RUSGOV'],
    ['valery-gerasimov', '2022-03-01', 'RUSMIL'],
    ['alexander-bortnikov', '2020-06-01', 'RUSSPY'],
    ['avril-haines', '2022-03-01', 'USASPY'],
    ['vyacheslav-volodin', '2019-01-01', 'RUSGOV'],
    ['kemi-badenoch', '2025-03-01', 'GBROPP'],
    ['devlet-bahceli', '2020-01-01', 'TURPTY'],
    ['alexei-navalny', '2021-01-20', 'RUSOPP'],
    ['alexei-navalny', '2024-06-01', 'RUSELI'],
    ['valdis-dombrovskis', '2022-01-01', 'IGOEUR'],
  ])('%s on %s: %s', (slug, date, code) => {
    expect(personCode(person(slug), date)).toBe(code);
  });

  it('Naryshkin is the Duma chairman (GOV) in 2015 and the foreign intelligence chief (SPY) in 2020', () => {
    const p = person('sergei-naryshkin');
    expect(roleAt(p, '2015-06-01')?.office).toMatch(/State Duma/);
    expect(personCode(p, '2015-06-01')).toBe('RUSGOV');
    expect(roleAt(p, '2020-06-01')?.office).toMatch(/Foreign Intelligence Service/);
    expect(personCode(p, '2020-06-01')).toBe('RUSSPY');
  });
});

describe('officials: a lesser office never outranks a higher one held the same day', () => {
  it.each([
    // Party leader and chancellor.
    ['friedrich-merz', '2025-09-01', /^Chancellor of Germany$/, 'DEUGOV'],
    // Opposition leader before.
    ['friedrich-merz', '2024-09-01', /Christian Democratic Union|CDU\/CSU/, 'DEUOPP'],
    // Chief Cabinet Secretary, then prime minister.
    ['yoshihide-suga', '2019-06-01', /^Chief Cabinet Secretary of Japan$/, 'JPNGOV'],
    ['yoshihide-suga', '2021-01-01', /^Prime Minister of Japan$/, 'JPNGOV'],
    // Finance minister who chaired his party: the government office.
    ['christian-lindner', '2023-06-01', /Minister of Finance/, 'DEUGOV'],
    // Opposition leader after leaving office, not a former official.
    ['rishi-sunak', '2024-08-01', /Leader of the Opposition/, 'GBROPP'],
    // Secretary of State acting as national security adviser.
    ['marco-rubio', '2025-06-01', /^Secretary of State/, 'USAGOV'],
    // Party chairman while prime minister.
    ['imran-khan', '2020-01-01', /^Prime Minister of Pakistan$/, 'PAKGOV'],
    // Premier, later vice president, then president.
    ['lai-ching-te', '2022-01-01', /^Vice President of Taiwan$/, 'TWNGOV'],
    ['lai-ching-te', '2025-01-01', /^President of Taiwan$/, 'TWNGOV'],
  ])('%s on %s', (slug, date, office, code) => {
    const p = person(slug);
    expect(roleAt(p, date)?.office).toMatch(office);
    expect(personCode(p, date)).toBe(code);
  });
});

describe('officials: surnames find them', () => {
  const bySurname = (s: string, date: string): string[] =>
    kb.bySurname(nameKey(s)).filter((p) => roleAt(p, date)).map((p) => p.name);

  it.each([
    ['Zakharova', '2021-05-01', 'Maria Zakharova'],
    ['Peskov', '2021-05-01', 'Dmitry Peskov'],
    ['Ryabkov', '2021-05-01', 'Sergei Ryabkov'],
    ['Gerasimov', '2023-01-15', 'Valery Gerasimov'],
    ['Mayorkas', '2023-01-15', 'Alejandro Mayorkas'],
    ['Hua', '2019-01-15', 'Hua Chunying'],
    ['Lai', '2025-01-15', 'Lai Ching-te'],
    ['Doval', '2024-12-18', 'Ajit Doval'],
  ])('"%s said" on %s: %s', (s, date, who) => {
    expect(bySurname(s, date)).toEqual([who]);
  });

  it('a Western-order alias of a family-first name answers to the family name, not the given name', () => {
    expect(personSurnameKeys(['Lai Ching-te', 'William Lai'], true)).toEqual([nameKey('Lai'), nameKey('Lai')]);
    expect(personSurnameKeys(['Hsiao Bi-khim', 'Bi-khim Hsiao'], true)).toEqual([nameKey('Hsiao'), nameKey('Hsiao')]);
    expect(personSurnameKeys(['Frank Hsieh', 'Hsieh Chang-ting'], true)).toEqual([nameKey('Hsieh'), nameKey('Hsieh')]);
    // Korean transliterations that differ keep their first word.
    expect(personSurnameKeys(['Choe Ryong-hae', 'Choi Ryong-hae'], true)).toEqual([nameKey('Choe'), nameKey('Choi')]);
    expect(kb.bySurname(nameKey('William')).map((p) => p.name)).not.toContain('Lai Ching-te');
  });
});
