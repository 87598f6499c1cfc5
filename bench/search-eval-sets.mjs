// Public labeled shopper queries for the search benchmark: Bitext (synthetic
// customer-support utterances with variation tags) and HINT3 (real messages
// sent to two shops' bots, with out-of-scope ones). The data is not in the
// repository (see the eval-data SOURCES.md next to the checkout); the content
// it is measured against and the label → article maps are in tests/search/.
//
// The measures follow the engine's own evaluation (src/core/search/
// eval_datasets.cpp, run by `helpkb eval bitext|hint3`), so that our engine's
// figures here equal the tool's:
// - Bitext: line 1 is a header; columns query, intent, category, tags split
//   on tabs, not trimmed. A line with fewer than 2 columns is skipped; an
//   intent with no article in the map is skipped and counted as unmapped.
//   MRR@5 (1/rank if the article is in the top 5, else 0), accuracy@1 and
//   recall@5 over the mapped queries; MRR@5 per variation tag: a query counts
//   in the class of every letter of its tags column (Z typos, K keyword-only,
//   Q colloquial, ...).
// - HINT3: RFC 4180 CSV (quoted fields may hold commas, "" and newlines);
//   row 1 is the header; columns sentence,label. NO_NODES_DETECTED = out of
//   scope; a label with no article is skipped (counted as unmapped here, the
//   engine's tool does not report it). In scope: accuracy@1, MRR@5 (and
//   recall@5). Out of scope: share rejected. Answered correctly: share of all
//   scored queries where the engine answered and was right at rank 1, or
//   rejected an out-of-scope one.
// Every query asks for 5 results.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EVAL_TOP_K = 5;
export const OUT_OF_SCOPE_LABEL = 'NO_NODES_DETECTED';

// Lines split on \n with one trailing \r removed; no empty last line after a
// final newline (as splitLines in src/core/search/evaluation.cpp).
export function splitLines(text) {
  const lines = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    lines.push(line);
    start = end + 1;
  }
  return lines;
}

// RFC 4180 CSV, character for character as parseCsv in eval_datasets.cpp.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && i + 1 < text.length && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && i + 1 < text.length && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      fieldStarted = false;
      rows.push(row);
      row = [];
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// "label<TAB>article id" lines after a header; the id is the rest of the line.
export function parseLabelMap(text) {
  const out = new Map();
  const lines = splitLines(text);
  for (let i = 1; i < lines.length; i++) {
    const tab = lines[i].indexOf('\t');
    if (tab >= 0) out.set(lines[i].slice(0, tab), lines[i].slice(tab + 1));
  }
  return out;
}

// Bitext rows: [{query, expected, tags}] plus the count of unmapped intents.
export function readBitext(dataText, mapText) {
  const map = parseLabelMap(mapText);
  const queries = [];
  let unmapped = 0;
  const lines = splitLines(dataText);
  for (let i = 1; i < lines.length; i++) {
    const columns = lines[i].split('\t');
    if (columns.length < 2) continue;
    const expected = map.get(columns[1]);
    if (expected === undefined) {
      unmapped++;
      continue;
    }
    queries.push({ query: columns[0], expected, tags: columns.length >= 4 ? columns[3] : '' });
  }
  return { queries, unmapped };
}

// HINT3 rows: [{query, expected}] with expected null when out of scope.
export function readHint3(csvText, mapText) {
  const map = parseLabelMap(mapText);
  const queries = [];
  let unmapped = 0;
  const rows = parseCsv(csvText);
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].length < 2) continue;
    const [sentence, label] = rows[i];
    if (label === OUT_OF_SCOPE_LABEL) {
      queries.push({ query: sentence, expected: null });
      continue;
    }
    const expected = map.get(label);
    if (expected === undefined) {
      unmapped++;
      continue;
    }
    queries.push({ query: sentence, expected });
  }
  return { queries, unmapped };
}

