// Child process of the bench: extraction throughput of one job on a JSONL corpus, and the
// compromise floor (one nlp() per sentence, same text, same segmentation). Prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import { createContext } from '../../src/extract/context.ts';
import { extractAll } from '../../src/pipeline.ts';
import { segment } from '../../src/ingest/segment.ts';
import { parseJsonl } from '../../src/ingest/read.ts';
import { nlp } from '../../src/nlp/nlp.ts';
import type { Document } from '../../src/types.ts';
import { CORPUS_DIR } from './corpus.ts';

const file = process.argv[2];
const { docs } = parseJsonl(fs.readFileSync(file, 'utf8'), file);
const ctx = createContext();
const bundled: Document[] = fs.readdirSync(CORPUS_DIR).sort().map((n) => ({ id: n, text: fs.readFileSync(path.join(CORPUS_DIR, n), 'utf8') }));
// warm both paths (JIT, compromise's lazy set-up) on text outside the measured corpus
extractAll(ctx, bundled);
for (const d of bundled) for (const s of segment(d.id, d.text)) nlp(s.text);

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const measure = (fn: () => void) => { const w = performance.now(), c = cpu(); fn(); return { wall: (performance.now() - w) / 1000, cpu: cpu() - c }; };
const extract = measure(() => extractAll(ctx, docs));
const sentences = docs.map((d) => segment(d.id, d.text).map((s) => s.text));
const floor = measure(() => { for (const ss of sentences) for (const s of ss) nlp(s); });
process.stdout.write(JSON.stringify({ extract, floor, sentences: sentences.reduce((n, s) => n + s.length, 0) }) + '\n');
