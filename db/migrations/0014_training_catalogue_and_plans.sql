CREATE TABLE `association_trainees` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`organization_id` text NOT NULL,
	`first_name_fr` text DEFAULT '' NOT NULL,
	`last_name_fr` text DEFAULT '' NOT NULL,
	`first_name_ar` text DEFAULT '' NOT NULL,
	`last_name_ar` text DEFAULT '' NOT NULL,
	`sort_name_fr` text DEFAULT '' NOT NULL,
	`sort_name_ar` text DEFAULT '' NOT NULL,
	`gender` text NOT NULL,
	`function` text DEFAULT 'social_worker' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`consent_date` text,
	`consent_scope` text DEFAULT '' NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `association_trainees_organization` ON `association_trainees` (`organization_id`);--> statement-breakpoint
CREATE INDEX `association_trainees_sort_fr` ON `association_trainees` (`sort_name_fr`);--> statement-breakpoint
CREATE TABLE `course_competencies` (
	`course_id` text NOT NULL,
	`competency_id` text NOT NULL,
	`target_level` integer NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `course_competencies_pk` ON `course_competencies` (`course_id`,`competency_id`);--> statement-breakpoint
CREATE INDEX `course_competencies_competency` ON `course_competencies` (`competency_id`);--> statement-breakpoint
CREATE TABLE `courses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`domain_fr` text DEFAULT '' NOT NULL,
	`domain_ar` text DEFAULT '' NOT NULL,
	`objectives_fr` text DEFAULT '' NOT NULL,
	`objectives_ar` text DEFAULT '' NOT NULL,
	`programme_fr` text DEFAULT '' NOT NULL,
	`programme_ar` text DEFAULT '' NOT NULL,
	`prerequisites_fr` text DEFAULT '' NOT NULL,
	`prerequisites_ar` text DEFAULT '' NOT NULL,
	`audience` text DEFAULT 'both' NOT NULL,
	`hours` real DEFAULT 0 NOT NULL,
	`modality` text DEFAULT 'in_person' NOT NULL,
	`evaluation_level` integer DEFAULT 1 NOT NULL,
	`attestation` text DEFAULT 'attendance' NOT NULL,
	`cost_per_participant_centimes` integer DEFAULT 0 NOT NULL,
	`group_size` integer DEFAULT 20 NOT NULL,
	`origin` text DEFAULT 'internal' NOT NULL,
	`languages` text DEFAULT '' NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `courses_code` ON `courses` (`code`);--> statement-breakpoint
CREATE TABLE `trainer_expertise` (
	`trainer_id` text NOT NULL,
	`competency_id` text NOT NULL,
	FOREIGN KEY (`trainer_id`) REFERENCES `trainers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trainer_expertise_pk` ON `trainer_expertise` (`trainer_id`,`competency_id`);--> statement-breakpoint
CREATE INDEX `trainer_expertise_competency` ON `trainer_expertise` (`competency_id`);--> statement-breakpoint
CREATE TABLE `trainers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`kind` text NOT NULL,
	`staff_id` text,
	`organization_id` text,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`bio_fr` text DEFAULT '' NOT NULL,
	`bio_ar` text DEFAULT '' NOT NULL,
	`languages` text DEFAULT '' NOT NULL,
	`daily_rate_centimes` integer DEFAULT 0 NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`share_consent` integer DEFAULT false NOT NULL,
	`consent_date` text,
	`allow_double_booking` integer DEFAULT false NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `trainers_staff` ON `trainers` (`staff_id`);--> statement-breakpoint
CREATE INDEX `trainers_organization` ON `trainers` (`organization_id`);--> statement-breakpoint
CREATE TABLE `venues` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`quartier_id` text,
	`capacity` integer DEFAULT 0 NOT NULL,
	`accessible` integer DEFAULT false NOT NULL,
	`equipment` text DEFAULT '' NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`quartier_id`) REFERENCES `directory_terms`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `plan_action_costs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action_id` text NOT NULL,
	`item` text NOT NULL,
	`amount_centimes` integer DEFAULT 0 NOT NULL,
	`funder_id` text,
	FOREIGN KEY (`action_id`) REFERENCES `plan_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`funder_id`) REFERENCES `plan_funders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `plan_action_costs_action` ON `plan_action_costs` (`action_id`);--> statement-breakpoint
CREATE TABLE `plan_action_needs` (
	`action_id` text NOT NULL,
	`need_id` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `plan_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`need_id`) REFERENCES `training_needs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_action_needs_pk` ON `plan_action_needs` (`action_id`,`need_id`);--> statement-breakpoint
CREATE INDEX `plan_action_needs_need` ON `plan_action_needs` (`need_id`);--> statement-breakpoint
CREATE TABLE `plan_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`plan_id` text NOT NULL,
	`axis_id` text,
	`code` text DEFAULT '' NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`objectives_fr` text DEFAULT '' NOT NULL,
	`objectives_ar` text DEFAULT '' NOT NULL,
	`course_id` text,
	`audience` text DEFAULT 'staff' NOT NULL,
	`women` integer DEFAULT 0 NOT NULL,
	`men` integer DEFAULT 0 NOT NULL,
	`staff_count` integer DEFAULT 0 NOT NULL,
	`association_count` integer DEFAULT 0 NOT NULL,
	`sessions` integer DEFAULT 1 NOT NULL,
	`modality` text DEFAULT 'in_person' NOT NULL,
	`provider_fr` text DEFAULT '' NOT NULL,
	`provider_ar` text DEFAULT '' NOT NULL,
	`hours` real DEFAULT 0 NOT NULL,
	`period_kind` text DEFAULT 'quarter' NOT NULL,
	`period_value` integer DEFAULT 1 NOT NULL,
	`evaluation_level` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `training_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`axis_id`) REFERENCES `plan_axes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `plan_actions_plan` ON `plan_actions` (`plan_id`);--> statement-breakpoint
CREATE INDEX `plan_actions_course` ON `plan_actions` (`course_id`);--> statement-breakpoint
CREATE TABLE `plan_axes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`plan_id` text NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`programme_result` text DEFAULT '' NOT NULL,
	`action_plan_ref` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `training_plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_axes_plan` ON `plan_axes` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_funders` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`plan_id` text NOT NULL,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`amount_centimes` integer DEFAULT 0 NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `training_plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_funders_plan` ON `plan_funders` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`plan_id` text NOT NULL,
	`version` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `training_plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_versions_plan_version` ON `plan_versions` (`plan_id`,`version`);--> statement-breakpoint
CREATE TABLE `training_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`year` integer NOT NULL,
	`audience` text DEFAULT 'staff' NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`context_fr` text DEFAULT '' NOT NULL,
	`context_ar` text DEFAULT '' NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`budget_centimes` integer DEFAULT 0 NOT NULL,
	`eur_rate` real DEFAULT 10.8 NOT NULL,
	`evaluation_fr` text DEFAULT '' NOT NULL,
	`evaluation_ar` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`decision_reference` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_plans_year_audience` ON `training_plans` (`year`,`audience`);