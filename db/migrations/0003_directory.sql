CREATE TABLE `directory_services` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`description_fr` text DEFAULT '' NOT NULL,
	`description_ar` text DEFAULT '' NOT NULL,
	`eligibility_fr` text DEFAULT '' NOT NULL,
	`eligibility_ar` text DEFAULT '' NOT NULL,
	`fees_fr` text DEFAULT '' NOT NULL,
	`fees_ar` text DEFAULT '' NOT NULL,
	`schedule_fr` text DEFAULT '' NOT NULL,
	`schedule_ar` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `directory_services_org` ON `directory_services` (`organization_id`);--> statement-breakpoint
CREATE TABLE `directory_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directory_terms_kind_code` ON `directory_terms` (`kind`,`code`);--> statement-breakpoint
CREATE TABLE `organization_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`met` integer DEFAULT true NOT NULL,
	`checked_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`criterion_id`) REFERENCES `quality_criteria`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_checks_org_criterion` ON `organization_checks` (`organization_id`,`criterion_id`);--> statement-breakpoint
CREATE INDEX `organization_checks_criterion` ON `organization_checks` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `organization_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`role_fr` text DEFAULT '' NOT NULL,
	`role_ar` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_contacts_org` ON `organization_contacts` (`organization_id`);--> statement-breakpoint
CREATE TABLE `organization_locations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`address_fr` text DEFAULT '' NOT NULL,
	`address_ar` text DEFAULT '' NOT NULL,
	`quartier` text DEFAULT '' NOT NULL,
	`latitude` real,
	`longitude` real,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_locations_org` ON `organization_locations` (`organization_id`);--> statement-breakpoint
CREATE INDEX `organization_locations_quartier` ON `organization_locations` (`quartier`,`organization_id`);--> statement-breakpoint
CREATE TABLE `organization_phones` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`number` text NOT NULL,
	`digits` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_phones_org` ON `organization_phones` (`organization_id`);--> statement-breakpoint
CREATE INDEX `organization_phones_digits` ON `organization_phones` (`digits`);--> statement-breakpoint
CREATE TABLE `organization_terms` (
	`organization_id` text NOT NULL,
	`term_id` text NOT NULL,
	PRIMARY KEY(`organization_id`, `term_id`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`term_id`) REFERENCES `directory_terms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_terms_term` ON `organization_terms` (`term_id`,`organization_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`sort_name_fr` text DEFAULT '' NOT NULL,
	`sort_name_ar` text DEFAULT '' NOT NULL,
	`acronym_fr` text DEFAULT '' NOT NULL,
	`acronym_ar` text DEFAULT '' NOT NULL,
	`description_fr` text DEFAULT '' NOT NULL,
	`description_ar` text DEFAULT '' NOT NULL,
	`type` text DEFAULT 'association' NOT NULL,
	`legal_status_id` text,
	`registration_number` text DEFAULT '' NOT NULL,
	`registration_date` text,
	`year_founded` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`facebook` text DEFAULT '' NOT NULL,
	`hours_fr` text DEFAULT '' NOT NULL,
	`hours_ar` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`verified_at` text,
	`verified_by` text DEFAULT '' NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`legal_status_id`) REFERENCES `directory_terms`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `organizations_sort_fr` ON `organizations` (`sort_name_fr`);--> statement-breakpoint
CREATE INDEX `organizations_sort_ar` ON `organizations` (`sort_name_ar`);--> statement-breakpoint
CREATE INDEX `organizations_email` ON `organizations` (`email`);--> statement-breakpoint
CREATE INDEX `organizations_status` ON `organizations` (`status`);--> statement-breakpoint
CREATE INDEX `organizations_verified` ON `organizations` (`verified_at`);--> statement-breakpoint
CREATE INDEX `organizations_legal_status` ON `organizations` (`legal_status_id`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`start_date` text,
	`end_date` text,
	`document_ref` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partnerships_org` ON `partnerships` (`organization_id`);--> statement-breakpoint
CREATE TABLE `quality_criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`weight` integer DEFAULT 1 NOT NULL,
	`validity_months` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_criteria_code` ON `quality_criteria` (`code`);--> statement-breakpoint
CREATE TABLE `subsidies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`year` integer NOT NULL,
	`programme_fr` text DEFAULT '' NOT NULL,
	`programme_ar` text DEFAULT '' NOT NULL,
	`purpose_fr` text DEFAULT '' NOT NULL,
	`purpose_ar` text DEFAULT '' NOT NULL,
	`requested_centimes` integer DEFAULT 0 NOT NULL,
	`granted_centimes` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`decision_date` text,
	`deliberation_ref` text DEFAULT '' NOT NULL,
	`report_due_date` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `subsidies_org` ON `subsidies` (`organization_id`);--> statement-breakpoint
CREATE INDEX `subsidies_year` ON `subsidies` (`year`);--> statement-breakpoint
CREATE INDEX `subsidies_status_due` ON `subsidies` (`status`,`report_due_date`);