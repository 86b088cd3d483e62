/** Places, collectives and organization words the packages lack or spell otherwise. */

/** Country and region names as news writes them, beside the ISO names from i18n-iso-countries. */
export const PLACE_EXTRA = [
  'North Korea', 'South Korea', 'Russia', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales',
  'Northern Ireland', 'United States', 'United States of America', 'America', 'USA', 'U.S.', 'U.K.',
  'UK', 'Iran', 'Syria', 'Laos', 'Vietnam', 'Taiwan', 'Palestine', 'Gaza', 'West Bank', 'Kosovo',
  'Bolivia', 'Venezuela', 'Tanzania', 'Moldova', 'Macedonia', 'Czech Republic', 'Ivory Coast',
  'Congo', 'Burma', 'Holland', 'Korean Peninsula', 'Middle East', 'Europe', 'Asia', 'Africa',
  'Latin America', 'South America', 'North America', 'Central America', 'Caribbean', 'Balkans',
  'Caucasus', 'Crimea', 'Donbas', 'Chechnya', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan',
  'Siberia', 'Scandinavia', 'Antarctica', 'Arctic', 'Pacific', 'Atlantic', 'Mediterranean',
  'Persian Gulf', 'Gulf', 'Sahel', 'Horn of Africa', 'Southeast Asia', 'East Asia', 'Central Asia',
  'Soviet Union', 'USSR', 'Yugoslavia', 'Zaire', 'East Germany', 'West Germany',
];

/** Demonyms and collectives beyond i18n-nationality (peoples, blocs, adjectival forms). */
export const DEMONYM_EXTRA = [
  'American', 'Americans', 'British', 'Briton', 'Britons', 'English', 'Scottish', 'Scots', 'Welsh',
  'Irish', 'Dutch', 'French', 'Russian', 'Russians', 'Soviet', 'Chinese', 'Japanese', 'Korean',
  'Koreans', 'North Korean', 'North Koreans', 'South Korean', 'South Koreans', 'Iranian', 'Iranians',
  'Iraqi', 'Iraqis', 'Israeli', 'Israelis', 'Palestinian', 'Palestinians', 'Kurd', 'Kurds', 'Kurdish',
  'Arab', 'Arabs', 'Arabic', 'Persian', 'Pashtun', 'Tajik', 'Uzbek', 'Uighur', 'Uighurs', 'Uyghur',
  'Uyghurs', 'Tibetan', 'Tibetans', 'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', 'Muslim',
  'Muslims', 'Christian', 'Christians', 'Jewish', 'Jews', 'Jew', 'Hindu', 'Hindus', 'Sikh', 'Sikhs',
  'Buddhist', 'Buddhists', 'Catholic', 'Catholics', 'Protestant', 'Protestants', 'Orthodox', 'Serb',
  'Serbs', 'Croat', 'Croats', 'Bosniak', 'Bosniaks', 'Albanians', 'Hutu', 'Hutus', 'Tutsi', 'Tutsis',
  'Rohingya', 'Yazidi', 'Yazidis', 'Alawite', 'Alawites', 'Druze', 'Taliban', 'European', 'Europeans',
  'Asian', 'Asians', 'African', 'Africans', 'Latin American', 'Western', 'Westerners', 'Balkan',
  'Caucasian', 'Slav', 'Slavs', 'Nordic', 'Scandinavian', 'Gulf Arab', 'Crimean', 'Chechen',
  'Chechens', 'Basque', 'Basques', 'Catalan', 'Catalans', 'Flemish', 'Walloon', 'Republican',
  'Republicans', 'Democrat', 'Democrats', 'Conservative', 'Conservatives', 'Socialist', 'Socialists',
  'Communist', 'Communists', 'Filipino', 'Filipinos', 'Thai', 'Vietnamese', 'Lao', 'Burmese',
];

/** Words that end or mark organization names. */
export const ORG_WORDS = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC',
  'AG', 'SA', 'NV', 'GmbH', 'Group', 'Holdings', 'Bank', 'Airlines', 'Airways', 'Motors', 'Party',
  'Ministry', 'Council', 'Committee', 'Commission', 'Association', 'Union', 'Agency', 'Institute',
  'University', 'College', 'Federation', 'Organisation', 'Organization', 'Fund', 'Foundation',
  'Assembly', 'Parliament', 'Congress', 'Senate', 'Court', 'Department', 'Office', 'Bureau',
  'Authority', 'Board', 'Service', 'Services', 'Army', 'Navy', 'Force', 'Forces', 'Police',
  'Front', 'Movement', 'Alliance', 'League', 'Club', 'FC', 'United', 'City', 'Rovers', 'Athletic',
  'Exchange', 'News', 'Times', 'Post', 'Journal', 'Television', 'Radio', 'Press', 'Securities',
  'Capital', 'Partners', 'Industries', 'Technologies', 'Systems', 'Communications', 'Energy', 'Oil',
  'Petroleum', 'Telecom', 'International', 'Brigade', 'Brigades', 'Battalion', 'Duma', 'Presidium',
];
