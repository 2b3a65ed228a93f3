import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795635644823 implements MigrationInterface {
  name = 'InitialSchema1795635644823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "area" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "description" text, CONSTRAINT "UQ_ad49263b9c3858bd269aa7bbf72" UNIQUE ("slug"), CONSTRAINT "PK_39d5e4de490139d6535d75f42ff" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "author" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, CONSTRAINT "UQ_d3962fd11a54d87f927e84d1080" UNIQUE ("name"), CONSTRAINT "PK_5a0e79799d372fe56f2f3fa6871" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "paper" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "arxiv_id" text, "title" character varying NOT NULL, "normalized_title" character varying NOT NULL, "abstract" text, "url_abs" text, "url_pdf" text, "published" date, "proceeding" text, "conference" text, CONSTRAINT "UQ_4419727c7dbec0da36a70c1b96d" UNIQUE ("slug"), CONSTRAINT "UQ_53539d16ba995760ebd9c1cebaa" UNIQUE ("arxiv_id"), CONSTRAINT "PK_ca8320a8e49e70e3de2d843a80a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b2c40125301acb6568eaffef88" ON "paper"  ("normalized_title") ');
    await queryRunner.query('CREATE INDEX "IDX_2c1e06ef9bb20767f2e18a3cab" ON "paper"  ("published") ');
    await queryRunner.query(
      'CREATE TABLE "paper_author" ("paper_id" integer NOT NULL, "position" smallint NOT NULL, "author_id" integer NOT NULL, CONSTRAINT "PK_7787301774da5de4f1ec7ffaa4a" PRIMARY KEY ("paper_id", "position"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_87e6f073d1c42bd57a14a607f1" ON "paper_author"  ("author_id") ');
    await queryRunner.query(
      'CREATE TABLE "dataset" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "full_name" text, "description" text, "short_description" text, "homepage" text, "introduced_date" date, "license_name" text, "license_url" text, "modalities" text array NOT NULL DEFAULT \'{}\', "languages" text array NOT NULL DEFAULT \'{}\', "variants" text array NOT NULL DEFAULT \'{}\', "parent_id" integer, "introduced_by_paper_id" integer, CONSTRAINT "UQ_531bebeb911275d8f4b501dd746" UNIQUE ("slug"), CONSTRAINT "PK_36c1c67adb3d1dd69ae57f18913" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_109fd11edd246e0465d2e7e76a" ON "dataset"  ("name") ');
    await queryRunner.query('CREATE INDEX "IDX_d3f9d92d0e9d60f987c292f408" ON "dataset"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "IDX_ed97e4e5d85eb6cfc3f43392f4" ON "dataset"  ("introduced_by_paper_id") ');
    await queryRunner.query(
      'CREATE TABLE "task" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "description" text, "synonyms" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "UQ_64d11c5d03cab2cd880b36150e8" UNIQUE ("slug"), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_20f1f21d6853d9d20d501636eb" ON "task"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "benchmark" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "task_id" integer NOT NULL, "dataset_id" integer NOT NULL, CONSTRAINT "UQ_2e6113a2699699043f26ea27bcf" UNIQUE ("slug"), CONSTRAINT "UQ_5da9739a0412bbee7af2c5304a8" UNIQUE ("task_id", "dataset_id"), CONSTRAINT "PK_8cf01b709151d95a206b197041f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2c538ed7d090a7d05ad32489e0" ON "benchmark"  ("dataset_id") ');
    await queryRunner.query(
      'CREATE TABLE "metric" ("id" SERIAL NOT NULL, "benchmark_id" integer NOT NULL, "name" character varying NOT NULL, "position" smallint NOT NULL, "direction" character varying(20) NOT NULL, "direction_source" character varying(20) NOT NULL, "is_numeric" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_9f985ff585e80a098c39cf1dd05" UNIQUE ("benchmark_id", "name"), CONSTRAINT "PK_7d24c075ea2926dd32bd1c534ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "result" ("id" SERIAL NOT NULL, "benchmark_id" integer NOT NULL, "paper_id" integer, "model_name" character varying NOT NULL, "paper_title" text, "paper_url" text, "evaluated_on" date, "uses_additional_data" boolean NOT NULL DEFAULT false, "code_links" jsonb NOT NULL DEFAULT \'[]\', "model_links" jsonb NOT NULL DEFAULT \'[]\', "source" character varying NOT NULL DEFAULT \'pwc-archive\', CONSTRAINT "PK_c93b145f3c2e95f6d9e21d188e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e5a1fc40518ad09585d6aca359" ON "result"  ("benchmark_id") ');
    await queryRunner.query('CREATE INDEX "IDX_dea81e8d805d0f62adfc7f5823" ON "result"  ("paper_id") ');
    await queryRunner.query(
      'CREATE TABLE "result_value" ("result_id" integer NOT NULL, "metric_id" integer NOT NULL, "raw" text, "value" double precision, CONSTRAINT "PK_7e59f32f0c144a1f6ec3c4104c3" PRIMARY KEY ("result_id", "metric_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_f41a2cdcbb2baa0f170a3481dd" ON "result_value"  ("metric_id") ');
    await queryRunner.query(
      'CREATE TABLE "dataset_task" ("dataset_id" integer NOT NULL, "task_id" integer NOT NULL, CONSTRAINT "PK_6a6fa262c66c6e79fdc1a44508e" PRIMARY KEY ("dataset_id", "task_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_4deb436b2429bb05ea4e1993be" ON "dataset_task"  ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "method_collection" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "description" text, "area_id" integer, "parent_id" integer, CONSTRAINT "UQ_bc5b026da26a7554dbedc34140a" UNIQUE ("slug"), CONSTRAINT "PK_06834c1c88c0d47fc11d700302e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_7e339cf2047568ba941ca397f9" ON "method_collection"  ("area_id") ');
    await queryRunner.query('CREATE INDEX "IDX_ff956368f9ae08ddcab41bde8c" ON "method_collection"  ("parent_id") ');
    await queryRunner.query(
      'CREATE TABLE "method" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "full_name" text, "description" text, "introduced_year" smallint, "source_url" text, "source_title" text, "code_snippet_url" text, "introduced_by_paper_id" integer, CONSTRAINT "UQ_2aa4135968f404d41fc5d569870" UNIQUE ("slug"), CONSTRAINT "PK_def6b33cb9809fb4b8ac44c69ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_cd3f66e2f09f1685d1e2a95a5a" ON "method"  ("name") ');
    await queryRunner.query('CREATE INDEX "IDX_839522061bbc2f6182299128af" ON "method"  ("introduced_year") ');
    await queryRunner.query('CREATE INDEX "IDX_567c0c4fe0991e27f54bb34a45" ON "method"  ("introduced_by_paper_id") ');
    await queryRunner.query(
      'CREATE TABLE "method_collection_member" ("method_id" integer NOT NULL, "collection_id" integer NOT NULL, CONSTRAINT "PK_98f7c567826412712051f277dcc" PRIMARY KEY ("method_id", "collection_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5e8674959996709afd5b181f64" ON "method_collection_member"  ("collection_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "paper_method" ("paper_id" integer NOT NULL, "method_id" integer NOT NULL, CONSTRAINT "PK_aafe3f17070d176c329ec796226" PRIMARY KEY ("paper_id", "method_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b404cce0d7794fc7d68b8647f2" ON "paper_method"  ("method_id") ');
    await queryRunner.query(
      'CREATE TABLE "paper_task" ("paper_id" integer NOT NULL, "task_id" integer NOT NULL, CONSTRAINT "PK_a9b8580943d74a00a2d98731926" PRIMARY KEY ("paper_id", "task_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_fa6775405e45a12c4d3c372cf7" ON "paper_task"  ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "repository" ("id" SERIAL NOT NULL, "url" character varying NOT NULL, "framework" text, "stars" integer, CONSTRAINT "UQ_473ec67284d6811b00d4987d8ca" UNIQUE ("url"), CONSTRAINT "PK_b842c26651c6fc0b9ccd1c530e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "paper_repository" ("paper_id" integer NOT NULL, "repository_id" integer NOT NULL, "is_official" boolean NOT NULL DEFAULT false, "mentioned_in_paper" boolean NOT NULL DEFAULT false, "mentioned_in_github" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_4a76350ab284fa598207ff61d66" PRIMARY KEY ("paper_id", "repository_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d7a9272d44063b74dd8e135777" ON "paper_repository"  ("repository_id") ');
    await queryRunner.query(
      'CREATE TABLE "task_area" ("task_id" integer NOT NULL, "area_id" integer NOT NULL, "position" smallint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_0e985a824b5d2310d935dd3d9d4" PRIMARY KEY ("task_id", "area_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_0a82ca5d77e766f1d37e068de5" ON "task_area"  ("area_id") ');
    await queryRunner.query(
      'CREATE TABLE "task_parent" ("parent_id" integer NOT NULL, "child_id" integer NOT NULL, CONSTRAINT "PK_1425a898eaea5d99d1b20e32dc5" PRIMARY KEY ("parent_id", "child_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_a1153f2d04744d9ffb81438640" ON "task_parent"  ("child_id") ');
    await queryRunner.query(
      'ALTER TABLE "paper_author" ADD CONSTRAINT "FK_f544ad0ea0b0c18955ded3b00f9" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_author" ADD CONSTRAINT "FK_87e6f073d1c42bd57a14a607f13" FOREIGN KEY ("author_id") REFERENCES "author"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset" ADD CONSTRAINT "FK_d3f9d92d0e9d60f987c292f4086" FOREIGN KEY ("parent_id") REFERENCES "dataset"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset" ADD CONSTRAINT "FK_ed97e4e5d85eb6cfc3f43392f42" FOREIGN KEY ("introduced_by_paper_id") REFERENCES "paper"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "benchmark" ADD CONSTRAINT "FK_c2e3e11f117245ee7822fce102c" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "benchmark" ADD CONSTRAINT "FK_2c538ed7d090a7d05ad32489e03" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "metric" ADD CONSTRAINT "FK_020eb7959502747c4b2b90db8ac" FOREIGN KEY ("benchmark_id") REFERENCES "benchmark"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "result" ADD CONSTRAINT "FK_e5a1fc40518ad09585d6aca359b" FOREIGN KEY ("benchmark_id") REFERENCES "benchmark"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "result" ADD CONSTRAINT "FK_dea81e8d805d0f62adfc7f58231" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "result_value" ADD CONSTRAINT "FK_96031ee68f4d78e6e1a34b36b88" FOREIGN KEY ("result_id") REFERENCES "result"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "result_value" ADD CONSTRAINT "FK_f41a2cdcbb2baa0f170a3481dd9" FOREIGN KEY ("metric_id") REFERENCES "metric"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset_task" ADD CONSTRAINT "FK_ee902250a4282491a77f8d4eafd" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset_task" ADD CONSTRAINT "FK_4deb436b2429bb05ea4e1993be6" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method_collection" ADD CONSTRAINT "FK_7e339cf2047568ba941ca397f9e" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method_collection" ADD CONSTRAINT "FK_ff956368f9ae08ddcab41bde8cd" FOREIGN KEY ("parent_id") REFERENCES "method_collection"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method" ADD CONSTRAINT "FK_567c0c4fe0991e27f54bb34a45e" FOREIGN KEY ("introduced_by_paper_id") REFERENCES "paper"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method_collection_member" ADD CONSTRAINT "FK_724decc521106386a4f5a23d718" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "method_collection_member" ADD CONSTRAINT "FK_5e8674959996709afd5b181f641" FOREIGN KEY ("collection_id") REFERENCES "method_collection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_method" ADD CONSTRAINT "FK_531699452f8a908e1f269fe9ce1" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_method" ADD CONSTRAINT "FK_b404cce0d7794fc7d68b8647f26" FOREIGN KEY ("method_id") REFERENCES "method"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_task" ADD CONSTRAINT "FK_ced1ccaffff83fd615fce9bd656" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_task" ADD CONSTRAINT "FK_fa6775405e45a12c4d3c372cf71" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_repository" ADD CONSTRAINT "FK_0d705ad607fc7fc04249f497fbe" FOREIGN KEY ("paper_id") REFERENCES "paper"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "paper_repository" ADD CONSTRAINT "FK_d7a9272d44063b74dd8e135777b" FOREIGN KEY ("repository_id") REFERENCES "repository"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_area" ADD CONSTRAINT "FK_4132463d3a3ca916ca1fbe141ce" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_area" ADD CONSTRAINT "FK_0a82ca5d77e766f1d37e068de5d" FOREIGN KEY ("area_id") REFERENCES "area"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_parent" ADD CONSTRAINT "FK_3593052ebcadb90732f08c6f401" FOREIGN KEY ("parent_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task_parent" ADD CONSTRAINT "FK_a1153f2d04744d9ffb814386406" FOREIGN KEY ("child_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Indexes TypeORM cannot declare (GIN); the entities mark them synchronize: false.
    await queryRunner.query(
      "CREATE INDEX \"paper_search_gin\" ON \"paper\" USING GIN ((setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')))",
    );
    await queryRunner.query('CREATE INDEX "dataset_modalities_gin" ON "dataset" USING GIN ("modalities")');
    await queryRunner.query('CREATE INDEX "dataset_languages_gin" ON "dataset" USING GIN ("languages")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "dataset_languages_gin"');
    await queryRunner.query('DROP INDEX "dataset_modalities_gin"');
    await queryRunner.query('DROP INDEX "paper_search_gin"');
    await queryRunner.query('ALTER TABLE "task_parent" DROP CONSTRAINT "FK_a1153f2d04744d9ffb814386406"');
    await queryRunner.query('ALTER TABLE "task_parent" DROP CONSTRAINT "FK_3593052ebcadb90732f08c6f401"');
    await queryRunner.query('ALTER TABLE "task_area" DROP CONSTRAINT "FK_0a82ca5d77e766f1d37e068de5d"');
    await queryRunner.query('ALTER TABLE "task_area" DROP CONSTRAINT "FK_4132463d3a3ca916ca1fbe141ce"');
    await queryRunner.query('ALTER TABLE "paper_repository" DROP CONSTRAINT "FK_d7a9272d44063b74dd8e135777b"');
    await queryRunner.query('ALTER TABLE "paper_repository" DROP CONSTRAINT "FK_0d705ad607fc7fc04249f497fbe"');
    await queryRunner.query('ALTER TABLE "paper_task" DROP CONSTRAINT "FK_fa6775405e45a12c4d3c372cf71"');
    await queryRunner.query('ALTER TABLE "paper_task" DROP CONSTRAINT "FK_ced1ccaffff83fd615fce9bd656"');
    await queryRunner.query('ALTER TABLE "paper_method" DROP CONSTRAINT "FK_b404cce0d7794fc7d68b8647f26"');
    await queryRunner.query('ALTER TABLE "paper_method" DROP CONSTRAINT "FK_531699452f8a908e1f269fe9ce1"');
    await queryRunner.query('ALTER TABLE "method_collection_member" DROP CONSTRAINT "FK_5e8674959996709afd5b181f641"');
    await queryRunner.query('ALTER TABLE "method_collection_member" DROP CONSTRAINT "FK_724decc521106386a4f5a23d718"');
    await queryRunner.query('ALTER TABLE "method" DROP CONSTRAINT "FK_567c0c4fe0991e27f54bb34a45e"');
    await queryRunner.query('ALTER TABLE "method_collection" DROP CONSTRAINT "FK_ff956368f9ae08ddcab41bde8cd"');
    await queryRunner.query('ALTER TABLE "method_collection" DROP CONSTRAINT "FK_7e339cf2047568ba941ca397f9e"');
    await queryRunner.query('ALTER TABLE "dataset_task" DROP CONSTRAINT "FK_4deb436b2429bb05ea4e1993be6"');
    await queryRunner.query('ALTER TABLE "dataset_task" DROP CONSTRAINT "FK_ee902250a4282491a77f8d4eafd"');
    await queryRunner.query('ALTER TABLE "result_value" DROP CONSTRAINT "FK_f41a2cdcbb2baa0f170a3481dd9"');
    await queryRunner.query('ALTER TABLE "result_value" DROP CONSTRAINT "FK_96031ee68f4d78e6e1a34b36b88"');
    await queryRunner.query('ALTER TABLE "result" DROP CONSTRAINT "FK_dea81e8d805d0f62adfc7f58231"');
    await queryRunner.query('ALTER TABLE "result" DROP CONSTRAINT "FK_e5a1fc40518ad09585d6aca359b"');
    await queryRunner.query('ALTER TABLE "metric" DROP CONSTRAINT "FK_020eb7959502747c4b2b90db8ac"');
    await queryRunner.query('ALTER TABLE "benchmark" DROP CONSTRAINT "FK_2c538ed7d090a7d05ad32489e03"');
    await queryRunner.query('ALTER TABLE "benchmark" DROP CONSTRAINT "FK_c2e3e11f117245ee7822fce102c"');
    await queryRunner.query('ALTER TABLE "dataset" DROP CONSTRAINT "FK_ed97e4e5d85eb6cfc3f43392f42"');
    await queryRunner.query('ALTER TABLE "dataset" DROP CONSTRAINT "FK_d3f9d92d0e9d60f987c292f4086"');
    await queryRunner.query('ALTER TABLE "paper_author" DROP CONSTRAINT "FK_87e6f073d1c42bd57a14a607f13"');
    await queryRunner.query('ALTER TABLE "paper_author" DROP CONSTRAINT "FK_f544ad0ea0b0c18955ded3b00f9"');
    await queryRunner.query('DROP INDEX "public"."IDX_a1153f2d04744d9ffb81438640"');
    await queryRunner.query('DROP TABLE "task_parent"');
    await queryRunner.query('DROP INDEX "public"."IDX_0a82ca5d77e766f1d37e068de5"');
    await queryRunner.query('DROP TABLE "task_area"');
    await queryRunner.query('DROP INDEX "public"."IDX_d7a9272d44063b74dd8e135777"');
    await queryRunner.query('DROP TABLE "paper_repository"');
    await queryRunner.query('DROP TABLE "repository"');
    await queryRunner.query('DROP INDEX "public"."IDX_fa6775405e45a12c4d3c372cf7"');
    await queryRunner.query('DROP TABLE "paper_task"');
    await queryRunner.query('DROP INDEX "public"."IDX_b404cce0d7794fc7d68b8647f2"');
    await queryRunner.query('DROP TABLE "paper_method"');
    await queryRunner.query('DROP INDEX "public"."IDX_5e8674959996709afd5b181f64"');
    await queryRunner.query('DROP TABLE "method_collection_member"');
    await queryRunner.query('DROP INDEX "public"."IDX_567c0c4fe0991e27f54bb34a45"');
    await queryRunner.query('DROP INDEX "public"."IDX_839522061bbc2f6182299128af"');
    await queryRunner.query('DROP INDEX "public"."IDX_cd3f66e2f09f1685d1e2a95a5a"');
    await queryRunner.query('DROP TABLE "method"');
    await queryRunner.query('DROP INDEX "public"."IDX_ff956368f9ae08ddcab41bde8c"');
    await queryRunner.query('DROP INDEX "public"."IDX_7e339cf2047568ba941ca397f9"');
    await queryRunner.query('DROP TABLE "method_collection"');
    await queryRunner.query('DROP INDEX "public"."IDX_4deb436b2429bb05ea4e1993be"');
    await queryRunner.query('DROP TABLE "dataset_task"');
    await queryRunner.query('DROP INDEX "public"."IDX_f41a2cdcbb2baa0f170a3481dd"');
    await queryRunner.query('DROP TABLE "result_value"');
    await queryRunner.query('DROP INDEX "public"."IDX_dea81e8d805d0f62adfc7f5823"');
    await queryRunner.query('DROP INDEX "public"."IDX_e5a1fc40518ad09585d6aca359"');
    await queryRunner.query('DROP TABLE "result"');
    await queryRunner.query('DROP TABLE "metric"');
    await queryRunner.query('DROP INDEX "public"."IDX_2c538ed7d090a7d05ad32489e0"');
    await queryRunner.query('DROP TABLE "benchmark"');
    await queryRunner.query('DROP INDEX "public"."IDX_20f1f21d6853d9d20d501636eb"');
    await queryRunner.query('DROP TABLE "task"');
    await queryRunner.query('DROP INDEX "public"."IDX_ed97e4e5d85eb6cfc3f43392f4"');
    await queryRunner.query('DROP INDEX "public"."IDX_d3f9d92d0e9d60f987c292f408"');
    await queryRunner.query('DROP INDEX "public"."IDX_109fd11edd246e0465d2e7e76a"');
    await queryRunner.query('DROP TABLE "dataset"');
    await queryRunner.query('DROP INDEX "public"."IDX_87e6f073d1c42bd57a14a607f1"');
    await queryRunner.query('DROP TABLE "paper_author"');
    await queryRunner.query('DROP INDEX "public"."IDX_2c1e06ef9bb20767f2e18a3cab"');
    await queryRunner.query('DROP INDEX "public"."IDX_b2c40125301acb6568eaffef88"');
    await queryRunner.query('DROP TABLE "paper"');
    await queryRunner.query('DROP TABLE "author"');
    await queryRunner.query('DROP TABLE "area"');
  }
}
