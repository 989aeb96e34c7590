// Lighthouse 12 against a running production server, on demand — not part of `npm test` (slow):
//   npm run lighthouse -- [http://127.0.0.1:3000] [--runs 3] [--article /be/news/slug] [--save dir]
// Base URL: first argument, else LIGHTHOUSE_URL, else http://127.0.0.1:3000. Uses Debian's chromium
// (CHROME_PATH, default /usr/bin/chromium) in headless mode, Lighthouse's default mobile emulation and
// simulated throttling. Audits the front page (/be) and one article (the front page's first story unless
// --article is given), each --runs times (the machine is shared: scores move between runs), and prints the
// median run per page: the four category scores, CLS, LCP, TBT and the page's total script bytes.
// --save writes every full report (JSON, open it in the Lighthouse viewer) to that directory.
// Exits 1 when a median misses a target (docs/decisions/0016-client-javascript-budget.md).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS } from './chromium';

export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100, cls: 0 } as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    article: { type: 'string' },
    locale: { type: 'string', default: 'be' },
    save: { type: 'string' },
  },
});
const origin = (positionals[0] ?? process.env.LIGHTHOUSE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const runs = Math.max(1, Number(values.runs));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Row {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  scriptBytes: number;
  failures: string[];
  /** Audits that lost points (what to look at first when a target is missed). */
  hints: string[];
}

async function articlePath(locale: string): Promise<string> {
  if (values.article) return values.article;
  const res = await fetch(`${origin}/${locale}`);
  if (!res.ok) throw new Error(`${origin}/${locale} answered ${res.status}: is the server running?`);
  const path = new RegExp(`href="(/${locale}/news/[^"#?]+)"`).exec(await res.text())?.[1];
  if (!path) throw new Error(`no article link on ${origin}/${locale}`);
  return path;
}

function scriptBytes(lhr: Result): number {
  const items =
    (
      lhr.audits['network-requests']?.details as
        { items?: { resourceType?: string; transferSize?: number }[] } | undefined
    )?.items ?? [];
  return items.filter((i) => i.resourceType === 'Script').reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
}

function toRow(page: string, lhr: Result): Row {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Row['scores'];
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const row: Row = {
    page,
    scores,
    cls: num('cumulative-layout-shift'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    scriptBytes: scriptBytes(lhr),
    failures: [],
    hints: [],
  };
  for (const c of CATEGORIES) if (scores[c] < TARGETS[c]) row.failures.push(`${c} ${scores[c]} < ${TARGETS[c]}`);
  if (!(row.cls <= TARGETS.cls)) row.failures.push(`CLS ${row.cls} > ${TARGETS.cls}`);
  // What to fix: every audit in a category that did not pass.
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative') {
        row.hints.push(`${c}: ${a.id} (score ${a.score}) ${a.displayValue ?? ''}`.trimEnd());
      }
    }
  }
  return row;
}

async function audit(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** The run with the median performance score (its other figures come from the same run). */
function median(rows: Row[]): Row {
  const sorted = [...rows].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function print(rows: Row[], title: string) {
  console.log(`\n${title}`);
  console.log(
    'page                                                     perf  a11y  best   seo     CLS  LCP ms  TBT ms  JS KB',
  );
  for (const r of rows) {
    console.log(
      [
        r.page.slice(0, 55).padEnd(55),
        ...CATEGORIES.map((c) => String(r.scores[c]).padStart(5)),
        r.cls.toFixed(3).padStart(7),
        Math.round(r.lcpMs).toString().padStart(7),
        Math.round(r.tbtMs).toString().padStart(7),
        (r.scriptBytes / 1024).toFixed(1).padStart(6),
      ].join(' '),
    );
  }
}

async function main() {
  if (!existsSync(chromePath))
    throw new Error(`no Chromium at ${chromePath}: apt-get install chromium, or set CHROME_PATH`);
  const locale = values.locale!;
  const pages = [`/${locale}`, await articlePath(locale)];
  const medians: Row[] = [];
  for (const page of pages) {
    const rows: Row[] = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(origin + page);
      if (values.save) {
        mkdirSync(values.save, { recursive: true });
        writeFileSync(path.join(values.save, `${page.replace(/\W+/g, '_')}-${i + 1}.json`), JSON.stringify(lhr));
      }
      rows.push(toRow(page, lhr));
    }
    print(rows, `${origin}${page}: ${runs} run(s)`);
    medians.push(median(rows));
  }
  print(
    medians,
    `Median run per page (targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS['best-practices']}, SEO ${TARGETS.seo}, CLS ${TARGETS.cls})`,
  );
  const failing = medians.filter((r) => r.failures.length > 0);
  for (const r of medians) {
    if (r.failures.length > 0) console.log(`\n${r.page} misses: ${r.failures.join('; ')}`);
    if (r.hints.length > 0) console.log(`${r.page} lost points on:\n${r.hints.map((h) => `  ${h}`).join('\n')}`);
  }
  if (failing.length > 0) process.exitCode = 1;
  else console.log('\nAll targets met.');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
