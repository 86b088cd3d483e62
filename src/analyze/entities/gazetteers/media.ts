/** News agencies and broadcasters: organizations even where a dateline makes them look like places. */
export const AGENCIES = [
  'Reuters', 'AFP', 'AP', 'Associated Press', 'Agence France-Presse', 'TASS', 'ITAR-TASS', 'RIA Novosti',
  'RIA', 'Interfax', 'Sputnik', 'Xinhua', 'China News Service', 'Kyodo', 'Kyodo News', 'Jiji', 'Jiji Press',
  'NHK', 'Yonhap', 'KCNA', 'IRNA', 'ISNA', 'Fars', 'Tasnim', 'Anadolu', 'Anadolu Agency', 'ANSA', 'EFE',
  'DPA', 'PTI', 'Press Trust of India', 'ANI', 'Bernama', 'Antara', 'MENA', 'SPA', 'WAM', 'QNA', 'KUNA',
  'Petra', 'BelTA', 'UNIAN', 'Ukrinform', 'CNA', 'Central News Agency', 'BBC', 'CNN', 'Al Jazeera',
  'Bloomberg', 'Dow Jones', 'Xinhua News Agency', 'Vietnam News Agency', 'VNA', 'APS', 'SANA', 'Prensa Latina',
];

/** Feasts and seasons that name events ("during Ramadan"). */
export const HOLIDAYS = [
  'Ramadan', 'Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Christmas', 'Easter', 'Passover', 'Hanukkah', 'Diwali',
  'Lunar New Year', 'Chinese New Year', 'Nowruz', 'Thanksgiving', 'Yom Kippur', 'Rosh Hashanah', 'Lent',
  'Holi', 'Vesak', 'Tet', 'Chuseok', 'Hajj', 'Ashura', 'Christmas Eve', 'New Year',
];
