import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { demoContent } from '@/prisma/seed/content';
import { convertText } from './convert';
import { foldBelarusian, foldSql } from './fold';

/** Every distinct Belarusian word of the demo stories (titles, ledes, body text). */
function demoWords(): string[] {
  const texts = demoContent.flatMap((s) => {
    const v = s.versions.be;
    if (!v) return [];
    const body = JSON.stringify(v.body).match(/"text":"[^"]*"/g) ?? [];
    return [v.title, v.lede, ...body];
  });
  const words =
    texts
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}’'ʼ]+/gu) ?? [];
  return [...new Set(words)].filter((w) => /[а-яёіўґ]/.test(w));
}

describe('foldBelarusian', () => {
  it('gives official, classical and Łacinka spellings of a word one key', () => {
    const same = [
      ['снег', 'сьнег', 'śnieh', 'snieh', 'СНЕГ', 'Śnieh'],
      ['клуб', 'клюб', 'kłub', 'klub'],
      ['план', 'плян', 'płan', 'plan'],
      ['газета', 'ґазэта', 'gazeta', 'hazieta'],
      ['Еўропа', 'Эўропа', 'Jeŭropa', 'Eŭropa'],
      ['сістэма', 'сыстэма', 'sistema', 'systema'],
      ['сям’я', "сям'я", 'сямʼя', 'siamja'],
      ['ёсць', 'ёсьць', 'jość', 'josć'],
      ['біялогія', 'біялёгія', 'bijałohija', 'bijalohija'],
      ['рэжысёр', 'рэжысэр', 'režysior'],
      ['дзесяцігоддзе', 'дзесяцігодзьдзе', 'dziesiacihoddzie'],
      ['хлеб', 'chleb'],
      ['Мінск', 'Minsk'],
    ];
    for (const group of same) {
      const keys = new Set(group.map(foldBelarusian));
      expect([...keys], group.join(', ')).toHaveLength(1);
    }
  });

  it('keeps different words apart', () => {
    expect(foldBelarusian('школа')).not.toBe(foldBelarusian('шкала'));
    expect(foldBelarusian('мінск')).not.toBe(foldBelarusian('менск'));
    expect(foldBelarusian('rada')).not.toBe(foldBelarusian('рада1'));
  });

  it('every demo word and its automatic Łacinka fold alike; most of its classical spellings too', () => {
    const words = demoWords();
    expect(words.length).toBeGreaterThan(500);
    const latin = words.filter((w) => foldBelarusian(convertText(w, 'latn')) !== foldBelarusian(w));
    expect(latin).toEqual([]);
    // What differs is vocabulary (горада/места, Мінск/Менск) or an ending, which the stems absorb.
    const classical = words.filter((w) => foldBelarusian(convertText(w, 'tarask')) === foldBelarusian(w));
    expect(classical.length / words.length).toBeGreaterThan(0.95);
  });
});

describeOnDatabases('belarusian_fold in SQL', () => {
  it('is the same function as foldBelarusian (the migration was generated from it)', async () => {
    const words = [
      ...demoWords(),
      ...demoWords().map((w) => convertText(w, 'latn')),
      ...demoWords().map((w) => convertText(w, 'tarask')),
      'ŁACINKA Śnieh ČAS Žyccio Ŭ',
      "сям'я сям’я сямʼя",
      `'); DROP TABLE "Article"; --`,
      // (Not İ: JavaScript lower-cases it to two code points, PostgreSQL to one; no Belarusian text has it.)
      'ß Ǆ Ω',
    ];
    const rows = await db().$queryRaw<{ w: string; f: string }[]>`
      SELECT w, belarusian_fold(w) AS f FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) AS w`;
    const mismatches = rows.filter((r) => r.f !== foldBelarusian(r.w));
    expect(mismatches).toEqual([]);
    expect(rows).toHaveLength(words.length);
  });

  it('the migration holds the SQL that foldSql writes today', async () => {
    const [row] = await db().$queryRaw<{ src: string }[]>`
      SELECT prosrc AS src FROM pg_proc WHERE proname = 'belarusian_fold'`;
    expect(row.src.trim()).toBe(`SELECT ${foldSql('t')}`);
  });
});
