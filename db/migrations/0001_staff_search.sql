-- Name search over staff in both scripts. The text is folded by db/search/fold.ts before it is
-- stored and before it is queried, so the tokenizer itself must not fold anything more.
CREATE VIRTUAL TABLE `staff_search` USING fts5(`staff_id` UNINDEXED, `names`, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
