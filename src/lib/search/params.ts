import { FILTERS, type FilterName } from './record.ts';

/** Orders the search page offers; `lien-quan` (relevance) is the default and is left out of the URL. */
export const SORTS = {
  'lien-quan': 'Liên quan nhất',
  'moi-nhat': 'Mới nhất trước',
  'cu-nhat': 'Cũ nhất trước',
} as const;
export type SortKey = keyof typeof SORTS;

/** A search as the URL keeps it, so it can be shared: /tim-kiem/?q=…&tinh=Quảng+Ngãi&sap-xep=moi-nhat. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortKey;
}

export const SORT_PARAM = 'sap-xep';

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { name, param } of FILTERS) {
    const value = params.get(param)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get(SORT_PARAM) ?? '';
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort in SORTS ? (sort as SortKey) : 'lien-quan' };
}

/** The query string for a state ("" when empty), parameters in a fixed order. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { name, param } of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(param, value);
  }
  if (state.sort !== 'lien-quan') params.set(SORT_PARAM, state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's `filters` and `sort` options for a state. */
export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: { date: 'asc' | 'desc' } } {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  if (state.sort === 'moi-nhat') return { filters, sort: { date: 'desc' } };
  if (state.sort === 'cu-nhat') return { filters, sort: { date: 'asc' } };
  // Filters alone have no relevance to rank by: newest first.
  if (!state.q.trim()) return { filters, sort: { date: 'desc' } };
  return { filters };
}

export function hasCriteria(state: SearchState): boolean {
  return !!state.q || Object.values(state.filters).some(Boolean);
}
