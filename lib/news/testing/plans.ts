// Test and benchmark helper: which SQL a page's data functions really send, and what PostgreSQL's planner does
// with it. Statements are captured from Prisma's query event (model queries and $queryRaw alike, with their
// bound parameters), then each one is run through EXPLAIN (FORMAT JSON) with the same parameters on a separate
// connection. The checker reports every sequential scan of a table that grows with the content.
// Used by lib/news/queryPlans.test.ts ("no page render may scan a whole table") and
// scripts/bench-queries.ts.
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/** A Prisma client on PostgreSQL that records every statement it sends while `recording` is set. */
export function recordingClient(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: 'event', level: 'query' }],
  });
  let recording: CapturedStatement[] | null = null;
  client.$on('query', (e) => {
    if (!recording) return;
    let params: unknown[] = [];
    try {
      params = JSON.parse(e.params) as unknown[];
    } catch {
      throw new Error(`unreadable parameters for ${e.query}: ${e.params}`);
    }
    recording.push({ sql: e.query, params });
  });
  return {
    client,
    /** Runs `body` and returns the statements it sent (in order of sending). Not reentrant: run pages one at a time. */
    async capture(body: () => Promise<unknown>): Promise<CapturedStatement[]> {
      if (recording) throw new Error('capture() is already running');
      const statements: CapturedStatement[] = [];
      recording = statements;
      try {
        await body();
      } finally {
        recording = null;
      }
      return statements;
    },
  };
}

export interface PlanNode {
  type: string;
  relation?: string;
  index?: string;
  /** The planner's estimate of rows this node returns (per loop). */
  rows: number;
}

type RawPlan = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows'?: number;
  Plans?: RawPlan[];
};

function flatten(plan: RawPlan, out: PlanNode[] = []): PlanNode[] {
  out.push({
    type: plan['Node Type'],
    relation: plan['Relation Name'],
    index: plan['Index Name'],
    rows: plan['Plan Rows'] ?? 0,
  });
  for (const child of plan.Plans ?? []) flatten(child, out);
  return out;
}

/** Parameters as node-postgres sends them: JSON values as text, null as NULL. PostgreSQL infers the types. */
function pgParams(params: unknown[]): unknown[] {
  return params.map((p) => (p === null || typeof p !== 'object' ? p : JSON.stringify(p)));
}

/** The plan nodes of `statement`, depth first (EXPLAIN without ANALYZE: nothing is executed). */
export async function explain(connection: pg.ClientBase, statement: CapturedStatement): Promise<PlanNode[]> {
  const result = await connection.query<{ 'QUERY PLAN': [{ Plan: RawPlan }] }>(
    `EXPLAIN (FORMAT JSON) ${statement.sql}`,
    pgParams(statement.params),
  );
  return flatten(result.rows[0]['QUERY PLAN'][0].Plan);
}

/**
 * Tables that stay small however much is published (a newsroom has a handful of sections and pages, three
 * languages): a sequential scan of them is the cheapest plan and no risk. Everything else grows with the
 * content and must be reached through an index.
 */
export const SMALL_TABLES: Record<string, string> = {
  Section: 'one row per section (6 in the demo; a newsroom has tens at most)',
  SectionTranslation: 'sections × 3 languages',
  StaticPage: 'about, contacts: a handful of pages',
  StaticPageTranslation: 'static pages × 3 languages',
  BreakingNews: 'at most one row per language (primary key: locale)',
  Author: 'newsroom staff: hundreds at most',
  AuthorTranslation: 'authors × 3 languages',
};

/**
 * Statements that read a whole language on purpose, named one by one (matched by their SQL) with the reason.
 * Both serve crawler files that are built once and cached, never a reader page. Anything else that scans, or
 * these statements scanning another table, still fails. Listed as leftovers in docs/performance.md.
 */
export const WHOLE_LANGUAGE_READS: { sql: RegExp; relations: string[]; reason: string }[] = [
  {
    sql: /^SELECT COUNT\(\*\) AS "_count\$_all", MAX\("updatedAt"\)/,
    relations: ['Article'],
    reason:
      'sitemapStats: the sitemap index needs the exact number of visible versions of each language to know how many files there are',
  },
  {
    sql: /max\(a\."contentUpdatedAt"\) AS lastmod|FROM "public"\."TagTranslation" WHERE "public"\."TagTranslation"\."locale" = |FROM "public"\."Tag" WHERE "public"\."Tag"\."id" IN|FROM "public"\."TagTranslation" WHERE "public"\."TagTranslation"\."tagId" IN/,
    relations: ['Article', 'Story', 'StoryTag', 'StoryAuthor', 'Tag', 'TagTranslation'],
    reason:
      'listingSitemapRows: the listings sitemap names every section, tag and author of a language with its latest change',
  },
];

const allowedRead = (sql: string, relation: string) =>
  WHOLE_LANGUAGE_READS.some((r) => r.sql.test(sql.trim()) && r.relations.includes(relation));

export interface PlannedStatement extends CapturedStatement {
  nodes: PlanNode[];
}

export interface PageReport {
  page: string;
  statements: PlannedStatement[];
}

export interface WholeTableScan {
  page: string;
  relation: string;
  sql: string;
}

/** Every sequential scan of a table that is not in `small`. */
export function wholeTableScans(reports: PageReport[], small: Record<string, string> = SMALL_TABLES): WholeTableScan[] {
  return reports.flatMap((r) =>
    r.statements.flatMap((s) =>
      s.nodes
        .filter((n) => n.type === 'Seq Scan' && n.relation && !(n.relation in small) && !allowedRead(s.sql, n.relation))
        .map((n) => ({ page: r.page, relation: n.relation!, sql: s.sql })),
    ),
  );
}

const oneLine = (sql: string, max = 160) => {
  const s = sql
    .replace(/"public"\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

const describeNode = (n: PlanNode) =>
  `${n.type}${n.relation ? ` on ${n.relation}` : ''}${n.index ? ` using ${n.index}` : ''}`;

/** A readable listing: per page, each statement (shortened) and its plan's nodes; ✗ a forbidden scan, ≈ a listed whole-language read. */
export function formatReports(reports: PageReport[], small: Record<string, string> = SMALL_TABLES): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.page} — ${r.statements.length} statements`);
    r.statements.forEach((s, i) => {
      const scans = s.nodes.filter((n) => n.type === 'Seq Scan' && n.relation && !(n.relation in small));
      const bad = scans.some((n) => !allowedRead(s.sql, n.relation!));
      lines.push(`  ${bad ? '✗' : scans.length ? '≈' : ' '} ${i + 1}. ${oneLine(s.sql)}`);
      const shown = s.nodes.filter((n) => n.relation || n.index || /Scan|Sort|Aggregate|Limit|Join|Loop/.test(n.type));
      lines.push(`       ${shown.map(describeNode).join(' → ')}`);
    });
  }
  return lines.join('\n');
}
