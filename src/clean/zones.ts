/**
 * Time zones: the home zone of agencies that stamp local time without an offset, the zone of
 * common dateline cities, and UTC offsets for a zone at a given date (DST-correct, from Intl).
 */

/** Agencies whose timestamps are in their home zone. Matched as whole words in the agency name. */
const AGENCY_ZONES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:TASS|ITAR-TASS|RIA|RIA Novosti|Interfax|Sputnik|RBC|Kommersant|Izvestia|RT)\b/iu, 'Europe/Moscow'],
  // \b is ASCII-only, so the Cyrillic names are matched as plain substrings.
  [/ТАСС|РИА|Интерфакс|Спутник/u, 'Europe/Moscow'],
  [/\b(?:Xinhua|China Daily|CGTN|Global Times|People's Daily)\b/iu, 'Asia/Shanghai'],
  [/\bYonhap\b/iu, 'Asia/Seoul'],
  [/\bKCNA\b/iu, 'Asia/Pyongyang'],
  [/\b(?:Kyodo|NHK|Jiji)\b/iu, 'Asia/Tokyo'],
  [/\bAnadolu\b/iu, 'Europe/Istanbul'],
  // Anadolu's dateline credit "(AA)": capitals only.
  [/\bAA\b/u, 'Europe/Istanbul'],
  [/\bWAM\b/u, 'Asia/Dubai'],
  [/\bKUNA\b/u, 'Asia/Kuwait'],
  [/\bQNA\b/u, 'Asia/Qatar'],
  [/\bWAFA\b/u, 'Asia/Hebron'],
  [/\bVNA\b/u, 'Asia/Ho_Chi_Minh'],
  [/\b(?:IRNA|Tasnim|Fars)\b/iu, 'Asia/Tehran'],
  [/\b(?:PTI|IANS|ANI)\b/u, 'Asia/Kolkata'],
  [/\bBelTA\b/iu, 'Europe/Minsk'],
  [/\b(?:Ukrinform|UNIAN)\b/iu, 'Europe/Kyiv'],
  [/\bANSA\b/u, 'Europe/Rome'],
  [/\bdpa\b/iu, 'Europe/Berlin'],
  [/\bEFE\b/u, 'Europe/Madrid'],
  [/\bPAP\b/u, 'Europe/Warsaw'],
  [/\bMENA\b/u, 'Africa/Cairo'],
  [/\bSANA\b/u, 'Asia/Damascus'],
  [/\bBernama\b/iu, 'Asia/Kuala_Lumpur'],
  [/\bAntara\b/iu, 'Asia/Jakarta'],
  // Sites that print their home's local time, named by their site names and credits. They also settle
  // an abbreviation several zones share ("IST" on an Indian, Israeli or Irish site).
  [/\b(?:Times of India|Hindustan Times|The Hindu|NDTV|Indian Express|India Today|Economic Times|News18|Deccan Herald|Business Standard|Livemint)\b/iu, 'Asia/Kolkata'],
  [/\b(?:Dawn|Express Tribune|Geo News|The News International|ARY News)\b/u, 'Asia/Karachi'],
  [/\b(?:Haaretz|Times of Israel|Jerusalem Post|Ynet|Ynetnews|i24NEWS|Israel Hayom)\b/iu, 'Asia/Jerusalem'],
  [/\b(?:Irish Times|Irish Independent|Irish Examiner|RTE|TheJournal\.ie)\b|\bRTÉ(?!\p{L})/u, 'Europe/Dublin'],
  [/\b(?:bdnews24|Dhaka Tribune|Prothom Alo|Daily Star Bangladesh|BSS)\b/u, 'Asia/Dhaka'],
  [/\b(?:South China Morning Post|SCMP|RTHK)\b/u, 'Asia/Hong_Kong'],
  [/\b(?:Taipei Times|Focus Taiwan)\b/iu, 'Asia/Taipei'],
  [/\b(?:Arab News|Saudi Gazette|SPA)\b/u, 'Asia/Riyadh'],
  [/\b(?:Gulf News|Khaleej Times)\b/u, 'Asia/Dubai'],
  // Broadcasters and wires that stamp their home's local time.
  [/\b(?:France 24|AFP|Agence France-Presse)\b/iu, 'Europe/Paris'],
  [/\bAl Jazeera\b/iu, 'Asia/Qatar'],
  [/\bAl Arabiya\b/iu, 'Asia/Dubai'],
  [/\bPress TV\b/iu, 'Asia/Tehran'],
  [/\bBBC\b/u, 'Europe/London'],
  [/\b(?:DW|Deutsche Welle)\b/u, 'Europe/Berlin'],
  // "New Straits Times" (Kuala Lumpur) before "Straits Times" (Singapore).
  [/\b(?:The Star Malaysia|Malay Mail|New Straits Times)\b/u, 'Asia/Kuala_Lumpur'],
  [/\b(?:Straits Times|CNA|Channel NewsAsia)\b/u, 'Asia/Singapore'],
];

/**
 * US outlets and agencies, as site names and credits print them. They file from anywhere, so they
 * have no home zone for a local time; but a zone abbreviation they print is the US one ("CST").
 */
const US_OUTLETS = /\b(?:AP|AP News|Associated Press|UPI|United Press International|Bloomberg|CNN|CNBC|NPR|PBS|Fox News|NBC News|CBS News|ABC News|New York Times|NYT|Washington Post|Wall Street Journal|WSJ|USA Today|Politico|The Hill|Axios|Voice of America|VOA|Los Angeles Times|Chicago Tribune|Newsweek|Forbes|Business Insider|RFE\/RL|Radio Free Europe|Radio Free Asia)\b/u;

export function isUsOutlet(outlet: string | undefined): boolean {
  return outlet !== undefined && US_OUTLETS.test(outlet);
}

/**
 * The region an outlet's printed zones belong to: its home zone, or US Eastern time for a US outlet
 * (evidence for a shared abbreviation, never a zone for a local time).
 */
export function outletRegion(outlet: string | undefined): string | undefined {
  return agencyZone(outlet) ?? (isUsOutlet(outlet) ? 'America/New_York' : undefined);
}

/** Country domains of a site's address ("example.co.in", "example.ie") and the zone they point to. */
const DOMAIN_ZONES: Readonly<Record<string, string>> = {
  in: 'Asia/Kolkata', il: 'Asia/Jerusalem', ie: 'Europe/Dublin', pk: 'Asia/Karachi', bd: 'Asia/Dhaka', cn: 'Asia/Shanghai',
  hk: 'Asia/Hong_Kong', tw: 'Asia/Taipei', sa: 'Asia/Riyadh', my: 'Asia/Kuala_Lumpur', uk: 'Europe/London', ru: 'Europe/Moscow',
  jp: 'Asia/Tokyo', kr: 'Asia/Seoul', ae: 'Asia/Dubai', qa: 'Asia/Qatar', ke: 'Africa/Nairobi', tr: 'Europe/Istanbul',
};

/** The zone a page's country domain points to ("https://news.example.co.in/…" -> Asia/Kolkata). */
export function urlZone(url: string | undefined): string | undefined {
  const host = url ? /^[a-z]+:\/\/([^/:?#]+)/iu.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host) return undefined;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return Object.hasOwn(DOMAIN_ZONES, tld) ? DOMAIN_ZONES[tld] : undefined;
}

/** Dateline cities (title case) -> zone, for wire services (AP, Reuters, AFP) that file from anywhere. */
const CITY_ZONES: Readonly<Record<string, string>> = {
  Moscow: 'Europe/Moscow', Москва: 'Europe/Moscow', 'St. Petersburg': 'Europe/Moscow', Vladivostok: 'Asia/Vladivostok',
  Washington: 'America/New_York', 'New York': 'America/New_York', 'United Nations': 'America/New_York',
  Boston: 'America/New_York', Miami: 'America/New_York', Atlanta: 'America/New_York', Chicago: 'America/Chicago',
  Houston: 'America/Chicago', Dallas: 'America/Chicago', Denver: 'America/Denver', 'Los Angeles': 'America/Los_Angeles',
  'San Francisco': 'America/Los_Angeles', Seattle: 'America/Los_Angeles', Ottawa: 'America/Toronto', Toronto: 'America/Toronto',
  'Mexico City': 'America/Mexico_City', Havana: 'America/Havana', Caracas: 'America/Caracas', Bogota: 'America/Bogota',
  Lima: 'America/Lima', Brasilia: 'America/Sao_Paulo', 'Sao Paulo': 'America/Sao_Paulo', 'Rio de Janeiro': 'America/Sao_Paulo',
  'Buenos Aires': 'America/Argentina/Buenos_Aires', Santiago: 'America/Santiago',
  London: 'Europe/London', Dublin: 'Europe/Dublin', Paris: 'Europe/Paris', Brussels: 'Europe/Brussels',
  Berlin: 'Europe/Berlin', Bonn: 'Europe/Berlin', Frankfurt: 'Europe/Berlin', Geneva: 'Europe/Zurich', Zurich: 'Europe/Zurich',
  Vienna: 'Europe/Vienna', Rome: 'Europe/Rome', 'Vatican City': 'Europe/Rome', Madrid: 'Europe/Madrid', Lisbon: 'Europe/Lisbon',
  Amsterdam: 'Europe/Amsterdam', 'The Hague': 'Europe/Amsterdam', Stockholm: 'Europe/Stockholm', Oslo: 'Europe/Oslo',
  Copenhagen: 'Europe/Copenhagen', Helsinki: 'Europe/Helsinki', Warsaw: 'Europe/Warsaw', Prague: 'Europe/Prague',
  Budapest: 'Europe/Budapest', Bucharest: 'Europe/Bucharest', Sofia: 'Europe/Sofia', Athens: 'Europe/Athens',
  Belgrade: 'Europe/Belgrade', Kyiv: 'Europe/Kyiv', Kiev: 'Europe/Kyiv', Minsk: 'Europe/Minsk', Vilnius: 'Europe/Vilnius',
  Riga: 'Europe/Riga', Tallinn: 'Europe/Tallinn', Ankara: 'Europe/Istanbul', Istanbul: 'Europe/Istanbul',
  Tbilisi: 'Asia/Tbilisi', Yerevan: 'Asia/Yerevan', Baku: 'Asia/Baku', Jerusalem: 'Asia/Jerusalem', 'Tel Aviv': 'Asia/Jerusalem',
  Gaza: 'Asia/Gaza', Ramallah: 'Asia/Hebron', Beirut: 'Asia/Beirut', Damascus: 'Asia/Damascus', Amman: 'Asia/Amman',
  Baghdad: 'Asia/Baghdad', Tehran: 'Asia/Tehran', Riyadh: 'Asia/Riyadh', Doha: 'Asia/Qatar', Dubai: 'Asia/Dubai',
  'Abu Dhabi': 'Asia/Dubai', Cairo: 'Africa/Cairo', Tripoli: 'Africa/Tripoli', Tunis: 'Africa/Tunis', Algiers: 'Africa/Algiers',
  Rabat: 'Africa/Casablanca', Khartoum: 'Africa/Khartoum', 'Addis Ababa': 'Africa/Addis_Ababa', Nairobi: 'Africa/Nairobi',
  Lagos: 'Africa/Lagos', Abuja: 'Africa/Lagos', Johannesburg: 'Africa/Johannesburg', Pretoria: 'Africa/Johannesburg',
  Kabul: 'Asia/Kabul', Islamabad: 'Asia/Karachi', Karachi: 'Asia/Karachi', 'New Delhi': 'Asia/Kolkata', Mumbai: 'Asia/Kolkata',
  Dhaka: 'Asia/Dhaka', Colombo: 'Asia/Colombo', Kathmandu: 'Asia/Kathmandu', Beijing: 'Asia/Shanghai', Shanghai: 'Asia/Shanghai',
  'Hong Kong': 'Asia/Hong_Kong', Taipei: 'Asia/Taipei', Seoul: 'Asia/Seoul', Pyongyang: 'Asia/Pyongyang', Tokyo: 'Asia/Tokyo',
  Manila: 'Asia/Manila', Hanoi: 'Asia/Bangkok', Bangkok: 'Asia/Bangkok', 'Kuala Lumpur': 'Asia/Kuala_Lumpur',
  Singapore: 'Asia/Singapore', Jakarta: 'Asia/Jakarta', Canberra: 'Australia/Sydney', Sydney: 'Australia/Sydney',
  Wellington: 'Pacific/Auckland', Astana: 'Asia/Almaty', Tashkent: 'Asia/Tashkent',
  'Frankfurt/Main': 'Europe/Berlin', Hamburg: 'Europe/Berlin', Munich: 'Europe/Berlin', Milan: 'Europe/Rome',
  Izmir: 'Europe/Istanbul', Lviv: 'Europe/Kyiv', Odesa: 'Europe/Kyiv', Kharkiv: 'Europe/Kyiv', 'Gaza City': 'Asia/Gaza',
  Erbil: 'Asia/Baghdad', Aleppo: 'Asia/Damascus', Sanaa: 'Asia/Aden', Aden: 'Asia/Aden', Muscat: 'Asia/Muscat',
  'Kuwait City': 'Asia/Kuwait', Manama: 'Asia/Bahrain', 'Ho Chi Minh City': 'Asia/Ho_Chi_Minh', Osaka: 'Asia/Tokyo',
  Busan: 'Asia/Seoul', Kolkata: 'Asia/Kolkata', Chennai: 'Asia/Kolkata', Bengaluru: 'Asia/Kolkata', Lahore: 'Asia/Karachi',
  // More capitals and cities that datelines often name.
  Quito: 'America/Guayaquil', 'La Paz': 'America/La_Paz', Montevideo: 'America/Montevideo', Asuncion: 'America/Asuncion',
  Managua: 'America/Managua', 'San Jose': 'America/Costa_Rica', 'Panama City': 'America/Panama', 'Guatemala City': 'America/Guatemala',
  Tegucigalpa: 'America/Tegucigalpa', 'San Salvador': 'America/El_Salvador', 'Santo Domingo': 'America/Santo_Domingo',
  'Port-au-Prince': 'America/Port-au-Prince', Kingston: 'America/Jamaica', 'San Juan': 'America/Puerto_Rico',
  Montreal: 'America/Toronto', Vancouver: 'America/Vancouver', Phoenix: 'America/Phoenix', Philadelphia: 'America/New_York',
  Detroit: 'America/Detroit', 'New Orleans': 'America/Chicago', 'Las Vegas': 'America/Los_Angeles', 'Palm Beach': 'America/New_York',
  Anchorage: 'America/Anchorage', Honolulu: 'Pacific/Honolulu', Guadalajara: 'America/Mexico_City', Monterrey: 'America/Monterrey',
  Tijuana: 'America/Tijuana', Medellin: 'America/Bogota',
  Edinburgh: 'Europe/London', Belfast: 'Europe/London', Manchester: 'Europe/London', Strasbourg: 'Europe/Paris', Marseille: 'Europe/Paris',
  Lyon: 'Europe/Paris', Luxembourg: 'Europe/Luxembourg', Monaco: 'Europe/Monaco', Barcelona: 'Europe/Madrid',
  Porto: 'Europe/Lisbon', Naples: 'Europe/Rome', Turin: 'Europe/Rome', Florence: 'Europe/Rome', Venice: 'Europe/Rome',
  Davos: 'Europe/Zurich', Bern: 'Europe/Zurich', Lausanne: 'Europe/Zurich', Salzburg: 'Europe/Vienna', Cologne: 'Europe/Berlin',
  Dresden: 'Europe/Berlin', Leipzig: 'Europe/Berlin', Stuttgart: 'Europe/Berlin', 'Düsseldorf': 'Europe/Berlin', Rotterdam: 'Europe/Amsterdam',
  Antwerp: 'Europe/Brussels', Gdansk: 'Europe/Warsaw', Krakow: 'Europe/Warsaw', Bratislava: 'Europe/Bratislava', Ljubljana: 'Europe/Ljubljana',
  Zagreb: 'Europe/Zagreb', Sarajevo: 'Europe/Sarajevo', Podgorica: 'Europe/Podgorica', Skopje: 'Europe/Skopje', Tirana: 'Europe/Tirane',
  Pristina: 'Europe/Belgrade', Chisinau: 'Europe/Chisinau', Nicosia: 'Asia/Nicosia', Valletta: 'Europe/Malta', Reykjavik: 'Atlantic/Reykjavik',
  Thessaloniki: 'Europe/Athens', Dnipro: 'Europe/Kyiv', Donetsk: 'Europe/Kyiv', Mariupol: 'Europe/Kyiv', Kherson: 'Europe/Kyiv',
  Zaporizhzhia: 'Europe/Kyiv', Luhansk: 'Europe/Kyiv', Sevastopol: 'Europe/Simferopol', Simferopol: 'Europe/Simferopol',
  Sochi: 'Europe/Moscow', Kazan: 'Europe/Moscow', Kaliningrad: 'Europe/Kaliningrad', Yekaterinburg: 'Asia/Yekaterinburg',
  Novosibirsk: 'Asia/Novosibirsk', Murmansk: 'Europe/Moscow', Belgorod: 'Europe/Moscow', Kursk: 'Europe/Moscow', Rostov: 'Europe/Moscow',
  'Rostov-on-Don': 'Europe/Moscow', Grozny: 'Europe/Moscow', Antalya: 'Europe/Istanbul', Diyarbakir: 'Europe/Istanbul',
  Bishkek: 'Asia/Bishkek', Dushanbe: 'Asia/Dushanbe', Ashgabat: 'Asia/Ashgabat', Almaty: 'Asia/Almaty', Ulaanbaatar: 'Asia/Ulaanbaatar',
  Mosul: 'Asia/Baghdad', Basra: 'Asia/Baghdad', Kirkuk: 'Asia/Baghdad', Homs: 'Asia/Damascus', Idlib: 'Asia/Damascus',
  Rafah: 'Asia/Gaza', 'Khan Younis': 'Asia/Gaza', Jenin: 'Asia/Hebron', Nablus: 'Asia/Hebron', Hebron: 'Asia/Hebron', Haifa: 'Asia/Jerusalem',
  Jeddah: 'Asia/Riyadh', Mecca: 'Asia/Riyadh', Medina: 'Asia/Riyadh', Hodeidah: 'Asia/Aden', Isfahan: 'Asia/Tehran', Mashhad: 'Asia/Tehran',
  Kandahar: 'Asia/Kabul', Herat: 'Asia/Kabul', Peshawar: 'Asia/Karachi', Quetta: 'Asia/Karachi', Rawalpindi: 'Asia/Karachi',
  Srinagar: 'Asia/Kolkata', Hyderabad: 'Asia/Kolkata', Ahmedabad: 'Asia/Kolkata', Lucknow: 'Asia/Kolkata', Patna: 'Asia/Kolkata',
  Jaipur: 'Asia/Kolkata', Thiruvananthapuram: 'Asia/Kolkata', Kochi: 'Asia/Kolkata', Guwahati: 'Asia/Kolkata', Bhopal: 'Asia/Kolkata',
  Chandigarh: 'Asia/Kolkata', Pune: 'Asia/Kolkata', Bangalore: 'Asia/Kolkata', Calcutta: 'Asia/Kolkata', Bombay: 'Asia/Kolkata',
  Chittagong: 'Asia/Dhaka', 'Malé': 'Indian/Maldives', Thimphu: 'Asia/Thimphu', Yangon: 'Asia/Yangon', Naypyitaw: 'Asia/Yangon',
  Mandalay: 'Asia/Yangon', 'Phnom Penh': 'Asia/Phnom_Penh', Vientiane: 'Asia/Vientiane', 'Da Nang': 'Asia/Ho_Chi_Minh',
  'Bandar Seri Begawan': 'Asia/Brunei', Putrajaya: 'Asia/Kuala_Lumpur', Penang: 'Asia/Kuala_Lumpur', Surabaya: 'Asia/Jakarta',
  Denpasar: 'Asia/Makassar', Bali: 'Asia/Makassar', Dili: 'Asia/Dili', Cebu: 'Asia/Manila', Davao: 'Asia/Manila',
  Guangzhou: 'Asia/Shanghai', Shenzhen: 'Asia/Shanghai', Wuhan: 'Asia/Shanghai', Chengdu: 'Asia/Shanghai', Chongqing: 'Asia/Shanghai',
  Tianjin: 'Asia/Shanghai', Nanjing: 'Asia/Shanghai', Hangzhou: 'Asia/Shanghai', Xiamen: 'Asia/Shanghai', Lhasa: 'Asia/Shanghai',
  Urumqi: 'Asia/Urumqi', Macau: 'Asia/Macau', Macao: 'Asia/Macau', Kaohsiung: 'Asia/Taipei', Incheon: 'Asia/Seoul',
  Panmunjom: 'Asia/Seoul', Hiroshima: 'Asia/Tokyo', Nagasaki: 'Asia/Tokyo', Kyoto: 'Asia/Tokyo', Yokohama: 'Asia/Tokyo',
  Nagoya: 'Asia/Tokyo', Sapporo: 'Asia/Tokyo', Fukuoka: 'Asia/Tokyo', Naha: 'Asia/Tokyo', Fukushima: 'Asia/Tokyo',
  Melbourne: 'Australia/Melbourne', Brisbane: 'Australia/Brisbane', Perth: 'Australia/Perth', Adelaide: 'Australia/Adelaide',
  Auckland: 'Pacific/Auckland', 'Port Moresby': 'Pacific/Port_Moresby', Suva: 'Pacific/Fiji',
  Kinshasa: 'Africa/Kinshasa', Goma: 'Africa/Lubumbashi', Brazzaville: 'Africa/Brazzaville', Luanda: 'Africa/Luanda',
  Kigali: 'Africa/Kigali', Kampala: 'Africa/Kampala', Bujumbura: 'Africa/Bujumbura', 'Dar es Salaam': 'Africa/Dar_es_Salaam',
  Dodoma: 'Africa/Dar_es_Salaam', Mogadishu: 'Africa/Mogadishu', Djibouti: 'Africa/Djibouti', Asmara: 'Africa/Asmara', Juba: 'Africa/Juba',
  "N'Djamena": 'Africa/Ndjamena', Niamey: 'Africa/Niamey', Bamako: 'Africa/Bamako', Ouagadougou: 'Africa/Ouagadougou',
  Dakar: 'Africa/Dakar', Abidjan: 'Africa/Abidjan', Accra: 'Africa/Accra', 'Lomé': 'Africa/Lome', Lome: 'Africa/Lome',
  Cotonou: 'Africa/Porto-Novo', Conakry: 'Africa/Conakry', Freetown: 'Africa/Freetown', Monrovia: 'Africa/Monrovia',
  Nouakchott: 'Africa/Nouakchott', Yaounde: 'Africa/Douala', Douala: 'Africa/Douala', Libreville: 'Africa/Libreville',
  Bangui: 'Africa/Bangui', Malabo: 'Africa/Malabo', Harare: 'Africa/Harare', Lusaka: 'Africa/Lusaka', Lilongwe: 'Africa/Blantyre',
  Maputo: 'Africa/Maputo', Windhoek: 'Africa/Windhoek', Gaborone: 'Africa/Gaborone', Antananarivo: 'Indian/Antananarivo',
  'Cape Town': 'Africa/Johannesburg', Durban: 'Africa/Johannesburg', Mombasa: 'Africa/Nairobi', Benghazi: 'Africa/Tripoli',
  Alexandria: 'Africa/Cairo', 'Sharm el-Sheikh': 'Africa/Cairo', Casablanca: 'Africa/Casablanca', Kano: 'Africa/Lagos',
  Maiduguri: 'Africa/Lagos', 'Port Sudan': 'Africa/Khartoum', 'El Fasher': 'Africa/Khartoum', Mekelle: 'Africa/Addis_Ababa',
};

export function agencyZone(agency: string | undefined): string | undefined {
  if (!agency) return undefined;
  for (const [re, zone] of AGENCY_ZONES) if (re.test(agency)) return zone;
  return undefined;
}

export function cityZone(place: string | undefined): string | undefined {
  return place ? CITY_ZONES[place] : undefined;
}

/** Every zone the tables name (tests check each is known to Intl). */
export function knownZones(): string[] {
  return [...new Set([...AGENCY_ZONES.map(([, z]) => z), ...Object.values(CITY_ZONES)])];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's UTC offset in minutes at the instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  const parts = formatterFor(zone).formatToParts(new Date(utcMs));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60000);
}

export interface LocalTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/**
 * The offset (minutes) a zone applies to a local wall time. Two rounds settle DST edges: the offset
 * at the first guess may differ from the offset at the corrected instant.
 */
export function offsetForLocal(zone: string, t: LocalTime): number {
  const wall = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s);
  const first = offsetAt(zone, wall);
  const second = offsetAt(zone, wall - first * 60000);
  return second;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** `2018-06-14T16:10:00+03:00` (`Z` for a zero offset). */
export function formatIso(t: LocalTime, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const off = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(t.y, 4)}-${pad(t.mo)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}${off}`;
}
