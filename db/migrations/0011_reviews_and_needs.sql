CREATE TABLE `competency_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`staff_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`level` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`source` text NOT NULL,
	`review_id` text,
	`recorded_by` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `competency_ratings_staff_competency` ON `competency_ratings` (`staff_id`,`competency_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `competency_ratings_current` ON `competency_ratings` (`competency_id`,`staff_id`,`valid_to`);--> statement-breakpoint
CREATE TABLE `review_campaign_units` (
	`campaign_id` text NOT NULL,
	`unit_id` text NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `review_campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_campaign_units_pk` ON `review_campaign_units` (`campaign_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `review_campaign_units_unit` ON `review_campaign_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `review_campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`scope` text DEFAULT 'service' NOT NULL,
	`self_due` text,
	`manager_due` text,
	`interview_due` text,
	`instructions_fr` text DEFAULT '' NOT NULL,
	`instructions_ar` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`opened_at` text,
	`closed_at` text,
	`reopen_reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_campaigns_code` ON `review_campaigns` (`code`);--> statement-breakpoint
CREATE TABLE `review_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`review_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`required_level` integer,
	`importance` text,
	`self_level` integer,
	`manager_level` integer,
	`agreed_level` integer,
	`justification` text DEFAULT '' NOT NULL,
	`not_applicable` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_items_review_competency` ON `review_items` (`review_id`,`competency_id`);--> statement-breakpoint
CREATE INDEX `review_items_competency` ON `review_items` (`competency_id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`campaign_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`job_id` text,
	`unit_id` text,
	`assessor_id` text,
	`state` text DEFAULT 'not_started' NOT NULL,
	`person_comment` text DEFAULT '' NOT NULL,
	`assessor_comment` text DEFAULT '' NOT NULL,
	`interview_date` text,
	`person_signed_on` text,
	`assessor_signed_on` text,
	`validated_at` text,
	`cancel_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `review_campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`job_id`) REFERENCES `job_profiles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assessor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_campaign_staff` ON `reviews` (`campaign_id`,`staff_id`);--> statement-breakpoint
CREATE INDEX `reviews_staff` ON `reviews` (`staff_id`);--> statement-breakpoint
CREATE INDEX `reviews_assessor` ON `reviews` (`assessor_id`);--> statement-breakpoint
CREATE TABLE `training_needs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`population` text NOT NULL,
	`staff_id` text,
	`unit_id` text,
	`organization_id` text,
	`competency_id` text,
	`origin` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`importance` text DEFAULT 'important' NOT NULL,
	`people_count` integer DEFAULT 1 NOT NULL,
	`estimated_gap` integer DEFAULT 1 NOT NULL,
	`state` text DEFAULT 'identified' NOT NULL,
	`state_reason` text DEFAULT '' NOT NULL,
	`deferred_to` integer,
	`fulfilled_at` text,
	`archived_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `training_needs_staff_competency` ON `training_needs` (`staff_id`,`competency_id`);--> statement-breakpoint
CREATE INDEX `training_needs_competency` ON `training_needs` (`competency_id`);--> statement-breakpoint
CREATE INDEX `training_needs_organization` ON `training_needs` (`organization_id`);