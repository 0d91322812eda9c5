CREATE TABLE `attendance` (
	`enrolment_id` text NOT NULL,
	`slot_id` text NOT NULL,
	`mark` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`slot_id`) REFERENCES `session_slots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_pk` ON `attendance` (`enrolment_id`,`slot_id`);--> statement-breakpoint
CREATE INDEX `attendance_slot` ON `attendance` (`slot_id`);--> statement-breakpoint
CREATE TABLE `attestations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`enrolment_id` text NOT NULL,
	`year` integer NOT NULL,
	`sequence` integer NOT NULL,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`content` text NOT NULL,
	`signature` text NOT NULL,
	`signer_public_key` text NOT NULL,
	`revoked_at` text,
	`revoke_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attestations_year_sequence` ON `attestations` (`year`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `attestations_number` ON `attestations` (`number`);--> statement-breakpoint
CREATE INDEX `attestations_enrolment` ON `attestations` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`session_id` text NOT NULL,
	`staff_id` text,
	`trainee_id` text,
	`need_id` text,
	`status` text DEFAULT 'requested' NOT NULL,
	`decided_by` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`waitlisted_at` text,
	`passed` integer,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`trainee_id`) REFERENCES `association_trainees`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`need_id`) REFERENCES `training_needs`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "enrolments_one_participant" CHECK(("enrolments"."staff_id" IS NULL) <> ("enrolments"."trainee_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_session_staff` ON `enrolments` (`session_id`,`staff_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_session_trainee` ON `enrolments` (`session_id`,`trainee_id`);--> statement-breakpoint
CREATE INDEX `enrolments_staff` ON `enrolments` (`staff_id`);--> statement-breakpoint
CREATE INDEX `enrolments_trainee` ON `enrolments` (`trainee_id`);--> statement-breakpoint
CREATE TABLE `session_costs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`session_id` text NOT NULL,
	`item` text NOT NULL,
	`amount_centimes` integer DEFAULT 0 NOT NULL,
	`funder_id` text,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`funder_id`) REFERENCES `plan_funders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `session_costs_session` ON `session_costs` (`session_id`);--> statement-breakpoint
CREATE TABLE `session_scans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`session_id` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_scans_session` ON `session_scans` (`session_id`);--> statement-breakpoint
CREATE TABLE `session_slots` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`session_id` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_slots_session` ON `session_slots` (`session_id`);--> statement-breakpoint
CREATE INDEX `session_slots_date` ON `session_slots` (`date`,`start_time`);--> statement-breakpoint
CREATE TABLE `session_trainers` (
	`session_id` text NOT NULL,
	`trainer_id` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`trainer_id`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_trainers_pk` ON `session_trainers` (`session_id`,`trainer_id`);--> statement-breakpoint
CREATE INDEX `session_trainers_trainer` ON `session_trainers` (`trainer_id`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text NOT NULL,
	`action_id` text,
	`course_id` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`venue_id` text,
	`language` text DEFAULT 'ar_fr' NOT NULL,
	`min_capacity` integer DEFAULT 0 NOT NULL,
	`max_capacity` integer DEFAULT 20 NOT NULL,
	`waitlist` integer DEFAULT true NOT NULL,
	`registration_deadline` text,
	`attendance_required` integer DEFAULT 80 NOT NULL,
	`test_planned` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `plan_actions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_sessions_code` ON `training_sessions` (`code`);--> statement-breakpoint
CREATE INDEX `training_sessions_action` ON `training_sessions` (`action_id`);--> statement-breakpoint
CREATE INDEX `training_sessions_course` ON `training_sessions` (`course_id`);--> statement-breakpoint
CREATE INDEX `training_sessions_venue` ON `training_sessions` (`venue_id`);--> statement-breakpoint
ALTER TABLE `settings` ADD `time_zone` text DEFAULT 'Africa/Casablanca' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `signatories` text DEFAULT '[]' NOT NULL;