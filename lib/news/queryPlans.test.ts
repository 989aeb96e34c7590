// "No page render may scan a whole table." Every reader page's data calls (lib/news/testing/readerPages)
// run against a PostgreSQL database with thousands of synthetic stories (after ANALYZE, so the planner has a real
// choice); each statement they send is captured with its parameters and explained. A sequential scan of any table
// that grows with the content fails the test, with a listing of every page's statements and plan nodes.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTestDatabase } from '@/lib/db/testing';
import type { Locale } from '@/lib/locales';
import { createPostgresDatabase, migrationScripts, postgresProblem, seedReaderDemo } from './testing/databases';
import {
  explain,
  formatReports,
  recordingClient,
  SMALL_TABLES,
  WHOLE_LANGUAGE_READS,
  wholeTableScans,
  type PageReport,
} from './testing/plans';
import { pageFixtures, readerPages } from './testing/readerPages';
import { fillSynthetic } from './testing/synthetic';

const STORIES = 15_000;

describe.skipIf(postgresProblem !== null)(
  `query plans of reader pages — PostgreSQL${postgresProblem ? ` (SKIPPED: ${postgresProblem})` : ''}`,
  () => {
    let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
    let recorder: ReturnType<typeof recordingClient>;
    let connection: pg.Client;
    let release: (() => void) | undefined;
    const reports: PageReport[] = [];

    beforeAll(async () => {
      created = await createPostgresDatabase('plans_test');
      connection = new pg.Client({ connectionString: created.url });
      await connection.connect();
      for (const sql of migrationScripts()) await connection.query(sql);
      recorder = recordingClient(created.url);
      await seedReaderDemo(recorder.client);
      await fillSynthetic(connection, STORIES);
      // Live blogs (decision 0033): 2,000 entries on each demo live blog, and the entries of 100 other (past) live
      // blogs, so one blog's entries are a small part of the table, as on a real site.
      await connection.query(`
        INSERT INTO "LiveEntry" ("id", "articleId", "body", "authorName", "publishedAt", "updatedAt", "keyEvent")
        SELECT a."id" || '-plan-' || n, a."id", '{"type":"doc","content":[]}'::jsonb, 'x',
               now() - (n || ' minutes')::interval, now(), n % 100 = 0
        FROM "Article" a CROSS JOIN generate_series(1, 2000) n WHERE a."liveStatus" IS NOT NULL`);
      await connection.query(`
        INSERT INTO "LiveEntry" ("id", "articleId", "body", "authorName", "publishedAt", "updatedAt")
        SELECT a."id" || '-past-' || n, a."id", '{"type":"doc","content":[]}'::jsonb, 'x',
               now() - (n || ' minutes')::interval, now()
        FROM (SELECT "id" FROM "Article" WHERE "liveStatus" IS NULL ORDER BY "id" LIMIT 100) a
        CROSS JOIN generate_series(1, 500) n`);
      await connection.query('ANALYZE "LiveEntry"');
      release = installTestDatabase({ client: recorder.client, config: { kind: 'postgres', url: created.url } });
      for (const locale of ['be', 'ru', 'en'] as Locale[]) {
        const fixtures = await pageFixtures(connection, locale);
        for (const page of readerPages(fixtures)) {
          const statements = await recorder.capture(page.render);
          const planned = [];
          for (const s of statements) planned.push({ ...s, nodes: await explain(connection, s) });
          reports.push({ page: page.page, statements: planned });
        }
      }
    });

    afterAll(async () => {
      release?.();
      await recorder?.client.$disconnect();
      await connection?.end();
      await created?.drop();
    });

    it('captures the statements of every page (a page that sends nothing would pass unchecked)', () => {
      expect(reports.length).toBeGreaterThan(40);
      for (const r of reports) expect(r.statements.length, r.page).toBeGreaterThan(0);
      // Raw SQL (search, most read, sitemaps) is captured as well as Prisma's model queries.
      const search = reports.find((r) => r.page.startsWith('search /be/'))!;
      expect(search.statements.some((s) => s.sql.includes('ts_rank') || s.sql.includes('@@'))).toBe(true);
    });

    it('no page render scans a whole table that grows with the content', () => {
      const scans = wholeTableScans(reports);
      const allowed = [
        ...Object.entries(SMALL_TABLES).map(([t, why]) => `${t} (${why})`),
        ...WHOLE_LANGUAGE_READS.map((r) => `${r.relations.join('/')} in ${r.reason}`),
      ].join('; ');
      expect(
        scans.map((s) => `${s.page}: Seq Scan on ${s.relation}`),
        `Sequential scans found (✗ below). Allowed only on small tables: ${allowed}\n\n${formatReports(reports)}\n`,
      ).toEqual([]);
    });

    it('would notice a missing index: without the listing index the same statements scan Article', async () => {
      await connection.query('BEGIN');
      try {
        // Dropped inside a transaction that is rolled back: the plans below see the table without it.
        await connection.query('DROP INDEX "Article_locale_status_publishedAt_id_idx"');
        const replanned: PageReport[] = [];
        for (const r of reports) {
          const statements = [];
          for (const s of r.statements) statements.push({ ...s, nodes: await explain(connection, s) });
          replanned.push({ page: r.page, statements });
        }
        const scans = wholeTableScans(replanned);
        expect(scans.map((s) => s.relation)).toContain('Article');
        expect(scans.map((s) => s.page)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^section \/be\//), expect.stringMatching(/^front page/)]),
        );
        expect(formatReports(replanned)).toMatch(/✗ \d+\. .*Article/);
      } finally {
        await connection.query('ROLLBACK');
      }
    });
  },
);
