CREATE TABLE `organization_facet_counts` (
	`facet` text NOT NULL,
	`value` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`facet`, `value`)
);
--> statement-breakpoint
DROP INDEX `staff_status_sort_fr`;--> statement-breakpoint
DROP INDEX `staff_status_sort_ar`;--> statement-breakpoint
CREATE INDEX `staff_status_name_fr` ON `staff` (`status`,"sort_name_fr" = '',`sort_name_fr`,`matricule`);--> statement-breakpoint
CREATE INDEX `staff_status_name_ar` ON `staff` (`status`,"sort_name_ar" = '',`sort_name_ar`,`matricule`);--> statement-breakpoint
CREATE INDEX `organizations_browse_fr` ON `organizations` ("sort_name_fr" = '',`sort_name_fr`,`sort_name_ar`) WHERE "organizations"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX `organizations_browse_ar` ON `organizations` ("sort_name_ar" = '',`sort_name_ar`,`sort_name_fr`) WHERE "organizations"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX `organizations_live_verified` ON `organizations` (`verified_at`) WHERE "organizations"."archived_at" IS NULL;