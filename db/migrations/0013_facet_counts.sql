-- The facet counts of browsing (organization_facet_counts, made by 0012) are kept by triggers, so
-- every write path (services, import, merge, a term's deletion through its foreign keys) keeps them
-- right. Only organisations not archived count; an organisation counts once per quartier however
-- many of its addresses are there. Counts that fall to 0 stay as rows and are not shown.
CREATE TRIGGER `organizations_facets_insert` AFTER INSERT ON `organizations` WHEN new.`archived_at` IS NULL BEGIN
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) VALUES ('status', new.`status`, 1)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) SELECT 'legal_status', new.`legal_status_id`, 1 WHERE new.`legal_status_id` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_facets_update` AFTER UPDATE OF `status`, `legal_status_id`, `archived_at` ON `organizations`
WHEN old.`status` IS NOT new.`status` OR old.`legal_status_id` IS NOT new.`legal_status_id` OR (old.`archived_at` IS NULL) <> (new.`archived_at` IS NULL) BEGIN
  UPDATE `organization_facet_counts` SET `count` = `count` - 1
    WHERE old.`archived_at` IS NULL AND ((`facet` = 'status' AND `value` = old.`status`) OR (`facet` = 'legal_status' AND `value` = old.`legal_status_id`));
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) SELECT 'status', new.`status`, 1 WHERE new.`archived_at` IS NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`)
    SELECT 'legal_status', new.`legal_status_id`, 1 WHERE new.`archived_at` IS NULL AND new.`legal_status_id` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
  -- Archived: its terms and quartiers leave the counts; restored: they come back.
  UPDATE `organization_facet_counts` SET `count` = `count` - 1
    WHERE old.`archived_at` IS NULL AND new.`archived_at` IS NOT NULL AND (
      (`facet` = 'term' AND `value` IN (SELECT `term_id` FROM `organization_terms` WHERE `organization_id` = new.`id`))
      OR (`facet` = 'quartier' AND `value` IN (SELECT `quartier_id` FROM `organization_locations` WHERE `organization_id` = new.`id`)));
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`)
    SELECT 'term', `term_id`, 1 FROM `organization_terms`
    WHERE old.`archived_at` IS NOT NULL AND new.`archived_at` IS NULL AND `organization_id` = new.`id`
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`)
    SELECT DISTINCT 'quartier', `quartier_id`, 1 FROM `organization_locations`
    WHERE old.`archived_at` IS NOT NULL AND new.`archived_at` IS NULL AND `organization_id` = new.`id` AND `quartier_id` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
-- Before the row goes: its children are still there (a cascade deletes them after, and their own
-- triggers then find no organisation and count nothing).
CREATE TRIGGER `organizations_facets_delete` BEFORE DELETE ON `organizations` WHEN old.`archived_at` IS NULL BEGIN
  UPDATE `organization_facet_counts` SET `count` = `count` - 1
    WHERE (`facet` = 'status' AND `value` = old.`status`) OR (`facet` = 'legal_status' AND `value` = old.`legal_status_id`)
      OR (`facet` = 'term' AND `value` IN (SELECT `term_id` FROM `organization_terms` WHERE `organization_id` = old.`id`))
      OR (`facet` = 'quartier' AND `value` IN (SELECT `quartier_id` FROM `organization_locations` WHERE `organization_id` = old.`id`));
