/**
 * Spot checks: a hundred well-known facts against what the people files say. Each is "who held
 * this office on this day"; names compare by name key, against the KB name and its aliases.
 */
import { describe, expect, it } from 'vitest';
import { loadKb, nameKey, type OfficeKind } from '../../src/kb/index.js';

type Fact = [date: string, country: string, kind: OfficeKind, who: string];

const FACTS: Fact[] = [
  ['2010-01-01', 'DEU', 'HOG', 'Angela Merkel'], ['2018-06-14', 'KOR', 'HOS', 'Moon Jae-in'], ['2023-06-01', 'KOR', 'HOS', 'Yoon Suk-yeol'],
  ['2018-06-14', 'USA', 'HOS', 'Donald Trump'], ['2010-01-01', 'USA', 'HOS', 'Barack Obama'], ['2003-03-20', 'USA', 'HOS', 'George W. Bush'],
  ['1995-01-01', 'USA', 'HOS', 'Bill Clinton'], ['2022-01-01', 'USA', 'HOG', 'Joe Biden'], ['2025-06-01', 'USA', 'HOS', 'Donald Trump'],
  ['2010-01-01', 'RUS', 'HOS', 'Dmitry Medvedev'], ['2010-01-01', 'RUS', 'HOG', 'Vladimir Putin'], ['1995-01-01', 'RUS', 'HOS', 'Boris Yeltsin'],
  ['2018-06-14', 'RUS', 'HOS', 'Vladimir Putin'], ['2021-01-01', 'RUS', 'HOG', 'Mikhail Mishustin'], ['2000-01-01', 'GBR', 'HOG', 'Tony Blair'],
  ['2008-01-01', 'GBR', 'HOG', 'Gordon Brown'], ['2012-01-01', 'GBR', 'HOG', 'David Cameron'], ['2019-01-01', 'GBR', 'HOG', 'Theresa May'],
  ['2021-01-01', 'GBR', 'HOG', 'Boris Johnson'], ['2024-01-01', 'GBR', 'HOG', 'Rishi Sunak'], ['2025-01-01', 'GBR', 'HOG', 'Keir Starmer'],
  ['2020-01-01', 'GBR', 'HOS', 'Elizabeth II'], ['2023-06-01', 'GBR', 'HOS', 'Charles III'], ['1995-01-01', 'GBR', 'HOG', 'John Major'],
  ['1990-01-01', 'GBR', 'HOG', 'Margaret Thatcher'], ['2000-01-01', 'FRA', 'HOS', 'Jacques Chirac'], ['2010-01-01', 'FRA', 'HOS', 'Nicolas Sarkozy'],
  ['2015-01-01', 'FRA', 'HOS', 'François Hollande'], ['2020-01-01', 'FRA', 'HOS', 'Emmanuel Macron'], ['1990-01-01', 'FRA', 'HOS', 'François Mitterrand'],
  ['1995-01-01', 'DEU', 'HOG', 'Helmut Kohl'], ['2000-01-01', 'DEU', 'HOG', 'Gerhard Schröder'], ['2023-01-01', 'DEU', 'HOG', 'Olaf Scholz'],
  ['2020-01-01', 'DEU', 'HOS', 'Frank-Walter Steinmeier'], ['2015-01-01', 'CHN', 'HOS', 'Xi Jinping'], ['2005-01-01', 'CHN', 'HOS', 'Hu Jintao'],
  ['2000-01-01', 'CHN', 'HOS', 'Jiang Zemin'], ['2015-01-01', 'CHN', 'HOG', 'Li Keqiang'], ['2005-01-01', 'CHN', 'HOG', 'Wen Jiabao'],
  ['2024-01-01', 'CHN', 'HOG', 'Li Qiang'], ['2015-01-01', 'JPN', 'HOG', 'Shinzo Abe'], ['2021-01-01', 'JPN', 'HOG', 'Yoshihide Suga'],
  ['2010-01-01', 'JPN', 'HOG', 'Yukio Hatoyama'], ['2002-01-01', 'JPN', 'HOG', 'Junichiro Koizumi'], ['2020-01-01', 'JPN', 'HOS', 'Naruhito'],
  ['2010-01-01', 'JPN', 'HOS', 'Akihito'], ['2015-01-01', 'IND', 'HOG', 'Narendra Modi'], ['2010-01-01', 'IND', 'HOG', 'Manmohan Singh'],
  ['2000-01-01', 'IND', 'HOG', 'Atal Bihari Vajpayee'], ['2010-01-01', 'ITA', 'HOG', 'Silvio Berlusconi'], ['2023-01-01', 'ITA', 'HOG', 'Giorgia Meloni'],
  ['2021-06-01', 'ITA', 'HOG', 'Mario Draghi'], ['2010-01-01', 'CAN', 'HOG', 'Stephen Harper'], ['2020-01-01', 'CAN', 'HOG', 'Justin Trudeau'],
  ['2010-01-01', 'AUS', 'HOG', 'Kevin Rudd'], ['2023-01-01', 'AUS', 'HOG', 'Anthony Albanese'], ['2005-01-01', 'BRA', 'HOS', 'Luiz Inácio Lula da Silva'],
  ['2020-01-01', 'BRA', 'HOS', 'Jair Bolsonaro'], ['2013-01-01', 'BRA', 'HOS', 'Dilma Rousseff'], ['2000-01-01', 'ZAF', 'HOS', 'Thabo Mbeki'],
  ['1995-01-01', 'ZAF', 'HOS', 'Nelson Mandela'], ['2020-01-01', 'ZAF', 'HOS', 'Cyril Ramaphosa'], ['2015-01-01', 'ZAF', 'HOS', 'Jacob Zuma'],
  ['2020-01-01', 'TUR', 'HOS', 'Recep Tayyip Erdoğan'], ['2010-01-01', 'TUR', 'HOG', 'Recep Tayyip Erdoğan'], ['2010-01-01', 'ISR', 'HOG', 'Benjamin Netanyahu'],
  ['2022-01-01', 'ISR', 'HOG', 'Naftali Bennett'], ['2007-01-01', 'ISR', 'HOG', 'Ehud Olmert'], ['2000-01-01', 'EGY', 'HOS', 'Hosni Mubarak'],
  ['2010-01-01', 'IRN', 'HOS', 'Ali Khamenei'], ['2020-01-01', 'MEX', 'HOS', 'Andrés Manuel López Obrador'], ['2010-01-01', 'ARG', 'HOS', 'Cristina Fernández de Kirchner'],
  ['2016-01-01', 'IDN', 'HOS', 'Joko Widodo'], ['2018-06-14', 'PRK', 'HOS', 'Kim Jong-un'], ['2000-01-01', 'PRK', 'HOS', 'Kim Jong-il'],
  ['2020-01-01', 'UKR', 'HOS', 'Volodymyr Zelenskyy'], ['2015-01-01', 'UKR', 'HOS', 'Petro Poroshenko'], ['2010-01-01', 'POL', 'HOG', 'Donald Tusk'],
  ['2010-01-01', 'ESP', 'HOG', 'José Luis Rodríguez Zapatero'], ['2020-01-01', 'ESP', 'HOG', 'Pedro Sánchez'], ['2015-01-01', 'NLD', 'HOG', 'Mark Rutte'],
  ['2010-01-01', 'VEN', 'HOS', 'Hugo Chávez'], ['2015-01-01', 'VEN', 'HOS', 'Nicolás Maduro'], ['2000-01-01', 'CUB', 'HOS', 'Fidel Castro'],
  ['2005-01-01', 'SYR', 'HOS', 'Bashar al-Assad'], ['2002-01-01', 'IRQ', 'HOS', 'Saddam Hussein'], ['2019-01-01', 'PAK', 'HOG', 'Imran Khan'],
  ['2019-01-01', 'NZL', 'HOG', 'Jacinda Ardern'], ['2010-01-01', 'SGP', 'HOG', 'Lee Hsien Loong'], ['2010-01-01', 'KOR', 'HOS', 'Lee Myung-bak'],
  ['2014-01-01', 'KOR', 'HOS', 'Park Geun-hye'], ['2010-01-01', 'SWE', 'HOG', 'Fredrik Reinfeldt'], ['2010-01-01', 'ZWE', 'HOS', 'Robert Mugabe'],
  ['2016-01-01', 'NGA', 'HOS', 'Muhammadu Buhari'], ['2016-01-01', 'KEN', 'HOS', 'Uhuru Kenyatta'], ['2017-01-01', 'PHL', 'HOS', 'Rodrigo Duterte'],
  ['2010-01-01', 'BLR', 'HOS', 'Alexander Lukashenko'], ['2010-01-01', 'KAZ', 'HOS', 'Nursultan Nazarbayev'],
  // Ministers and heads of intergovernmental bodies (kb/people/ministers.tsv, igo.tsv).
  ['2018-06-14', 'RUS', 'FM', 'Sergey Lavrov'], ['2018-06-14', 'USA', 'FM', 'Mike Pompeo'], ['2010-01-01', 'USA', 'FM', 'Hillary Clinton'],
  ['2015-01-01', 'DEU', 'FM', 'Frank-Walter Steinmeier'], ['2020-01-01', 'CHN', 'FM', 'Wang Yi'], ['2019-01-01', 'USA', 'DM', 'Patrick Shanahan'],
  ['2010-01-01', 'UNO', 'IGO', 'Ban Ki-moon'], ['2020-01-01', 'UNO', 'IGO', 'António Guterres'], ['2020-01-01', 'NAT', 'IGO', 'Jens Stoltenberg'],
  ['2020-01-01', 'IMF', 'IGO', 'Kristalina Georgieva'], ['2010-01-01', 'IAE', 'IGO', 'Yukiya Amano'], ['2020-01-01', 'WHO', 'IGO', 'Tedros Adhanom Ghebreyesus'],
];

describe('KB spot checks', () => {
  const kb = loadKb();
  it.each(FACTS)('on %s, %s %s: %s', (date, country, kind, who) => {
    const holders = kb.holdersAt(country, kind, date).map((h) => h.person);
    const names = holders.map((p) => p.name);
    const match = holders.some((p) => [p.name, ...p.aliases].some((n) => nameKey(n) === nameKey(who)));
    expect(match, `holders: ${names.join(', ') || 'none'}`).toBe(true);
  });
});
