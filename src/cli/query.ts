import { parseArgs } from 'node:util';
import { closest } from 'fastest-levenshtein';
import { loadGraph } from '../query/load.ts';
import { neighbors, paths, relations, type RelationQuery } from '../query/query.ts';
import { claims, positions } from '../query/claims.ts';
import { formatClaims, formatNeighbors, formatPaths, formatPositions, formatRelations, type Format } from '../query/format.ts';
import { UnknownActorError } from '../query/resolve.ts';
import { MODALITIES, PREDICATES, type Modality, type Predicate } from '../types.ts';
import { UserError } from './errors.ts';

export const QUERY_HELP = 'actorgraph query [--graph FILE] [--source A] [--relation R] [--target B] [--actor A] [--polarity +|-] [--negated|--asserted] [--modality M] [--attributed-to A] [--from DATE] [--to DATE] [--document ID] [--neighbors A | --path A --path B | --positions A | --claims A] [--json|--tsv] [--limit N]';

/** A relation type from what a user typed: exact, or the one type it starts ("support", "oppose"). */
function predicateOf(s: string): Predicate {
  const w = s.trim().toLowerCase();
  const hits = PREDICATES.filter((p) => p === w || (w.length >= 3 && p.startsWith(w)));
  if (hits.length === 1 || hits.includes(w as Predicate)) return hits.includes(w as Predicate) ? (w as Predicate) : hits[0];
  throw new UserError(`unknown relation "${s}"; did you mean "${closest(w, [...PREDICATES])}"? (one of ${PREDICATES.join(', ')})`);
}

function polarityOf(s: string): 1 | -1 {
  if (['+', '+1', '1', 'positive', 'cooperative', 'pos'].includes(s.toLowerCase())) return 1;
  if (['-', '-1', 'negative', 'conflictual', 'neg'].includes(s.toLowerCase())) return -1;
  throw new UserError(`unknown polarity "${s}"; use + (cooperative) or - (conflictual)`);
}

function dateOf(s: string, flag: string): string {
  const m = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/.exec(s.trim());
  if (!m) throw new UserError(`--${flag} "${s}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const end = flag === 'to';
  return `${m[1]}-${m[2] ?? (end ? '12' : '01')}-${m[3] ?? (end ? '31' : '01')}`;
}

/** `actorgraph query`: relations, neighbours, paths, positions or claims from a built graph, as a table, TSV or JSON. */
export function runQuery(argv: string[]): number {
  const { values: v } = parseArgs({ args: argv, allowPositionals: false, options: {
    graph: { type: 'string', default: 'graph/graph.json' }, source: { type: 'string' }, target: { type: 'string' }, actor: { type: 'string' },
    relation: { type: 'string', multiple: true }, polarity: { type: 'string' }, negated: { type: 'boolean' }, asserted: { type: 'boolean' },
    modality: { type: 'string', multiple: true }, 'attributed-to': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    document: { type: 'string' }, neighbors: { type: 'string' }, path: { type: 'string', multiple: true }, positions: { type: 'string' },
    claims: { type: 'string' }, json: { type: 'boolean', default: false }, tsv: { type: 'boolean', default: false }, limit: { type: 'string' },
  } });
  const format: Format = v.json ? 'json' : v.tsv ? 'tsv' : 'table';
  const limit = v.limit === undefined ? Infinity : Number(v.limit);
  if (!(limit > 0 && Number.isInteger(limit) || limit === Infinity)) throw new UserError(`--limit "${v.limit}" is not a positive whole number`);
  const top = <T>(xs: T[]) => xs.slice(0, limit);
  if (v.json && v.tsv) throw new UserError('choose one of --json and --tsv');
  if (v.negated && v.asserted) throw new UserError('choose one of --negated and --asserted');
  if (v.path && v.path.length !== 2) throw new UserError('--path needs two actors: --path A --path B');
  let graph;
  try {
    graph = loadGraph(v.graph!);
  } catch (e) {
    throw new UserError(`${(e as Error).message}; build one with "actorgraph build"`);
  }
  let out: string;
  try {
    if (v.neighbors) out = formatNeighbors(top(neighbors(graph, v.neighbors)), format);
    else if (v.path) out = formatPaths(top(paths(graph, v.path[0], v.path[1])), format);
    else if (v.positions) out = formatPositions(top(positions(graph, v.positions)), format);
    else if (v.claims) out = formatClaims(top(claims(graph, { speaker: v.claims })), format);
    else {
      const modalities = v.modality?.flatMap((m) => m.split(',')).map((m) => {
        if (!(MODALITIES as readonly string[]).includes(m)) throw new UserError(`unknown modality "${m}"; one of ${MODALITIES.join(', ')}`);
        return m as Modality;
      });
      const q: RelationQuery = {
        ...(v.source && { source: v.source }), ...(v.target && { target: v.target }), ...(v.actor && { actor: v.actor }),
        ...(v.relation && { predicate: v.relation.flatMap((r) => r.split(',')).map(predicateOf) }),
        ...(v.polarity && { polarity: polarityOf(v.polarity) }),
        ...(v.negated && { negated: true }), ...(v.asserted && { negated: false }),
        ...(modalities && { modality: modalities }), ...(v['attributed-to'] && { attributedTo: v['attributed-to'] }),
        ...(v.from && { from: dateOf(v.from, 'from') }), ...(v.to && { to: dateOf(v.to, 'to') }), ...(v.document && { document: v.document }),
      };
      out = formatRelations(top(relations(graph, q)), format);
    }
  } catch (e) {
    if (e instanceof UnknownActorError) throw new UserError(e.message);
    throw e;
  }
  process.stdout.write(out);
  return 0;
}
