/**
 * The search interface, loaded in the browser only when a reader first opens search (the header's
 * search link, the "/" key, or the search page). It draws a search box with combobox/listbox
 * semantics, filters and an "all languages" switch, and queries the Pagefind index of the page's
 * language (dist/pagefind/, built by src/lib/search/pagefind.ts).
 */

/** Interface strings, passed from the page so that every language has its own. */
export interface SearchStrings {
  [key: string]: string | Record<string, string>;
}

export interface SearchOptions {
  strings: SearchStrings;
  /** Locale code of the page ("en", "de" …). */
  lang: string;
  /** Intl locale of the page, for plural rules. */
  intl: string;
  /** Site base path, ending with "/". */
  base: string;
  /** All locale codes with their labels, for the all-languages switch and result badges. */
  locales: { code: string; label: string }[];
  /** On the search page the query lives in the URL (?q=…), so it can be shared and the back button works. */
  mode: 'dialog' | 'page';
  /** Called when a result is chosen in the dialog (to close it). */
  onNavigate?: () => void;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch(
    term: string,
    o: Record<string, unknown>,
    ms: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;
let merging: Promise<void> | undefined;

/** Loads Pagefind once per page. */
function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // The index is small: searching on the main thread saves loading Pagefind's web worker.
    await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Adds the other languages' indexes (once). Pagefind skips a merge whose path starts like the
 * primary index path, so the same folder is given as an absolute URL. Every caller waits for the
 * same promise: a search started while the merge is under way must not run on the page's index
 * alone. */
function mergeOtherLanguages(pagefind: Pagefind, options: SearchOptions): Promise<void> {
  merging ??= (async () => {
    const url = new URL(`${options.base}pagefind/`, location.href).href;
    for (const { code } of options.locales) if (code !== options.lang) await pagefind.mergeIndex(url, { language: code });
  })();
  return merging;
}

const FILTERS = ['type', 'audience', 'eqf', 'topic'] as const;
/** Results drawn at a time: each costs a fragment download, so the first search stays light. */
const PAGE_SIZE = 5;

/** Builds the search interface inside `container` and returns a function that focuses its input. */
export async function mountSearch(container: HTMLElement, options: SearchOptions): Promise<() => void> {
  const s = (key: string) => options.strings[key] as string;
  const plural = (key: string, count: number) => {
    const forms = options.strings[key] as Record<string, string>;
    const category = new Intl.PluralRules(options.intl).select(count);
    return (forms[category] ?? forms['other']!).replace('{count}', new Intl.NumberFormat(options.intl).format(count));
  };
  const id = (name: string) => `search-${options.mode}-${name}`;
  container.innerHTML = `
    <form class="search__form" role="search" action="${options.base}${options.lang}/search/" method="get">
      <label class="search__label" for="${id('input')}">${s('search.label')}</label>
      <input class="search__input" id="${id('input')}" name="q" type="search" autocomplete="off" spellcheck="false"
        placeholder="${s('search.placeholder')}" role="combobox" aria-expanded="false" aria-autocomplete="list"
        aria-controls="${id('results')}" aria-describedby="${id('hint')}" />
      <p class="search__hint" id="${id('hint')}">${s('search.hint')}</p>
      <div class="search__options">
        <label class="search__all"><input type="checkbox" name="all" /> ${s('search.allLanguages')}</label>
        <fieldset class="search__filters"><legend>${s('search.filters')}</legend></fieldset>
      </div>
    </form>
    <p class="search__status" role="status" aria-live="polite"></p>
    <ul class="search__results" id="${id('results')}" role="listbox" aria-label="${s('search.title')}"></ul>
    <button class="search__more" type="button" hidden>${s('search.more')}</button>`;
  const form = container.querySelector('form')!;
  const input = container.querySelector<HTMLInputElement>('.search__input')!;
  const all = container.querySelector<HTMLInputElement>('input[name="all"]')!;
  const fieldset = container.querySelector('fieldset')!;
  const status = container.querySelector<HTMLElement>('.search__status')!;
  const list = container.querySelector<HTMLUListElement>('.search__results')!;
  const more = container.querySelector<HTMLButtonElement>('.search__more')!;
  // Focus at once, so nothing typed while the index loads is lost.
  input.focus();

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind(options.base);
  } catch {
    status.textContent = s('search.error');
    return () => input.focus();
  }

  // Filters: one select per facet, filled from the index of this language.
  const label = (facet: string, value: string) =>
    facet === 'type' ? (s(`search.type.${value}`) ?? value) : facet === 'audience' ? (s(`audience.${value}`) ?? value) : value;
  const available = await pagefind.filters();
  const selects = new Map<string, HTMLSelectElement>();
  for (const facet of FILTERS) {
    const values = Object.keys(available[facet] ?? {}).sort((a, b) => a.localeCompare(b, options.intl));
    if (values.length < 2) continue;
    const wrap = document.createElement('label');
    wrap.className = 'search__filter';
    wrap.append(s(`search.filter${facet[0]!.toUpperCase()}${facet.slice(1)}`) ?? facet);
    const select = document.createElement('select');
    select.name = facet;
    select.add(new Option(s('search.any'), ''));
    for (const value of values) select.add(new Option(label(facet, value), value));
    wrap.append(select);
    fieldset.append(wrap);
    selects.set(facet, select);
  }
  if (selects.size === 0) fieldset.hidden = true;

  let results: { data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;
  let active = -1;
  let query = '';

  const options_ = () => {
    const filters: Record<string, string> = {};
    for (const [facet, select] of selects) if (select.value) filters[facet] = select.value;
    return { filters };
  };
  const langOf = (url: string) => url.slice(options.base.length).split('/')[0] ?? options.lang;

  const setActive = (index: number) => {
    const items = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
    items.forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0 && items[index]) {
      input.setAttribute('aria-activedescendant', items[index]!.id);
      items[index]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const go = (url: string) => {
    options.onNavigate?.();
    location.href = url;
  };

  /** True when the query is exactly a result's title, or a glossary term's label in any language. */
  const exact = (data: PagefindResultData) => {
    const q = query.toLocaleLowerCase();
    return (data.meta['title'] ?? '').toLocaleLowerCase() === q || (data.meta['terms'] ?? '').split('|').includes(q);
  };

  const render = async () => {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    // Pagefind ranks by word frequency; a reader who types a term's exact name in any language wants
    // that term first (e.g. "frezavimas" on the English site → "milling", not "climb milling").
    if (shown === 0) page.sort((a, b) => Number(exact(b)) - Number(exact(a)));
    for (const data of page) {
      const index = shown++;
      const li = document.createElement('li');
      li.id = id(`option-${index}`);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      // An option holds no link (a link inside an option is a nested interactive control, which
      // screen readers cannot handle); choosing the option goes to the page.
      li.dataset['href'] = data.url;
      const title = document.createElement('span');
      title.className = 'search__title';
      title.textContent = data.meta['title'] ?? data.url;
      const meta = document.createElement('span');
      meta.className = 'search__meta';
      const type = data.meta['type'];
      meta.textContent = [type ? s(`search.type.${type}`) : '', data.meta['code'] ?? ''].filter(Boolean).join(' · ');
      const resultLang = langOf(data.url);
      if (resultLang !== options.lang) {
        const locale = options.locales.find((l) => l.code === resultLang);
        if (locale) meta.textContent += ` · ${s('search.inLanguage').replace('{language}', locale.label)}`;
        li.lang = resultLang;
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'search__excerpt';
      excerpt.innerHTML = data.excerpt; // Pagefind's excerpt of our own pages, with <mark> around the matches.
      li.append(title, meta, excerpt);
      li.addEventListener('click', () => go(data.url));
      list.append(li);
    }
    more.hidden = shown >= results.length;
    input.setAttribute('aria-expanded', String(shown > 0));
  };

  const run = async () => {
    query = input.value.trim();
    if (options.mode === 'page') {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (url.href !== location.href) history.replaceState(null, '', url);
    }
    list.replaceChildren();
    shown = 0;
    setActive(-1);
    if (!query) {
      status.textContent = '';
      more.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    status.textContent = s('search.searching');
    if (all.checked) await mergeOtherLanguages(pagefind, options);
    const search = await pagefind.debouncedSearch(query, options_(), 150);
    if (!search || input.value.trim() !== query) return; // a newer search has started
    results = search.results;
    await render();
    // Announced once the results are on screen.
    status.textContent = results.length ? plural('search.results', results.length) : s('search.noResults').replace('{query}', query);
  };

  input.addEventListener('input', run);
  all.addEventListener('change', run);
  for (const select of selects.values()) select.addEventListener('change', run);
  more.addEventListener('click', async () => {
    const first = shown;
    await render();
    setActive(first);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const option = list.querySelectorAll<HTMLElement>('[role="option"]')[active >= 0 ? active : 0];
    if (option?.dataset['href']) go(option.dataset['href']);
  });
  input.addEventListener('keydown', (event) => {
    const count = list.querySelectorAll('[role="option"]').length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    }
  });

  if (options.mode === 'page') {
    const initial = new URL(location.href).searchParams.get('q');
    if (initial && !input.value) input.value = initial;
    // Back and forward through earlier searches (the URL holds the query).
    addEventListener('popstate', () => {
      input.value = new URL(location.href).searchParams.get('q') ?? '';
      void run();
    });
    // A finished query becomes a history entry of its own, so the back button returns to it.
    input.addEventListener('change', () => {
      if (query) history.pushState(null, '', location.href);
    });
  }
  // The reader may have typed while the index was loading: search for it now.
  if (input.value.trim()) await run();
  return () => input.focus();
}