END;
--> statement-breakpoint
CREATE TRIGGER `organization_terms_facets_insert` AFTER INSERT ON `organization_terms`
WHEN EXISTS (SELECT 1 FROM `organizations` WHERE `id` = new.`organization_id` AND `archived_at` IS NULL) BEGIN
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) VALUES ('term', new.`term_id`, 1)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_terms_facets_delete` AFTER DELETE ON `organization_terms`
WHEN EXISTS (SELECT 1 FROM `organizations` WHERE `id` = old.`organization_id` AND `archived_at` IS NULL) BEGIN
  UPDATE `organization_facet_counts` SET `count` = `count` - 1 WHERE `facet` = 'term' AND `value` = old.`term_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_terms_facets_update` AFTER UPDATE ON `organization_terms` BEGIN
  UPDATE `organization_facet_counts` SET `count` = `count` - 1 WHERE `facet` = 'term' AND `value` = old.`term_id`
    AND EXISTS (SELECT 1 FROM `organizations` WHERE `id` = old.`organization_id` AND `archived_at` IS NULL);
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) SELECT 'term', new.`term_id`, 1
    WHERE EXISTS (SELECT 1 FROM `organizations` WHERE `id` = new.`organization_id` AND `archived_at` IS NULL)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_locations_facets_insert` AFTER INSERT ON `organization_locations`
WHEN new.`quartier_id` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `organizations` WHERE `id` = new.`organization_id` AND `archived_at` IS NULL)
  AND NOT EXISTS (SELECT 1 FROM `organization_locations` WHERE `quartier_id` = new.`quartier_id` AND `organization_id` = new.`organization_id` AND `id` <> new.`id`) BEGIN
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) VALUES ('quartier', new.`quartier_id`, 1)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_locations_facets_delete` AFTER DELETE ON `organization_locations`
WHEN old.`quartier_id` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `organizations` WHERE `id` = old.`organization_id` AND `archived_at` IS NULL)
  AND NOT EXISTS (SELECT 1 FROM `organization_locations` WHERE `quartier_id` = old.`quartier_id` AND `organization_id` = old.`organization_id`) BEGIN
  UPDATE `organization_facet_counts` SET `count` = `count` - 1 WHERE `facet` = 'quartier' AND `value` = old.`quartier_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_locations_facets_update` AFTER UPDATE OF `organization_id`, `quartier_id` ON `organization_locations`
WHEN old.`quartier_id` IS NOT new.`quartier_id` OR old.`organization_id` IS NOT new.`organization_id` BEGIN
  UPDATE `organization_facet_counts` SET `count` = `count` - 1 WHERE `facet` = 'quartier' AND `value` = old.`quartier_id`
    AND EXISTS (SELECT 1 FROM `organizations` WHERE `id` = old.`organization_id` AND `archived_at` IS NULL)
    AND NOT EXISTS (SELECT 1 FROM `organization_locations` WHERE `quartier_id` = old.`quartier_id` AND `organization_id` = old.`organization_id`);
  INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`) SELECT 'quartier', new.`quartier_id`, 1
    WHERE new.`quartier_id` IS NOT NULL
      AND EXISTS (SELECT 1 FROM `organizations` WHERE `id` = new.`organization_id` AND `archived_at` IS NULL)
      AND NOT EXISTS (SELECT 1 FROM `organization_locations` WHERE `quartier_id` = new.`quartier_id` AND `organization_id` = new.`organization_id` AND `id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
-- The counts of the organisations already there.
INSERT INTO `organization_facet_counts` (`facet`, `value`, `count`)
  SELECT 'status', `status`, count(*) FROM `organizations` WHERE `archived_at` IS NULL GROUP BY `status`
  UNION ALL SELECT 'legal_status', `legal_status_id`, count(*) FROM `organizations` WHERE `archived_at` IS NULL AND `legal_status_id` IS NOT NULL GROUP BY `legal_status_id`
  UNION ALL SELECT 'term', t.`term_id`, count(*) FROM `organization_terms` t JOIN `organizations` o ON o.`id` = t.`organization_id` AND o.`archived_at` IS NULL GROUP BY t.`term_id`
  UNION ALL SELECT 'quartier', l.`quartier_id`, count(DISTINCT l.`organization_id`) FROM `organization_locations` l JOIN `organizations` o ON o.`id` = l.`organization_id` AND o.`archived_at` IS NULL
    WHERE l.`quartier_id` IS NOT NULL GROUP BY l.`quartier_id`;
