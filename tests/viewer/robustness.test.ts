// Property tests of the viewer's input paths: any file text gives a graph or one GraphLoadError, and
// evidence cutting never loses or invents text.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphLoadError, parseGraphText } from '../../viewer/src/model.ts';
import { markPieces } from '../../viewer/src/relations.ts';
import { stateFromQuery, stateToQuery } from '../../viewer/src/state.ts';
import { ROOT } from '../helpers.ts';

describe('viewer input, for arbitrary values', () => {
  it('a file is read or refused with a GraphLoadError naming it, never another exception', () => {
    const json = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ nodes: v, edges: v })),
      fc.array(fc.record({ key: fc.oneof(fc.string(), fc.integer()), attributes: fc.jsonValue() }), { maxLength: 4 })
        .map((nodes) => JSON.stringify({ nodes, edges: [{ source: nodes[0]?.key, target: 'x', attributes: { evidence: 'nope', marks: 3 } }] })));
    fc.assert(fc.property(json, (text) => {
      try {
        parseGraphText(text, 'any.json');
      } catch (err) {
        expect(err).toBeInstanceOf(GraphLoadError);
        expect((err as Error).message.startsWith('any.json: ')).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('evidence pieces always give back the sentence', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(fc.property(fc.string({ maxLength: 50, unit: 'grapheme' }), fc.array(span, { maxLength: 5 }), fc.option(span, { nil: undefined }), (text, marks, content) => {
      const pieces = markPieces(text, marks, content);
      expect(pieces.map((p) => p.text).join('')).toBe(text);
    }), { numRuns: 500 });
  });

  it('any query string gives a state that writes back to a stable query', () => {
    fc.assert(fc.property(fc.string(), (q) => {
      const once = stateToQuery(stateFromQuery(q));
      expect(stateToQuery(stateFromQuery(once))).toBe(once);
    }), { numRuns: 300 });
  });
});

describe('viewer source', () => {
  it('never parses strings as HTML (every text goes through dom.ts text nodes)', () => {
    const dir = path.join(ROOT, 'viewer/src');
    const offending = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .filter((f) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser\(\)\.parseFromString\([^)]*text\/html/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});
