// The left sidebar: a legend that explains colours with counts of what is shown, and the filters.
import { append, clear, h } from './dom.ts';
import type { Facets, Filters } from './filters.ts';
import type { ColorBy, SizeBy } from './state.ts';
import { toggleExcluded } from './state.ts';
import { EDGE_CLASSES, EDGE_POLARITY_COLORS, communityColor, kindColor } from './style.ts';

export interface SidebarInput {
  all: Facets;
  shown: Facets;
  filters: Filters;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Community number -> its best-known members, for the legend. */
  communityNames: Map<number, string>;
  nodesShown: number;
  edgesShown: number;
  nodesTotal: number;
  edgesTotal: number;
  onChange(f: Filters): void;
}

const POLARITY_FILTER_NAMES: Record<string, string> = { '1': 'cooperative / endorses', '-1': 'conflictual / denies', '0': 'neutral (affiliation)' };
const MAX_DOCUMENTS = 30;
let showAllDocuments = false;
const NEGATION_NAMES: Record<string, string> = { asserted: 'asserted', negated: 'negated (“does not …”)' };

function legend(inp: SidebarInput): HTMLElement {
  const box = h('section', { id: 'legend' }, h('legend', {}, 'Legend'));
  append(box, h('div', { class: 'hint' }, `${inp.nodesShown} of ${inp.nodesTotal} nodes, ${inp.edgesShown} of ${inp.edgesTotal} edges shown`));
  if (inp.colorBy === 'kind') {
    for (const [kind] of inp.all.nodeKinds) {
      append(box, h('div', { class: 'row', 'data-legend': `kind:${kind}` }, h('span', { class: 'swatch', style: `background:${kindColor(kind)}` }), kind,
        h('span', { class: 'count' }, String(inp.shown.nodeKinds.get(kind) ?? 0))));
    }
  } else {
    const comms = [...inp.all.communities.keys()].sort((a, b) => a - b);
    for (const c of comms.slice(0, 12)) {
      append(box, h('div', { class: 'row', 'data-legend': `community:${c}` }, h('span', { class: 'swatch', style: `background:${communityColor(c)}` }),
        h('span', { title: `community ${c}` }, c < 0 ? 'no community' : inp.communityNames.get(c) ?? `community ${c}`), h('span', { class: 'count' }, String(inp.shown.communities.get(c) ?? 0))));
    }
    if (comms.length > 12) append(box, h('div', { class: 'hint' }, `${comms.length - 12} smaller communities share these colours`));
  }
  for (const [cls, { name, color }] of Object.entries(EDGE_CLASSES)) {
    if (!inp.all.edgeClasses.has(cls)) continue;
    append(box, h('div', { class: 'row', 'data-legend': `edge:${cls}` }, h('span', { class: 'line', style: `background:${color}` }),
      name, h('span', { class: 'count' }, String(inp.shown.edgeClasses.get(cls) ?? 0))));
  }
  append(box, h('div', { class: 'hint' }, `Node size: ${inp.sizeBy === 'pagerank' ? 'PageRank' : 'weighted degree'}. Arrows point from actor to target; edge width grows with the number of mentions.`));
  return box;
}

/** A group of checkboxes, one per value, checked when the value is shown. */
function checkGroup(title: string, id: string, key: keyof Filters, values: Map<string, number>, inp: SidebarInput, names: Record<string, string> = {}, swatch?: (v: string) => HTMLElement) {
  const set = inp.filters[key] as Set<string>;
  const fs = h('fieldset', { id: `filter-${id}` }, h('legend', {}, title));
  for (const [v, n] of values) {
    const box = h('input', { type: 'checkbox', checked: !set.has(v), 'data-value': v,
      onchange: (e: Event) => inp.onChange(toggleExcluded(inp.filters, key, v, (e.target as HTMLInputElement).checked)) });
    append(fs, h('label', { class: 'row' }, box, swatch?.(v) ?? null, names[v] ?? v, h('span', { class: 'count' }, String(n))));
  }
  return fs;
}

/** Redraws the legend and filters from the current facets and filters. */
export function renderSidebar(el: HTMLElement, inp: SidebarInput): void {
  const scroll = el.scrollTop;
  clear(el);
  append(el, legend(inp));
  const f = inp.filters;
  // position networks have stances (polarity) but no relation types
  if (inp.all.polarities.has('1') || inp.all.polarities.has('-1')) {
    append(el, checkGroup('Polarity', 'polarity', 'polarities', inp.all.polarities, inp, POLARITY_FILTER_NAMES,
      (v) => h('span', { class: 'line', style: `background:${EDGE_POLARITY_COLORS[v]}` })));
  }
  if (inp.all.predicates.size > 0) {
    append(el, checkGroup('Relation type', 'predicate', 'predicates', inp.all.predicates, inp));
    append(el, checkGroup('Negation', 'negation', 'negation', inp.all.negation, inp, NEGATION_NAMES));
    append(el, checkGroup('Modality', 'modality', 'modalities', inp.all.modalities, inp));
  }
  append(el, checkGroup('Node kind', 'kind', 'nodeKinds', inp.all.nodeKinds, inp, {}, (v) => h('span', { class: 'swatch', style: `background:${kindColor(v)}` })));
  const weight = h('input', { type: 'number', id: 'min-weight', min: 0, step: 1, max: Math.max(1, inp.all.maxWeight), value: String(f.minWeight),
    onchange: (e: Event) => inp.onChange({ ...f, minWeight: Math.max(0, Number((e.target as HTMLInputElement).value) || 0) }) });
  append(el, h('fieldset', { id: 'filter-weight' }, h('legend', {}, 'Minimum weight'),
    h('label', { class: 'row' }, weight, h('span', { class: 'hint' }, `mentions per edge (max ${inp.all.maxWeight})`))));
  if (inp.all.documents.size > 1) {
    // a large corpus lists its busiest documents first; the rest on demand
    const docs = showAllDocuments ? inp.all.documents : new Map([...inp.all.documents].slice(0, MAX_DOCUMENTS));
    const group = checkGroup('Documents', 'documents', 'documents', docs, inp);
    if (inp.all.documents.size > docs.size) {
      append(group, h('button', { class: 'link', type: 'button', onclick: () => { showAllDocuments = true; renderSidebar(el, inp); } },
        `show all ${inp.all.documents.size} documents`));
    }
    append(el, group);
  }
  const date = (which: 'from' | 'to') => h('input', { type: 'text', id: `date-${which}`, placeholder: 'YYYY-MM-DD', value: f[which], pattern: '\\d{4}(-\\d{2}){0,2}',
    onchange: (e: Event) => {
      const v = (e.target as HTMLInputElement).value.trim();
      if (v === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) inp.onChange({ ...f, [which]: v });
    } });
  const range = inp.all.minDate ? `dated ${inp.all.minDate} – ${inp.all.maxDate}` : 'no edge in this graph is dated';
  append(el, h('fieldset', { id: 'filter-dates' }, h('legend', {}, 'Date range'),
    h('label', { class: 'row' }, 'from', date('from')), h('label', { class: 'row' }, 'to ', date('to')),
    h('div', { class: 'hint' }, `${range}; a date filter hides undated edges.`)));
  append(el, h('button', { type: 'button', id: 'reset-filters', style: 'margin-top:10px',
    onclick: () => inp.onChange({ predicates: new Set(), polarities: new Set(), negation: new Set(), modalities: new Set(), nodeKinds: new Set(), documents: new Set(), minWeight: 0, from: '', to: '' }) }, 'Reset filters'));
  el.scrollTop = scroll;
}
