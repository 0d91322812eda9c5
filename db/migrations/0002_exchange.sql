CREATE TABLE `partner_datasets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`source_installation_id` text NOT NULL,
	`commune_fr` text DEFAULT '' NOT NULL,
	`commune_ar` text DEFAULT '' NOT NULL,
	`signer_public_key` text NOT NULL,
	`signer_fingerprint` text NOT NULL,
	`backup_created_at` text NOT NULL,
	`profile` text NOT NULL,
	`app_version` text DEFAULT '' NOT NULL,
	`schema_version` text DEFAULT '' NOT NULL,
	`imported_at` text NOT NULL,
	`file_name` text NOT NULL,
	`counts` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_datasets_source` ON `partner_datasets` (`source_installation_id`);--> statement-breakpoint
CREATE TABLE `recipient_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`label` text NOT NULL,
	`recipient` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recipient_keys_recipient` ON `recipient_keys` (`recipient`);