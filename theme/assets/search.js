// The header search box on Pagefind's JS API: the query normalised the way the index was
// written (generator/searchtext.py), results with title, date, matching figures and an excerpt.
const THAI = /[\u0E00-\u0E7F]/;
const SPACE_MARK = '\u2E31';   // a real space in the hidden Thai copy

function normalizeQuery(q) {
  q = q.normalize('NFD').replace(/\u093C/g, '').replace(/\u0901/g, '\u0902').normalize('NFC'); // nukta, chandrabindu
  q = q.replace(/[\u0966-\u096F]/g, d => String(d.charCodeAt(0) - 0x966))                    // Devanagari digits
       .replace(/[\u0E50-\u0E59]/g, d => String(d.charCodeAt(0) - 0xE50));                   // Thai digits
  q = q.replace(/(\d)[,\u066C](?=\d\d[,\u066C]?\d)/g, '$1').replace(/(\d)[,\u066C](?=\d{3}(?!\d))/g, '$1'); // grouping
  if (THAI.test(q) && typeof Intl.Segmenter !== 'undefined') {                               // Thai: words, as on a th page
    const seg = new Intl.Segmenter('th', {granularity: 'word'});
    q = [...seg.segment(q)].map(s => s.segment).join(' ');
  }
  return q.replace(/\s+/g, ' ').trim();
}

const fold = s => s.normalize('NFD').replace(/[\p{M}]/gu, '').toLowerCase();
const canonNum = s => s.replace(/[\u0966-\u096F]/g, d => String(d.charCodeAt(0) - 0x966))
                       .replace(/[\u0E50-\u0E59]/g, d => String(d.charCodeAt(0) - 0xE50)).replace(/[.,]/g, '');
const years = n => { const v = +n; return v >= 1900 && v <= 2100 ? [n, String(v + 543)] : v >= 2443 && v <= 2643 ? [n, String(v - 543)] : [n]; };
const esc = s => s.replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

/** The visible text Pagefind holds for a page: the hidden Thai copy re-joined, extras cut off. */
function visibleText(data) {
  let t = (data.content || '').split('\u2042')[0];
  if (THAI.test(t)) t = t.replace(/ (?=[\u0E00-\u0E7F])/g, (m, i) => THAI.test(t[i - 1] || '') ? '' : m);
  return t.split(` ${SPACE_MARK} `).join(' ').split(SPACE_MARK).join(' ');
}

/** An excerpt of the visible text around the first match of any query term, the matches marked. */
function excerpt(data, query, width = 80) {
  const text = visibleText(data);
  const terms = normalizeQuery(query).split(' ').filter(Boolean);
  const numbers = terms.filter(t => /^\d+$/.test(t));
  const words = terms.filter(t => !/^\d+$/.test(t));
  const hits = [];
  for (const term of numbers) {
    const want = years(term);
    for (const m of text.matchAll(/[0-9\u0966-\u096F\u0E50-\u0E59]+(?:[.,][0-9\u0966-\u096F\u0E50-\u0E59]+)*/g))
      if (want.includes(canonNum(m[0])) || canonNum(m[0]).startsWith(term)) hits.push([m.index, m.index + m[0].length]);
  }
  // words: diacritic-insensitive substring search mapped back to the text; the whole phrase first
  const map = []; let folded = '';
  for (let i = 0; i < text.length; i++) for (const c of fold(text[i])) { folded += c; map.push(i); }
  const find = ft => { const out = []; let at = folded.indexOf(ft);
    while (at >= 0 && ft) { let e = map[at + ft.length - 1] + 1; while (e < text.length && /\p{M}/u.test(text[e])) e++;
      out.push([map[at], e]); at = folded.indexOf(ft, at + ft.length); } return out; };
  const phrase = fold(words.join(THAI.test(words.join('')) ? '' : ' '));
  let wordHits = words.length > 1 ? find(phrase) : [];
  if (!wordHits.length) for (const w of words) if (fold(w).length > 1 || words.length === 1) wordHits.push(...find(fold(w)));
  hits.push(...wordHits);
  if (!hits.length) return data.excerpt && !data.excerpt.includes('\u2042') ? data.excerpt : esc(text.slice(0, width * 2)) + '…';
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0][0], from = Math.max(0, first - width), to = Math.min(text.length, first + width);
  let out = '', pos = from;
  for (const [s, e] of hits) { if (s < pos || e > to) continue; out += esc(text.slice(pos, s)) + '<mark>' + esc(text.slice(s, e)) + '</mark>'; pos = e; }
  return (from > 0 ? '…' : '') + out + esc(text.slice(pos, to)) + (to < text.length ? '…' : '');
}

