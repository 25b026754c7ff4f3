-- platform_insights as the legacy system first had it (seed 001): per tenant and platform, the counts of its
-- tasks and their last 7 days of runs — with no unique key on (user_id, platform), so concurrent writers could
-- store one pair twice. Migration 0014 removes such duplicates and adds the key. A new, empty table: the index
-- and foreign key below lock nothing that is in use.
-- Rollback: DROP TABLE "platform_insights";
SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE TABLE "platform_insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"platform" text NOT NULL,
	"tasks" integer DEFAULT 0 NOT NULL,
	"runs_7d" integer DEFAULT 0 NOT NULL,
	"success_rate_7d" double precision,
	"last_run_at" timestamp with time zone,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_insights_success_rate_7d_check" CHECK ("platform_insights"."success_rate_7d" between 0 and 1)
);
--> statement-breakpoint
ALTER TABLE "platform_insights" ADD CONSTRAINT "platform_insights_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "platform_insights_user_id_idx" ON "platform_insights" USING btree ("user_id");