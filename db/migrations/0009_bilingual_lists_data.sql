-- Grades and quartiers typed as free text become items of bilingual lists (0007 added the links):
-- one item per distinct text, case aside, named in the script it was typed in (Arabic letters: the
-- Arabic name), then every staff member and address is linked to its item. The free texts are
-- dropped by the next migration. Ids are UUID v7 like every record's (docs/ARCHITECTURE.md §3):
-- 48 bits of milliseconds, the version 7, 12 random bits, the variant 10xx, 62 random bits.
INSERT INTO `staff_grades` (`id`, `name_fr`, `name_ar`, `position`)
SELECT
  lower(substr(printf('%012x', ms), 1, 8) || '-' || substr(printf('%012x', ms), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))),
  CASE WHEN name GLOB '*[؀-ۿ]*' THEN '' ELSE name END,
  CASE WHEN name GLOB '*[؀-ۿ]*' THEN name ELSE '' END,
  row_number() OVER (ORDER BY name) - 1
FROM (
  SELECT min(trim(`grade`)) AS name, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS ms
  FROM `staff` WHERE trim(`grade`) <> '' GROUP BY lower(trim(`grade`))
);
--> statement-breakpoint
UPDATE `staff` SET `grade_id` = (
  SELECT g.`id` FROM `staff_grades` g WHERE lower(g.`name_fr` || g.`name_ar`) = lower(trim(`staff`.`grade`))
) WHERE trim(`grade`) <> '';
--> statement-breakpoint
-- A quartier's code is its lower-case name: unique, as the items are one per lower-case name.
INSERT INTO `directory_terms` (`id`, `kind`, `code`, `name_fr`, `name_ar`, `position`)
SELECT
  lower(substr(printf('%012x', ms), 1, 8) || '-' || substr(printf('%012x', ms), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))),
  'quartier',
  lower(name),
  CASE WHEN name GLOB '*[؀-ۿ]*' THEN '' ELSE name END,
  CASE WHEN name GLOB '*[؀-ۿ]*' THEN name ELSE '' END,
  row_number() OVER (ORDER BY name) - 1
FROM (
  SELECT min(trim(`quartier`)) AS name, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS ms
  FROM `organization_locations` WHERE trim(`quartier`) <> '' GROUP BY lower(trim(`quartier`))
);
--> statement-breakpoint
UPDATE `organization_locations` SET `quartier_id` = (
  SELECT t.`id` FROM `directory_terms` t
  WHERE t.`kind` = 'quartier' AND t.`code` = lower(trim(`organization_locations`.`quartier`))
) WHERE trim(`quartier`) <> '';
