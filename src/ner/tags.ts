/**
 * BILOU tags over the CoNLL types, and the conversions between tag sequences and spans.
 * Tag 0 is O; then for each type B, I, L, U.
 */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];

export const N_TAGS = 1 + TYPES.length * 4;
const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

export function tagOf(part: Part, type: number): number {
  return 1 + type * 4 + PARTS.indexOf(part);
}
export function partOf(tag: number): Part | 'O' {
  return tag === 0 ? 'O' : (PARTS[(tag - 1) % 4] as Part);
}
export function typeOf(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}
export function tagName(tag: number): string {
  return tag === 0 ? 'O' : `${partOf(tag)}-${TYPES[typeOf(tag)] ?? '?'}`;
}

/** allowed[prev * N_TAGS + next]; prev = N_TAGS means the sentence start, next = N_TAGS its end. */
export const ALLOWED: Uint8Array = (() => {
  const n = N_TAGS + 1;
  const a = new Uint8Array(n * n);
  for (let p = 0; p < n; p++) {
    for (let q = 0; q < n; q++) {
      const pOpen = p < N_TAGS && (partOf(p) === 'B' || partOf(p) === 'I');
      const qCont = q < N_TAGS && (partOf(q) === 'I' || partOf(q) === 'L');
      let ok: boolean;
      if (pOpen) ok = qCont && typeOf(q) === typeOf(p);
      else ok = !qCont;
      a[p * n + q] = ok ? 1 : 0;
    }
  }
  return a;
})();

export interface TypedSpan { start: number; end: number; type: number }

/** Spans (token indices, end exclusive) from BILOU tags; tolerant of ill-formed sequences. */
export function spansFromTags(tags: ArrayLike<number>): TypedSpan[] {
  const out: TypedSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? 0;
    const part = partOf(t);
    const ty = typeOf(t);
    if (open >= 0 && (part === 'O' || part === 'B' || part === 'U' || ty !== openType)) {
      out.push({ start: open, end: i, type: openType });
      open = -1;
    }
    if (part === 'U') out.push({ start: i, end: i + 1, type: ty });
    else if (part === 'B' || ((part === 'I' || part === 'L') && open < 0)) { open = i; openType = ty; }
    if (part === 'L' && open >= 0) {
      out.push({ start: open, end: i + 1, type: openType });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: tags.length, type: openType });
  return out;
}

/** BILOU tags from spans over `n` tokens. */
export function tagsFromSpans(spans: readonly TypedSpan[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) { tags[s.start] = tagOf('U', s.type); continue; }
    tags[s.start] = tagOf('B', s.type);
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf('I', s.type);
    tags[s.end - 1] = tagOf('L', s.type);
  }
  return tags;
}

/** IOB1 tags as CoNLL-2003 writes them: I- everywhere, B- only where two same-type names touch. */
export function iob1FromSpans(spans: readonly TypedSpan[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  let prevEnd = -1;
  let prevType = -1;
  for (const s of spans) {
    const name = TYPES[s.type] ?? 'MISC';
    for (let i = s.start; i < s.end; i++) out[i] = `I-${name}`;
    if (s.start === prevEnd && s.type === prevType) out[s.start] = `B-${name}`;
    prevEnd = s.end;
    prevType = s.type;
  }
  return out;
}

/** Spans from IOB1 or IOB2 tags (conlleval's chunk rules). */
export function spansFromIob(tags: readonly string[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  let open = -1;
  let openType = '';
  const close = (i: number): void => {
    const ty = TYPES.indexOf(openType as ConllType);
    if (open >= 0) out.push({ start: open, end: i, type: ty < 0 ? 3 : ty });
    open = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag === '') { close(i); return; }
    const m = /^([BI])-(.+)$/.exec(tag);
    const part = m?.[1] ?? 'I';
    const type = m?.[2] ?? tag;
    if (part === 'B' || type !== openType || open < 0) { close(i); open = i; openType = type; }
  });
  close(tags.length);
  return out;
}
