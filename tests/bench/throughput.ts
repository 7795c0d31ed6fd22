// Child process of the bench: one of three timings on a JSONL corpus, each in a fresh process so that
// no run warms or patches another's compromise. Prints one JSON line {wall, cpu, sentences}.
//   extract       the extraction of one job (src/pipeline.ts)
//   floor         stock compromise, one nlp() per sentence, same text and segmentation: the floor
//   floor-plugin  the same loop with our compromise plugin (src/nlp/sweep.ts) registered, for comparison
import fs from 'node:fs';
import path from 'node:path';
import { segment } from '../../src/ingest/segment.ts';
import { parseJsonl } from '../../src/ingest/read.ts';
import type { Document } from '../../src/types.ts';
import { CORPUS_DIR } from './corpus.ts';

const [file, mode] = process.argv.slice(2);
if (!['extract', 'floor', 'floor-plugin'].includes(mode)) throw new Error(`throughput: unknown mode "${mode}"`);
const { docs } = parseJsonl(fs.readFileSync(file, 'utf8'), file);
const bundled: Document[] = fs.readdirSync(CORPUS_DIR).sort().map((n) => ({ id: n, text: fs.readFileSync(path.join(CORPUS_DIR, n), 'utf8') }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const measure = (fn: () => void) => { const w = performance.now(), c = cpu(); fn(); return { wall: (performance.now() - w) / 1000, cpu: cpu() - c }; };
const sentences = docs.map((d) => segment(d.id, d.text).map((s) => s.text));

let run: () => void;
if (mode === 'extract') {
  const { createContext } = await import('../../src/extract/context.ts');
  const { extractAll } = await import('../../src/pipeline.ts');
  const ctx = createContext();
  // warm up (JIT, compromise's lazy set-up) on text outside the measured corpus
  extractAll(ctx, bundled);
  run = () => extractAll(ctx, docs);
} else {
  const nlp = mode === 'floor' ? (await import('compromise')).default : (await import('../../src/nlp/nlp.ts')).nlp;
  for (const d of bundled) for (const s of segment(d.id, d.text)) nlp(s.text);
  run = () => { for (const ss of sentences) for (const s of ss) nlp(s); };
}
const m = measure(run);
process.stdout.write(JSON.stringify({ ...m, sentences: sentences.reduce((n, s) => n + s.length, 0) }) + '\n');
