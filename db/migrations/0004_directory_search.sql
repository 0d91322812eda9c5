-- Search over organisations in both scripts: `names` holds the folded names and acronyms,
-- `texts` the folded descriptions and service names. Text is folded by db/search/fold.ts before
-- it is stored and before it is queried, so the tokenizer itself must not fold anything more.
CREATE VIRTUAL TABLE `organization_search` USING fts5(`organization_id` UNINDEXED, `names`, `texts`, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
