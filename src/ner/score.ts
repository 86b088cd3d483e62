/** conlleval's measure: exact-span, exact-type chunk precision, recall and F1, per type and overall. */
import type { TypedSpan } from './tags.js';

export interface TypeScore { gold: number; pred: number; correct: number }

export class ChunkScorer {
  readonly byType = new Map<string, TypeScore>();

  add(gold: readonly TypedSpan[], pred: readonly TypedSpan[], typeName: (t: number) => string): void {
    const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const row = (t: number): TypeScore => {
      const name = typeName(t);
      let r = this.byType.get(name);
      if (!r) { r = { gold: 0, pred: 0, correct: 0 }; this.byType.set(name, r); }
      return r;
    };
    for (const s of gold) row(s.type).gold++;
    for (const s of pred) {
      const r = row(s.type);
      r.pred++;
      if (g.has(key(s))) r.correct++;
    }
  }

  total(): TypeScore {
    const t = { gold: 0, pred: 0, correct: 0 };
    for (const r of this.byType.values()) { t.gold += r.gold; t.pred += r.pred; t.correct += r.correct; }
    return t;
  }

  static prf(r: TypeScore): { p: number; r: number; f1: number } {
    const p = r.pred ? r.correct / r.pred : 0;
    const rc = r.gold ? r.correct / r.gold : 0;
    return { p, r: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 };
  }

  table(): string {
    const lines = [`${'type'.padEnd(10)}${'gold'.padStart(7)}${'pred'.padStart(7)}${'correct'.padStart(9)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'f1'.padStart(9)}`];
    const row = (name: string, r: TypeScore): void => {
      const { p, r: rc, f1 } = ChunkScorer.prf(r);
      lines.push(`${name.padEnd(10)}${String(r.gold).padStart(7)}${String(r.pred).padStart(7)}${String(r.correct).padStart(9)}${p.toFixed(4).padStart(11)}${rc.toFixed(4).padStart(9)}${f1.toFixed(4).padStart(9)}`);
    };
    for (const name of [...this.byType.keys()].sort()) row(name, this.byType.get(name) ?? { gold: 0, pred: 0, correct: 0 });
    row('overall', this.total());
    return lines.join('\n');
  }
}
