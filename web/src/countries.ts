/** Country names for ISO alpha-3 codes (English names from i18n-iso-countries, bundled). */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

export function countryName(alpha3: string): string | undefined {
  return countries.getName(alpha3, 'en', { select: 'alias' }) ?? undefined;
}
