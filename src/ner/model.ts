/**
 * The model file: a gzip of a JSON header (what trained it, with which data; word clusters;
 * gazetteer lists) followed by the two passes' weights, stored sparsely as 16-bit integers (and
 * kept in memory as 16-bit integers: see Weights in decode.ts).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Weights } from './decode.js';
import type { GazList } from './gazetteer.js';
import { N_TAGS, TYPES } from './tags.js';

export const MODEL_FORMAT = 'dateline-ner/1';

export interface ModelMeta {
  command: string;
  data: string[];
  seed: number;
  epochs: number;
  notes?: string;
  [k: string]: unknown;
}

export interface NerModelData {
  meta: ModelMeta;
  bits: number;
  pass1: Weights;
  pass2: Weights;
  /** Word → bit path of its distributional cluster (computed at training time from raw text). */
  clusters: Map<string, string>;
  gazetteer: GazList[];
}

interface Header {
  format: string;
  bits: number;
  nTags: number;
  types: readonly string[];
  meta: ModelMeta;
  clusters: Record<string, string>;
  gazetteer: GazList[];
  scales: number[];
}

function encodeSparse(w: Int16Array): Buffer {
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const q = w[i]!;
    if (q === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) { gaps.push((gap & 0x7f) | 0x80); gap >>>= 7; }
    gaps.push(gap);
    values.push(q);
  }
  const head = Buffer.alloc(8);
  head.writeUInt32LE(values.length, 0);
  head.writeUInt32LE(gaps.length, 4);
  const vals = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => vals.writeInt16LE(v, i * 2));
  return Buffer.concat([head, Buffer.from(gaps), vals]);
}

/** The end of the sparse block at `at`. */
function skipSparse(buf: Buffer, at: number): number {
  return at + 8 + buf.readUInt32LE(at + 4) + buf.readUInt32LE(at) * 2;
}

/** Fill `w` (zeros) from the sparse block at `at`. */
function decodeSparse(buf: Buffer, at: number, w: Int16Array): void {
  const count = buf.readUInt32LE(at);
  const gapBytes = buf.readUInt32LE(at + 4);
  let g = at + 8;
  const v = g + gapBytes;
  let idx = -1;
  for (let k = 0; k < count; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = buf[g++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    idx += gap;
    w[idx] = buf.readInt16LE(v + 2 * k);
  }
}

export function serializeModel(m: NerModelData): Buffer {
  const blocks = [m.pass1.w, m.pass2.w].map(encodeSparse);
  const header: Header = {
    format: MODEL_FORMAT, bits: m.bits, nTags: N_TAGS, types: TYPES, meta: m.meta,
    clusters: Object.fromEntries([...m.clusters].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
    gazetteer: m.gazetteer, scales: [m.pass1.scale, m.pass2.scale],
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const trans = [m.pass1.trans, m.pass2.trans].map((t) => Buffer.from(t.buffer, t.byteOffset, t.byteLength));
  return gzipSync(Buffer.concat([len, json, ...blocks, ...trans]), { level: 9 });
}

/**
 * Where a model's weight tables live. By default each is a private Int16Array. `shared` puts them in
 * shared memory, to be handed to other threads; `weights` takes tables another thread decoded from the
 * same file (see ner/index.ts), so that analysis threads read one copy instead of one each.
 */
export interface WeightStorage {
  shared?: boolean;
  weights?: readonly Int16Array[];
}

export function deserializeModel(file: Buffer, name: string, storage: WeightStorage = {}): NerModelData {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw new Error(`${name}: not a gzip'd NER model`);
  }
  const hlen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + hlen).toString('utf8')) as Header;
  if (header.format !== MODEL_FORMAT) throw new Error(`${name}: model format ${header.format}, expected ${MODEL_FORMAT}`);
  if (header.nTags !== N_TAGS) throw new Error(`${name}: model has ${header.nTags} tags, expected ${N_TAGS}`);
  const size = (1 << header.bits) * N_TAGS;
  let at = 4 + hlen;
  const ws: Int16Array[] = [];
  for (let k = 0; k < 2; k++) {
    const given = storage.weights?.[k];
    if (given && given.length !== size) throw new Error(`${name}: shared weights hold ${given.length} values, the model ${size}`);
    const w = given ?? new Int16Array(storage.shared ? new SharedArrayBuffer(2 * size) : new ArrayBuffer(2 * size));
    if (!given) decodeSparse(raw, at, w);
    ws.push(w);
    at = skipSparse(raw, at);
  }
  const tn = (N_TAGS + 1) * (N_TAGS + 1);
  const trans: Float32Array[] = [];
  for (let k = 0; k < 2; k++) {
    const t = new Float32Array(tn);
    for (let i = 0; i < tn; i++) t[i] = raw.readFloatLE(at + 4 * i);
    trans.push(t);
    at += 4 * tn;
  }
  const pass = (k: number): Weights => ({ w: ws[k]!, scale: header.scales[k] ?? 1, trans: trans[k]!, bits: header.bits });
  return {
    meta: header.meta, bits: header.bits, pass1: pass(0), pass2: pass(1),
    clusters: new Map(Object.entries(header.clusters)), gazetteer: header.gazetteer,
  };
}
