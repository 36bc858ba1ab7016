// Site search on the index the generator writes (generator/searchindex.py): the query is cut
// and normalised as generator/searchtext.py cuts the text, then only the index buckets holding
// its terms and the files of the results shown are fetched. Also marks a search's words on the
// page a result leads to (?h=query).
const THAI = /[\u0E00-\u0E7F]/;
const TOKEN = /(\p{Nd}+(?:[.,]\p{Nd}+)*)|([\p{L}\p{M}]+)/gu;
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const ZEROS = [0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
               0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10];
const RESULTS = 5;       // results shown: each costs one small file
const MAX_BUCKETS = 3;   // a short prefix ("प") may span many buckets: it reads the first few only

const ascii = c => { const v = c.codePointAt(0); const z = ZEROS.find(z => v >= z && v <= z + 9); return z === undefined ? c : String(v - z); };
const canonNumber = s => s.replace(/[.,]/g, '').replace(/\p{Nd}/gu, ascii);
const normalise = s => s.normalize('NFD').replace(/\u093C/g, '').replace(/\u0901/g, '\u0902').normalize('NFC').toLowerCase();
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const esc = s => String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', {granularity: 'word'}) : null;

/** The terms of a query: numbers in ASCII digits without grouping, Thai cut into words. */
export function queryTerms(query) {
  const out = [];
  for (const m of normalise(query).matchAll(TOKEN)) {
    if (m[1]) out.push(canonNumber(m[1]));
    else if (THAI.test(m[2]) && segmenter) for (const s of segmenter.segment(m[2])) { if (s.isWordLike) out.push(s.segment); }
    else out.push(m[2]);
  }
  return [...new Set(out)];
}

async function unpack(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text());
}

/** One language's index; every file is fetched once (once it arrives). */
class Index {
  constructor(base) { this.base = base; this.files = new Map(); }
  fetch(name, read) {   // a failed fetch is forgotten, so that the next query tries again
    if (!this.files.has(name)) this.files.set(name, read(new URL(name, this.base)).catch(e => { this.files.delete(name); throw e; }));
    return this.files.get(name);
  }
  meta() { return this.fetch('meta.json', url => fetch(url).then(r => r.json())); }
  doc(n) { return this.fetch(`d/${n}.bin`, unpack).then(d => ({...d, url: new URL(d.url, new URL('..', this.base)).pathname})); }

  /** Buckets that may hold ``term`` (and, for a prefix, the words it starts). */
  buckets(meta, term, prefix) {
    const list = meta.buckets;
    let lo = 0, hi = list.length;             // first bucket whose first term is > term
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid][0] <= term) lo = mid + 1; else hi = mid; }
    const out = [Math.max(lo - 1, 0)];
    while (prefix && lo < list.length && list[lo][0].startsWith(term) && out.length < MAX_BUCKETS) out.push(lo++);
    return Promise.all(out.filter(i => i < list.length).map(i => this.fetch(list[i][1], unpack)));
  }

  /** Documents holding every term (terms found nowhere are left out), scored by BM25. */
  async search(terms) {
    const meta = await this.meta();
    let scores = null;
    for (const term of terms) {
      const prefix = [...term].length > 1;
      const best = new Map();
      for (const bucket of await this.buckets(meta, term, prefix)) {
        for (const [word, postings] of Object.entries(bucket)) {
          const exact = word === term;
          if (!exact && !(prefix && word.startsWith(term))) continue;
          const df = postings.length / 2, idf = Math.log(1 + (meta.docs - df + 0.5) / (df + 0.5));
          for (let i = 0, doc = 0; i < postings.length; i += 2) {
            doc += postings[i];
            const score = idf * postings[i + 1] / 10 * (exact ? 1 : 0.6);
            if (score > (best.get(doc) || 0)) best.set(doc, score);
          }
        }
      }
      if (!best.size) continue;
      if (scores === null) scores = best;
      else for (const [doc, score] of scores) { if (best.has(doc)) scores.set(doc, score + best.get(doc)); else scores.delete(doc); }
    }
    return [...(scores || new Map())].map(([doc, score]) => ({index: this, doc, score}));
  }
}

/** The query's words as one phrase, folded (Thai words joined without spaces); '' for one word. */
function phraseOf(query) {
  const words = queryTerms(query).filter(t => !/^\d+$/.test(t));
  return words.length > 1 ? fold(words.join(THAI.test(words.join('')) ? '' : ' ')) : '';
}

/** Where the query's words and numbers are in ``text``: sorted [start, end) ranges. Words are
 * found as the whole phrase where it occurs, else one by one (``phrase``: true or false forces it). */
