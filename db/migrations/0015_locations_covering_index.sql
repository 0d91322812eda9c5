DROP INDEX `organization_locations_org`;--> statement-breakpoint
CREATE INDEX `organization_locations_org_quartier` ON `organization_locations` (`organization_id`,`quartier_id`);