DROP INDEX `organization_locations_quartier`;--> statement-breakpoint
ALTER TABLE `organization_locations` DROP COLUMN `quartier`;--> statement-breakpoint
ALTER TABLE `staff` DROP COLUMN `grade`;