function findHits(text, query, phrase) {
  const terms = queryTerms(query);
  const numbers = terms.filter(t => /^\d+$/.test(t)), words = terms.filter(t => !/^\d+$/.test(t));
  const hits = [];
  for (const m of text.matchAll(NUMBER)) {
    const n = canonNumber(m[0]);
    if (numbers.some(t => n.startsWith(t) || (t.length === 4 && Math.abs(+t - +n) === 543))) hits.push([m.index, m.index + m[0].length]);
  }
  const map = []; let folded = '';   // diacritic-insensitive search, mapped back to the text
  for (let i = 0; i < text.length; i++) for (const c of fold(text[i])) { folded += c; map.push(i); }
  const find = ft => { const out = []; let at = ft ? folded.indexOf(ft) : -1;
    while (at >= 0) { let e = map[at + ft.length - 1] + 1; while (e < text.length && /\p{M}/u.test(text[e])) e++;
      out.push([map[at], e]); at = folded.indexOf(ft, at + ft.length); } return out; };
  let wordHits = phrase !== false && phraseOf(query) ? find(phraseOf(query)) : [];
  if (!wordHits.length && phrase !== true) for (const w of words) if (fold(w).length > 1 || words.length === 1) wordHits.push(...find(fold(w)));
  hits.push(...wordHits);
  hits.sort((a, b) => a[0] - b[0]);
  return hits.filter((h, i) => i === 0 || h[0] >= hits[i - 1][1]);
}

/** An excerpt around the first hit, the hits marked. */
function excerpt(text, query, width = 80) {
  const hits = findHits(text, query);
  if (!hits.length) return esc(text.slice(0, width * 2)) + (text.length > width * 2 ? '…' : '');
  const from = Math.max(0, hits[0][0] - width), to = Math.min(text.length, hits[0][0] + width);
  let out = '', pos = from;
  for (const [s, e] of hits) { if (s < pos || e > to) continue; out += esc(text.slice(pos, s)) + '<mark>' + esc(text.slice(s, e)) + '</mark>'; pos = e; }
  return (from > 0 ? '…' : '') + out + esc(text.slice(pos, to)) + (to < text.length ? '…' : '');
}

/** Key figures whose label holds every word of the query, or whose value is the queried number. */
function matchingFigures(doc, query) {
  const terms = queryTerms(query);
  const words = terms.filter(t => !/^\d+$/.test(t)).map(fold), numbers = terms.filter(t => /^\d+$/.test(t));
  if (!words.length) return doc.figures.filter(([, text]) => numbers.some(n => canonNumber(text).includes(n)));
  return doc.figures.filter(([label]) => words.every(w => fold(label).replace(/\s/g, '').includes(w)));
}

// ---- the header search box ----
const box = document.querySelector('.site-search');
if (box) {
  const own = new Index(new URL(box.dataset.index, location.href));
  const others = box.dataset.others.split(' ').filter(Boolean).map(l => new Index(new URL(`../../${l}/search/`, own.base)));
  const input = box.querySelector('input[name=query]'), all = box.querySelector('input[name=all]');
  const list = box.querySelector('.md-search-result__list'), count = box.querySelector('.search-count');
  let last = 0, timer;
  const run = async () => {
    const query = input.value.trim(), id = ++last;
    if (!query) { list.innerHTML = ''; count.textContent = ''; return; }
    const terms = queryTerms(query);
    const found = (await Promise.all([own, ...(all.checked ? others : [])].map(index => index.search(terms)))).flat();
    found.sort((a, b) => b.score - a.score || (a.index === b.index ? b.doc - a.doc : 0));
    const docs = await Promise.all(found.slice(0, RESULTS).map(r => r.index.doc(r.doc)));
    if (id !== last) return;
    count.textContent = found.length ? box.dataset.count.replace('#', found.length) : box.dataset.none;
    list.innerHTML = docs.map(d => {
      const figures = matchingFigures(d, query).slice(0, 3)
        .map(([label, value]) => `<span class="search-figure"><b>${esc(value)}</b> ${esc(label)}</span>`).join(' ');
      return `<li class="md-search-result__item"><a href="${esc(d.url)}?h=${encodeURIComponent(query)}" class="md-search-result__link" tabindex="-1">
        <article class="md-search-result__article md-typeset"><h1>${esc(d.title)}</h1><p><time>${esc(d.date)}</time></p>
        ${figures ? `<p class="search-figures">${figures}</p>` : ''}<p>${excerpt(d.text, query)}</p></article></a></li>`;
    }).join('');
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(() => run().catch(e => console.warn('search:', e)), 150); };
  input.addEventListener('focus', () => { document.getElementById('__search').checked = true; own.meta(); });
  input.addEventListener('input', later);
  all.addEventListener('change', later);
  document.addEventListener('keydown', e => {
    const toggle = document.getElementById('__search');
    if (!toggle.checked) return;
    if (e.key === 'Escape') { toggle.checked = false; input.blur(); return; }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    // the arrows move between the box and the results; Enter opens the one in focus
    const items = [input, ...list.querySelectorAll('.md-search-result__link')];
    const at = items.indexOf(document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length].focus();
  });
}

// ---- on a page opened from a result: mark the query's words in the title and text ----
const asked = new URLSearchParams(location.search).get('h');
if (asked) {
  const roots = document.querySelectorAll('.md-content h1, .md-content .article-text');
  // a phrase on the page is marked as a phrase, not every occurrence of its words
  const phrase = !!phraseOf(asked) && fold([...roots].map(r => r.textContent).join(' ')).includes(phraseOf(asked));
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = []; while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      for (const [s, e] of findHits(node.data, asked, phrase).reverse()) {
        const hit = node.splitText(s); hit.splitText(e - s);
        const mark = document.createElement('mark'); mark.className = 'search-hit';
        hit.replaceWith(mark); mark.append(hit);
      }
    }
  }
  document.querySelector('.md-content .article-text .search-hit')?.scrollIntoView({block: 'center'});
}