// The sets, where their files are: data under `dataDir` (the eval-data
// folder), content and maps under tests/search of the repository.
export function publicSets(repoRoot, dataDir) {
  const tests = join(repoRoot, 'tests', 'search');
  return [
    { key: 'bitext', label: 'Bitext', kind: 'bitext', kb: join(repoRoot, 'assets', 'kb', 'en.json'),
      data: join(dataDir, 'bitext', 'queries.tsv'), map: join(tests, 'bitext-intents.tsv') },
    { key: 'hint3-sofmattress', label: 'HINT3 SOFMattress', kind: 'hint3', kb: join(tests, 'hint3', 'sofmattress.json'),
      data: join(dataDir, 'hint3', 'sofmattress_test.csv'), map: join(tests, 'hint3', 'sofmattress-labels.tsv') },
    { key: 'hint3-curekart', label: 'HINT3 Curekart', kind: 'hint3', kb: join(tests, 'hint3', 'curekart.json'),
      data: join(dataDir, 'hint3', 'curekart_test.csv'), map: join(tests, 'hint3', 'curekart-labels.tsv') },
  ];
}

// Reads one set's files; returns {queries, unmapped} or {missing: [paths]}.
export function loadSet(set) {
  const missing = [set.kb, set.data, set.map].filter((path) => !existsSync(path));
  if (missing.length) return { missing };
  const data = readFileSync(set.data, 'utf8');
  const map = readFileSync(set.map, 'utf8');
  return set.kind === 'bitext' ? readBitext(data, map) : readHint3(data, map);
}

// 1-based rank of `expected` in the first five ids, or 0.
function rankOf(ids, expected) {
  const n = Math.min(ids.length, EVAL_TOP_K);
  for (let i = 0; i < n; i++) if (ids[i] === expected) return i + 1;
  return 0;
}

// `ask(query)` → {ids, rejected}: the ranked article ids and whether the
// engine declined to answer. `progress(done, total)` is called now and then.
export function evaluateBitext(queries, ask, progress = () => {}) {
  let reciprocal = 0;
  let first = 0;
  let inTop5 = 0;
  const byTag = new Map();
  for (let q = 0; q < queries.length; q++) {
    const { query, expected, tags } = queries[q];
    const rank = rankOf(ask(query).ids, expected);
    const r = rank ? 1 / rank : 0;
    reciprocal += r;
    if (rank === 1) first++;
    if (rank) inTop5++;
    for (const tag of tags) {
      const score = byTag.get(tag) || { queries: 0, reciprocal: 0 };
      score.queries++;
      score.reciprocal += r;
      byTag.set(tag, score);
    }
    if ((q + 1) % 100 === 0) progress(q + 1, queries.length);
  }
  const n = queries.length;
  return {
    queries: n,
    mrrAt5: n ? reciprocal / n : 0,
    accuracyAt1: n ? first / n : 0,
    recallAt5: n ? inTop5 / n : 0,
    byTag: Object.fromEntries([...byTag.keys()].sort().map((tag) => {
      const s = byTag.get(tag);
      return [tag, { queries: s.queries, mrrAt5: s.queries ? s.reciprocal / s.queries : 0 }];
    })),
  };
}

export function evaluateHint3(queries, ask, progress = () => {}) {
  let inScope = 0;
  let outOfScope = 0;
  let first = 0;
  let inTop5 = 0;
  let reciprocal = 0;
  let rejected = 0;
  let inScopeRejected = 0;
  let answeredRight = 0;
  for (let q = 0; q < queries.length; q++) {
    const { query, expected } = queries[q];
    const answer = ask(query);
    if (expected === null) {
      outOfScope++;
      if (answer.rejected) {
        rejected++;
        answeredRight++;
      }
    } else {
      inScope++;
      if (answer.rejected) inScopeRejected++;
      const rank = rankOf(answer.ids, expected);
      if (rank) {
        reciprocal += 1 / rank;
        inTop5++;
      }
      if (rank === 1) {
        first++;
        if (!answer.rejected) answeredRight++;
      }
    }
    if ((q + 1) % 100 === 0) progress(q + 1, queries.length);
  }
  const all = inScope + outOfScope;
  return {
    queries: all,
    inScope,
    outOfScope,
    inScopeAccuracyAt1: inScope ? first / inScope : 0,
    inScopeMrrAt5: inScope ? reciprocal / inScope : 0,
    inScopeRecallAt5: inScope ? inTop5 / inScope : 0,
    inScopeRejected: inScope ? inScopeRejected / inScope : 0,
    outOfScopeRejection: outOfScope ? rejected / outOfScope : 0,
    answeredCorrectly: all ? answeredRight / all : 0,
  };
}