/** Figures whose label contains every word of the query: "สมาชิกพรรค" → สมาชิกพรรคการเมือง 1,549. */
function matchingFigures(data, query) {
  let figures = [];
  try { figures = JSON.parse(data.meta.figures || '[]'); } catch (e) { return []; }
  const words = query.split(/\s+/).map(w => fold(w).replace(/\s/g, '')).filter(w => w && !/^[\d\u0966-\u096F\u0E50-\u0E59.,]+$/.test(w));
  if (!words.length) {
    const nums = normalizeQuery(query).split(' ').filter(t => /^\d+$/.test(t));
    return figures.filter(([, text]) => nums.some(n => canonNum(text).includes(n)));
  }
  return figures.filter(([label]) => words.every(w => fold(label).replace(/\s/g, '').includes(w)));
}

// ---- the header search box ----
const box = document.querySelector('.pf-search');
if (box) {
  const others = box.dataset.pfOthers.split(' ').filter(Boolean);
  const bundle = new URL(box.dataset.pfBundle, location.href);
  const texts = {none: box.dataset.pfNone, count: n => box.dataset.pfCount.replace('#', n)};
  const input = box.querySelector('input[name=query]');
  const all = box.querySelector('input[name=all]');
  const list = box.querySelector('.md-search-result__list');
  const count = box.querySelector('.pf-count');
  const toggle = document.getElementById('__search');
  let ready, merging, merged = false;
  const load = async () => {   // one import, one merge, however many keystrokes race here
    ready ??= (async () => {
      const pf = await import(new URL('pagefind.js', bundle).pathname);
      await pf.options({excerptLength: 30});
      await pf.init();
      return pf;
    })();
    const pf = await ready;
    if (all.checked) {
      merging ??= Promise.all(others.map(other =>
        pf.mergeIndex(new URL(`../../${other}/pagefind/`, bundle).pathname, {language: other})));
      await merging;
      merged = true;
    }
    return pf;
  };
  let last = 0;
  const run = async () => {
    const q = input.value.trim(), id = ++last;
    if (!q) { list.innerHTML = ''; count.textContent = ''; return; }
    const pf = await load();
    const search = await pf.debouncedSearch(normalizeQuery(q), {}, 200);
    if (!search || id !== last) return;
    // "this language" = results from this language's bundle; merged results carry the other bundle's URLs
    // once the other language is merged, "this language only" filters on the result's URL
    const own = new URL('..', bundle).pathname, data = [];
    for (const r of search.results) {
      if (data.length >= 5 || id !== last) break;  // five results: each one costs a fragment download
      const d = await r.data();
      if (all.checked || d.url.startsWith(own)) data.push(d);
    }
    const results = all.checked || !merged ? search.results : data;
    if (id !== last) return;
    count.textContent = results.length ? texts.count(results.length) : texts.none;
    list.innerHTML = data.map(d => {
      const figs = matchingFigures(d, q).slice(0, 3).map(([label, value]) => `<span class="pf-figure"><b>${esc(value)}</b> ${esc(label)}</span>`).join(' ');
      return `<li class="md-search-result__item"><a href="${esc(d.url)}" class="md-search-result__link" tabindex="-1">
        <article class="md-search-result__article md-typeset"><h1>${esc(d.meta.title || '')}</h1>
        <p><time>${esc(d.meta.date || '')}</time></p>${figs ? `<p class="pf-figures">${figs}</p>` : ''}
        <p>${excerpt(d, q)}</p></article></a></li>`;
    }).join('');
  };
  input.addEventListener('focus', () => { toggle.checked = true; load(); });
  input.addEventListener('input', run);
  all.addEventListener('change', run);
  document.addEventListener('keydown', e => { if (e.key === 'Escape' && toggle.checked) { toggle.checked = false; input.blur(); } });
}
