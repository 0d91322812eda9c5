CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`installation_id` text NOT NULL,
	`commune_fr` text DEFAULT '' NOT NULL,
	`commune_ar` text DEFAULT '' NOT NULL,
	`role` text DEFAULT 'sas' NOT NULL,
	`operator_name` text DEFAULT '' NOT NULL,
	`language` text DEFAULT 'fr' NOT NULL,
	`setup_done` integer DEFAULT false NOT NULL,
	`proficient_level` integer DEFAULT 3 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "settings_single_row" CHECK("settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`operator` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`fields` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_record` ON `audit_log` (`record_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `org_units` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`parent_id` text,
	`kind` text NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`parent_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `org_units_parent` ON `org_units` (`parent_id`);--> statement-breakpoint
CREATE TABLE `competencies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`category_id` text NOT NULL,
	`code` text NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`description_fr` text DEFAULT '' NOT NULL,
	`description_ar` text DEFAULT '' NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`category_id`) REFERENCES `competency_categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `competencies_code` ON `competencies` (`code`);--> statement-breakpoint
CREATE INDEX `competencies_category` ON `competencies` (`category_id`);--> statement-breakpoint
CREATE TABLE `competency_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE TABLE `proficiency_levels` (
	`level` integer PRIMARY KEY NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`descriptor_fr` text DEFAULT '' NOT NULL,
	`descriptor_ar` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `job_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`field_fr` text DEFAULT '' NOT NULL,
	`field_ar` text DEFAULT '' NOT NULL,
	`mission_fr` text DEFAULT '' NOT NULL,
	`mission_ar` text DEFAULT '' NOT NULL,
	`activities_fr` text DEFAULT '' NOT NULL,
	`activities_ar` text DEFAULT '' NOT NULL,
	`context_fr` text DEFAULT '' NOT NULL,
	`context_ar` text DEFAULT '' NOT NULL,
	`relations_internal_fr` text DEFAULT '' NOT NULL,
	`relations_internal_ar` text DEFAULT '' NOT NULL,
	`relations_external_fr` text DEFAULT '' NOT NULL,
	`relations_external_ar` text DEFAULT '' NOT NULL,
	`reports_to_id` text,
	`archived_at` text,
	FOREIGN KEY (`reports_to_id`) REFERENCES `job_profiles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_profiles_code` ON `job_profiles` (`code`);--> statement-breakpoint
CREATE TABLE `job_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`job_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`required_level` integer NOT NULL,
	`importance` text DEFAULT 'important' NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `job_profiles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_requirements_job_competency` ON `job_requirements` (`job_id`,`competency_id`);--> statement-breakpoint
CREATE INDEX `job_requirements_competency` ON `job_requirements` (`competency_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`matricule` text NOT NULL,
	`first_name_fr` text DEFAULT '' NOT NULL,
	`last_name_fr` text DEFAULT '' NOT NULL,
	`first_name_ar` text DEFAULT '' NOT NULL,
	`last_name_ar` text DEFAULT '' NOT NULL,
	`sort_name_fr` text DEFAULT '' NOT NULL,
	`sort_name_ar` text DEFAULT '' NOT NULL,
	`gender` text NOT NULL,
	`grade` text DEFAULT '' NOT NULL,
	`unit_id` text,
	`job_id` text,
	`is_manager` integer DEFAULT false NOT NULL,
	`hire_date` text,
	`status` text DEFAULT 'active' NOT NULL,
	`left_date` text,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`job_id`) REFERENCES `job_profiles`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_matricule` ON `staff` (`matricule`);--> statement-breakpoint
CREATE INDEX `staff_unit` ON `staff` (`unit_id`);--> statement-breakpoint
CREATE INDEX `staff_job` ON `staff` (`job_id`);--> statement-breakpoint
CREATE INDEX `staff_status_sort_fr` ON `staff` (`status`,`sort_name_fr`);--> statement-breakpoint
CREATE INDEX `staff_status_sort_ar` ON `staff` (`status`,`sort_name_ar`);