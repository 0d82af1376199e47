/** Display forms of a client address: the list label and the multi-line postal rendering. */

/** ISO 3166-1 alpha-2 codes the house ships to most; other codes render as the code itself. */
const COUNTRY_NAMES: Record<string, string> = {
  US: "United States", CA: "Canada", MX: "Mexico", GB: "United Kingdom", IE: "Ireland", FR: "France", DE: "Germany",
  IT: "Italy", ES: "Spain", PT: "Portugal", NL: "Netherlands", BE: "Belgium", LU: "Luxembourg", CH: "Switzerland",
  AT: "Austria", DK: "Denmark", SE: "Sweden", NO: "Norway", FI: "Finland", IS: "Iceland", PL: "Poland",
  CZ: "Czech Republic", HU: "Hungary", GR: "Greece", IL: "Israel", TR: "Turkey", RU: "Russia", UA: "Ukraine",
  AU: "Australia", NZ: "New Zealand", JP: "Japan", CN: "China", HK: "Hong Kong", SG: "Singapore", IN: "India",
  KR: "South Korea", BR: "Brazil", AR: "Argentina", CL: "Chile", ZA: "South Africa", AE: "United Arab Emirates",
};

export const countryName = (code: string) => COUNTRY_NAMES[code.toUpperCase()] ?? code;

type Parts = {
  country: string; administrativeArea: string; locality: string; postalCode: string; thoroughfare: string; premise: string;
  firstName: string; lastName: string; isDefault: boolean;
};

export const nameLine = (a: { firstName: string; lastName: string }) => [a.firstName, a.lastName].filter(Boolean).join(" ");

/** "Default address - US - 10001" (other addresses: "Address - US - 10001"); empty parts are left out. */
export function addressLabel(a: Parts): string {
  return [a.isDefault ? "Default address" : "Address", a.country, a.postalCode].filter(Boolean).join(" - ");
}

/** "John Doe\n123 Main St\nApt 4B\nNew York, NY 10001\nUnited States": the lines a label printer would print. */
export function renderAddress(a: Parts): string {
  const cityLine = [a.locality, [a.administrativeArea, a.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return [nameLine(a), a.thoroughfare, a.premise, cityLine, a.country ? countryName(a.country) : ""].filter(Boolean).join("\n");
}
