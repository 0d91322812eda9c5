CREATE TABLE `annual_lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`year` integer NOT NULL,
	`lessons_fr` text DEFAULT '' NOT NULL,
	`lessons_ar` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annual_lessons_year_unique` ON `annual_lessons` (`year`);