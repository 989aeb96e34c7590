-- Belarusian search ignores orthography and alphabet (decision 0031): stories are indexed in one folded
-- spelling, and lib/news/search.ts folds the query the same way. The function is generated from
-- lib/belarusian/fold.ts (foldSql) and must stay equal to it: lib/belarusian/fold.test.ts compares the two on
-- PGlite and PostgreSQL. Hand-written (Prisma does not model functions or triggers, so it never diffs them).
CREATE OR REPLACE FUNCTION "belarusian_fold"(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $fn$ SELECT replace(replace(replace(replace(replace(replace(replace(replace(translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(t), '''', ''), '’', ''), 'ʼ', ''), 'ch', 'х'), 'ji', 'і'), 'ja', 'я'), 'je', 'е'), 'jo', 'ё'), 'ju', 'ю'), 'ia', 'я'), 'ie', 'е'), 'io', 'ё'), 'iu', 'ю'), 'abcčćdefghijklĺłmnńoprsśštuŭvwyzźžґэ', 'абцчцдефггійклллмннопрссштуўввыззжге'), 'ь', ''), 'дздз', 'ддз'), 'ля', 'ла'), 'лю', 'лу'), 'лё', 'ло'), 'сы', 'сі'), 'зы', 'зі'), 'ё', 'е') $fn$;

-- As before for ru/en; Belarusian title, lede and body text nodes are folded first.
CREATE OR REPLACE FUNCTION "article_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  cfg regconfig := CASE NEW."locale"::text WHEN 'ru' THEN 'russian'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END;
  texts jsonb := coalesce(jsonb_path_query_array(NEW."body", 'strict $.**.text'), '[]'::jsonb);
BEGIN
  IF NEW."locale"::text = 'be' THEN
    NEW."searchVector" :=
      setweight(to_tsvector('simple', belarusian_fold(coalesce(NEW."title", ''))), 'A') ||
      setweight(to_tsvector('simple', belarusian_fold(coalesce(NEW."lede", ''))), 'B') ||
      setweight(to_tsvector('simple', belarusian_fold(array_to_string(ARRAY(SELECT jsonb_array_elements_text(jsonb_path_query_array(texts, 'strict $[*] ? (@.type() == "string")'))), ' '))), 'C');
  ELSE
    NEW."searchVector" :=
      setweight(to_tsvector(cfg, coalesce(NEW."title", '')), 'A') ||
      setweight(to_tsvector(cfg, coalesce(NEW."lede", '')), 'B') ||
      setweight(jsonb_to_tsvector(cfg, texts, '["string"]'), 'C');
  END IF;
  RETURN NEW;
END
$fn$;

-- Existing Belarusian rows.
UPDATE "Article" SET "title" = "title" WHERE "locale" = 'be';
