import { describe, expect, it } from 'vitest';
import { docOf, names } from './helpers.js';

describe('entities: names, types and titles', () => {
  it('keeps titles apart from names and records them', () => {
    const doc = docOf(['paragraph', 'Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok on Thursday.']);
    const putin = doc.names.find((n) => n.text === 'Vladimir Putin');
    const kim = doc.names.find((n) => n.text === 'Kim Jong-un');
    expect(putin?.type).toBe('PERSON');
    expect(putin?.title?.text).toBe('Russian President');
    expect(kim?.type).toBe('PERSON');
    expect(kim?.title?.text).toBe('North Korean leader');
    expect(names(doc)).toContainEqual(['Vladivostok', 'PLACE']);
    // The nationality inside the title is a name of its own.
    expect(names(doc)).toContainEqual(['Russian', 'GROUP']);
    expect(doc.names.some((n) => n.text.includes('President'))).toBe(false);
  });

  it('reads a long title with the organization and country inside it', () => {
    const doc = docOf(['paragraph', "The Chairman of the Standing Committee of the National People's Congress of China Li Zhanshu arrived in Hanoi on Monday for talks."]);
    const li = doc.names.find((n) => n.text === 'Li Zhanshu');
    expect(li?.type).toBe('PERSON');
    expect(li?.title?.text).toMatch(/^Chairman of the Standing Committee of the National People's Congress of China$/u);
    // The organization inside the title is a name of its own, inside the title's span.
    const title = li?.title;
    expect(doc.names.some((n) => n.type === 'ORG' && n.text.includes("National People's Congress") &&
      title !== undefined && n.start >= title.start && n.end <= title.end)).toBe(true);
  });

  it('never makes an honorific part of a name, nor a name of its own', () => {
    const doc = docOf(['paragraph', 'The minister thanked Comrade Kim Jong-un for the invitation, and Mr. Hammond said he agreed with Chairman Comrade Kim Jong-un.']);
    expect(doc.names.some((n) => /Comrade|Mr\./u.test(n.text))).toBe(false);
    expect(names(doc).filter(([t]) => t === 'Kim Jong-un')).toHaveLength(2);
    expect(names(doc)).toContainEqual(['Hammond', 'PERSON']);
  });

  it('keeps hyphenated names whole', () => {
    const doc = docOf(['paragraph', 'South Korean President Moon Jae-in and Kim Yong-nam spoke by telephone.']);
    expect(names(doc)).toContainEqual(['Moon Jae-in', 'PERSON']);
    expect(names(doc)).toContainEqual(['Kim Yong-nam', 'PERSON']);
    expect(doc.names.some((n) => n.text === 'Moon Jae' || n.text === 'Kim Yong')).toBe(false);
  });

  it('does not read "It" and "In" as country codes', () => {
    const doc = docOf(['paragraph', 'It was late when the talks ended. In the morning, delegates from Italy and India flew home.']);
    expect(doc.names.some((n) => n.text === 'It' || n.text === 'In')).toBe(false);
    expect(names(doc)).toContainEqual(['Italy', 'PLACE']);
    expect(names(doc)).toContainEqual(['India', 'PLACE']);
  });

  it('does not read the given name Vladimir as the city of Vladimir', () => {
    const doc = docOf(['paragraph', 'Vladimir Putin and Vladimir Zelensky did not meet; Putin stayed in Moscow.']);
    expect(doc.names.some((n) => n.text === 'Vladimir')).toBe(false);
    expect(names(doc)).toContainEqual(['Vladimir Putin', 'PERSON']);
  });

  it('does not make every word of a Title Case headline a name', () => {
    const doc = docOf(
      ['headline', 'Lavrov Says He Invited Wang Yi To Visit Moscow'],
      ['paragraph', 'Russian Foreign Minister Sergei Lavrov said on Tuesday he had invited Wang Yi to visit Moscow later this year.'],
    );
    const head = doc.names.filter((n) => n.end <= doc.article.parts[0]!.end).map((n) => n.text);
    expect(head).toEqual(expect.arrayContaining(['Lavrov', 'Wang Yi', 'Moscow']));
    for (const w of ['Says', 'He', 'Invited', 'To', 'Visit']) expect(head.some((h) => h.includes(w))).toBe(false);
  });

  it('types nationalities as GROUP and named events as EVENT', () => {
    const doc = docOf(['paragraph', 'Kurds and Iraqi officials met before the G20 summit, while fans arrived for the FIFA World Cup and the Eastern Economic Forum opened.']);
    expect(names(doc)).toContainEqual(['Kurds', 'GROUP']);
    expect(names(doc)).toContainEqual(['Iraqi', 'GROUP']);
    expect(names(doc)).toContainEqual(['G20 summit', 'EVENT']);
    expect(names(doc)).toContainEqual(['FIFA World Cup', 'EVENT']);
    expect(names(doc)).toContainEqual(['Eastern Economic Forum', 'EVENT']);
  });

  it('splits two names joined by a hyphen only when both name people of the article', () => {
    const doc = docOf(
      ['subheading', 'Trump-Kim talks'],
      ['paragraph', 'US President Donald Trump met North Korean leader Kim Jong-un in Singapore. Trump said the Franco-Prussian comparison was wrong.'],
    );
    expect(names(doc)).toContainEqual(['Trump', 'PERSON']);
    expect(names(doc)).toContainEqual(['Kim', 'PERSON']);
    expect(doc.names.some((n) => n.text === 'Franco' || n.text === 'Prussian')).toBe(false);
  });

  it('splits country names joined by a hyphen, and reads an event head before its tail', () => {
    const doc = docOf(['paragraph', 'Russia-China trade grew, officials told the Belt and Road Forum for International Cooperation in Beijing.']);
    expect(names(doc)).toContainEqual(['Russia', 'PLACE']);
    expect(names(doc)).toContainEqual(['China', 'PLACE']);
    expect(doc.names.some((n) => n.text === 'Russia-China')).toBe(false);
    expect(names(doc)).toContainEqual(['Belt and Road Forum for International Cooperation', 'EVENT']);
    const based = docOf(['paragraph', 'The Luxembourg-based court and the Saudi-led coalition disagreed with a well-known analyst.']);
    expect(names(based)).toContainEqual(['Luxembourg', 'PLACE']);
    expect(based.names.some((n) => n.text.includes('-'))).toBe(false);
  });

  it('gives a title only when a title noun stands next to the name', () => {
    const doc = docOf(['paragraph', 'A former adviser for U.S. President Donald Trump, Paul Manafort, was sentenced. Former Trump aide Rick Gates testified.']);
    expect(doc.names.find((n) => n.text === 'Donald Trump')?.title?.text).toBe('U.S. President');
    const lone = doc.names.filter((n) => n.text === 'Trump');
    expect(lone.length).toBeGreaterThan(0);
    for (const t of lone) expect(t.title).toBeUndefined();
  });

  it('splits a place and its region, and drops currency signs', () => {
    const doc = docOf(['paragraph', 'The truck was bound for Albuquerque, New Mexico, with cargo worth US$ 2 million.']);
    expect(names(doc)).toContainEqual(['Albuquerque', 'PLACE']);
    expect(names(doc)).toContainEqual(['New Mexico', 'PLACE']);
    expect(doc.names.some((n) => n.text.includes('$'))).toBe(false);
  });

  it('a time zone after a clock time is part of the time, not a name', () => {
    const doc = docOf(['paragraph', 'The truce takes effect at 9 p.m. local time (1900 GMT) in Gaza, and polls open at 7 a.m. EST in Ohio.']);
    expect(doc.names.map((n) => n.text)).not.toContain('GMT');
    expect(doc.names.map((n) => n.text)).not.toContain('EST');
    expect(names(doc)).toContainEqual(['Gaza', 'PLACE']);
  });

  it('keeps a name type through the article without turning common words into names', () => {
    const doc = docOf(['paragraph', 'Prime Minister Theresa May spoke in London. Talks with May resume in May, aides said. Officials said Blackburn, the envoy, arrived; Peter Blackburn declined to comment.']);
    const mays = doc.names.filter((n) => n.text === 'May');
    expect(mays.every((n) => n.type === 'PERSON')).toBe(true);
    const month = doc.article.text.lastIndexOf('May,');
    expect(doc.names.some((n) => n.start === month)).toBe(false);
    expect(doc.names.filter((n) => n.text.includes('Blackburn')).every((n) => n.type === 'PERSON')).toBe(true);
  });

  it('reads agencies, feasts, organizations inside organizations, and titles the tagger took for names', () => {
    const doc = docOf(['paragraph', 'TOKYO, May 2 Kyodo - Prime Minister Taro Aso met Wang Yi, a member of the Political Bureau of the Communist Party of China Central Committee, before Ramadan. Indian National Security Advisor Ajit Doval joined them.']);
    expect(names(doc)).toContainEqual(['Kyodo', 'ORG']);
    expect(doc.names.find((n) => n.text === 'Taro Aso')?.title?.text).toBe('Prime Minister');
    expect(names(doc)).toContainEqual(['Communist Party of China Central Committee', 'ORG']);
    expect(names(doc)).toContainEqual(['Ramadan', 'EVENT']);
    expect(doc.names.find((n) => n.text === 'Ajit Doval')?.title?.text).toBe('Indian National Security Advisor');
    expect(doc.names.some((n) => n.type === 'ORG' && n.text.includes('National Security'))).toBe(false);
    expect(names(doc)).toContainEqual(['Indian', 'GROUP']);
  });

  it('every name and title span round-trips, and the same input gives the same output', () => {
    const text = ['headline', 'Merkel Meets Macron In Berlin'] as const;
    const body = ['paragraph', 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday, the Elysee said. Macron later flew to Brussels for a European Union meeting.'] as const;
    const a = docOf([...text], [...body]);
    const b = docOf([...text], [...body]);
    expect(a.names).toEqual(b.names);
    expect(a.names.length).toBeGreaterThan(4);
    for (const n of a.names) {
      expect(a.article.text.slice(n.start, n.end)).toBe(n.text);
      if (n.title) {
        expect(a.article.text.slice(n.title.start, n.title.end)).toBe(n.title.text);
        expect(n.title.end).toBeLessThanOrEqual(n.start);
      }
    }
  });
});
