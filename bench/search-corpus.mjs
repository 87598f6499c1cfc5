// Synthetic corpora for the search benchmark (bench/search-peers.mjs).
//
// scaleCorpus(kb, n, seed) grows a knowledge base's articles to n by
// recombining the sentences, list items, headings, titles and tags of the real
// articles into new articles with new ids ("syn-000037", ...). The real
// articles come first and unchanged, so labelled queries still have their
// answer; the synthetic ones share the real vocabulary, so they are realistic
// distractors for both index size and posting-list length. Deterministic for a
// given (kb, n, seed): a seeded mulberry32 PRNG drives every choice.
//
// Works for Chinese: sentences split on 。！？ as well as on . ! ? followed by
// a space, and titles without spaces are cut and rejoined by character.
//
// Returns [{id, title, tags, body, category}]; body stays Markdown (headings,
// lists, links, bold) so that an engine that parses Markdown pays for it.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADING = /^#{1,6}\s+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
// Split after . ! ? when whitespace follows (keeps URLs and "example.com"
// intact), and right after the full-width 。！？ (Chinese uses no spaces).
const SENTENCE_BREAK = /(?<=[.!?]["'”’)）]?)\s+|(?<=[。！？][”’」』）)]?)/u;
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}。！？”’」』）：；，、]$/u;

export function splitSentences(text) {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function collectPools(articles) {
  const sentences = [];
  const listItems = [];
  const headings = [];
  const titles = [];
  const tags = [];
  const bodyLengths = [];
  const categories = [];
  for (const article of articles) {
    titles.push(String(article.title || ''));
    for (const tag of article.tags || []) tags.push(String(tag));
    categories.push(article.category);
    const body = String(article.body || '');
    bodyLengths.push(body.length);
    for (const rawLine of body.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (!line) continue;
      if (HEADING.test(line)) headings.push(line.replace(HEADING, ''));
      else if (LIST_ITEM.test(line)) listItems.push(line.replace(LIST_ITEM, ''));
      else sentences.push(...splitSentences(line));
    }
  }
  return {
    sentences: sentences.length ? sentences : titles,
    listItems: listItems.length ? listItems : sentences.length ? sentences : titles,
    headings: headings.length ? headings : titles,
    titles,
    tags: [...new Set(tags)],
    bodyLengths: bodyLengths.length ? bodyLengths : [800],
    categories,
  };
}

function joinSentences(parts) {
  let out = '';
  for (const part of parts) {
    if (!out) out = part;
    else out += CJK_END.test(out) ? part : ' ' + part;
  }
  return out;
}

// Cuts title A and title B somewhere in their middle and joins A's head to
// B's tail: "Where is my" + "refund?" / "我的包裹" + "多久到账？".
function recombineTitle(a, b, rng) {
  const byWord = /\s/.test(a.trim()) && /\s/.test(b.trim());
  const unitsA = byWord ? a.trim().split(/\s+/) : Array.from(a);
  const unitsB = byWord ? b.trim().split(/\s+/) : Array.from(b);
  if (unitsA.length < 2 || unitsB.length < 2) return rng() < 0.5 ? a : b;
  const cut = (len) => Math.max(1, Math.min(len - 1, Math.round(len * (0.25 + 0.5 * rng()))));
  const head = unitsA.slice(0, cut(unitsA.length));
  const tail = unitsB.slice(cut(unitsB.length));
  return [...head, ...tail].join(byWord ? ' ' : '');
}

export function scaleCorpus(kb, n, seed = 1) {
  const originals = (kb.articles || []).map((a) => ({
    id: a.id,
    title: a.title,
    tags: Array.isArray(a.tags) ? [...a.tags] : [],
    body: a.body,
    category: a.category,
  }));
  if (n <= originals.length) return originals;
  const rng = mulberry32(seed);
  const pick = (array) => array[Math.floor(rng() * array.length)];
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const pools = collectPools(originals);
  const out = originals;
  const width = Math.max(6, String(n).length);

  for (let i = originals.length; i < n; i++) {
    const title = recombineTitle(pick(pools.titles), pick(pools.titles), rng);

    const tagCount = Math.min(pools.tags.length, between(3, 7));
    const tags = new Set();
    while (tags.size < tagCount) tags.add(pick(pools.tags));

    // Grow the body block by block until it is as long as a real article
    // drawn at random, so the length distribution follows the real KB.
    const target = pick(pools.bodyLengths);
    const blocks = [];
    let length = 0;
    while (length < target) {
      let block;
      if (blocks.length > 0 && rng() < 0.35) {
        const ordered = rng() < 0.4;
        const items = [];
        const count = between(2, 5);
        for (let k = 0; k < count; k++) items.push((ordered ? `${k + 1}. ` : '- ') + pick(pools.listItems));
        block = `### ${pick(pools.headings)}\n\n${items.join('\n')}`;
      } else {
        const parts = [];
        const count = between(1, 4);
        for (let k = 0; k < count; k++) parts.push(pick(pools.sentences));
        block = joinSentences(parts);
      }
      // Stop rather than overshoot the target by much (keeps the mean close).
      if (blocks.length > 0 && length + block.length > target * 1.1) break;
      blocks.push(block);
      length += block.length + 2;
    }

    out.push({
      id: `syn-${String(i).padStart(width, '0')}`,
      title,
      tags: [...tags],
      body: blocks.join('\n\n'),
      category: pick(pools.categories),
    });
  }
  return out;
}

// Markdown subset → plain text, for the peers (our engine parses Markdown
// itself): **bold**, headings, "- " / "1. " list markers, [text](url) → text.
export function stripMarkdown(markdown) {
  return String(markdown || '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '');
}
