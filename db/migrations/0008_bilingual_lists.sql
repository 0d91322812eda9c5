-- Grades and quartiers become bilingual lists. drizzle-kit 0.31 leaves the ON DELETE action out of
-- an added column's REFERENCES: written here as the schema (and its snapshot) say.
CREATE TABLE `staff_grades` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
ALTER TABLE `staff` ADD `grade_id` text REFERENCES staff_grades(id) ON DELETE restrict;--> statement-breakpoint
CREATE INDEX `staff_grade` ON `staff` (`grade_id`);--> statement-breakpoint
ALTER TABLE `organization_locations` ADD `quartier_id` text REFERENCES directory_terms(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `organization_locations_quartier_id` ON `organization_locations` (`quartier_id`,`organization_id`);