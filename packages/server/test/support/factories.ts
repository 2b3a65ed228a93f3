import { normalizeTitle, parseMetricValue, slugify, benchmarkSlug, type MetricDirection } from '@pwc/shared';
import type { DataSource } from 'typeorm';
import { Area } from '../../src/modules/area/area.entity';
import { Author } from '../../src/modules/author/author.entity';
import { PaperAuthor } from '../../src/modules/author/paper-author.entity';
import { Benchmark } from '../../src/modules/benchmark/benchmark.entity';
import { Metric } from '../../src/modules/benchmark/metric.entity';
import { ResultValue } from '../../src/modules/benchmark/result-value.entity';
import { Result } from '../../src/modules/benchmark/result.entity';
import { DatasetTask } from '../../src/modules/dataset/dataset-task.entity';
import { Dataset } from '../../src/modules/dataset/dataset.entity';
import { MethodCollectionMember } from '../../src/modules/method/method-collection-member.entity';
import { MethodCollection } from '../../src/modules/method/method-collection.entity';
import { Method } from '../../src/modules/method/method.entity';
import { PaperMethod } from '../../src/modules/paper/paper-method.entity';
import { PaperTask } from '../../src/modules/paper/paper-task.entity';
import { Paper } from '../../src/modules/paper/paper.entity';
import { PaperRepository } from '../../src/modules/repository/paper-repository.entity';
import { Repository } from '../../src/modules/repository/repository.entity';
import { TaskArea } from '../../src/modules/task/task-area.entity';
import { TaskParent } from '../../src/modules/task/task-parent.entity';
import { Task } from '../../src/modules/task/task.entity';
import { linkProceedings } from '../../src/modules/venue/proceeding-links';

/** Small builders for test data, written straight through TypeORM (no importer). */
export class GraphFactory {
  constructor(private readonly db: DataSource) {}

  area(name: string): Promise<Area> {
    return this.db.getRepository(Area).save({ name, slug: slugify(name), description: null });
  }

  async task(
    name: string,
    options: { areas?: Area[]; parents?: Task[]; description?: string; synonyms?: string[] } = {},
  ) {
    const task = await this.db.getRepository(Task).save({
      name,
      slug: slugify(name),
      description: options.description ?? null,
      synonyms: options.synonyms ?? [],
    });
    await this.db
      .getRepository(TaskArea)
      .save((options.areas ?? []).map((area, position) => ({ taskId: task.id, areaId: area.id, position })));
    await this.db
      .getRepository(TaskParent)
      .save((options.parents ?? []).map((parent) => ({ parentId: parent.id, childId: task.id })));
    return task;
  }

  async dataset(
    name: string,
    options: {
      tasks?: Task[];
      modalities?: string[];
      languages?: string[];
      parent?: Dataset;
      introducedBy?: Paper;
    } = {},
  ): Promise<Dataset> {
    const dataset = await this.db.getRepository(Dataset).save({
      name,
      slug: slugify(name),
      modalities: options.modalities ?? [],
      languages: options.languages ?? [],
      variants: [],
      parentId: options.parent?.id ?? null,
      introducedByPaperId: options.introducedBy?.id ?? null,
    });
    await this.db
      .getRepository(DatasetTask)
      .save((options.tasks ?? []).map((task) => ({ datasetId: dataset.id, taskId: task.id })));
    return dataset;
  }

  collection(name: string, area?: Area): Promise<MethodCollection> {
    return this.db
      .getRepository(MethodCollection)
      .save({ name, slug: slugify(name), areaId: area?.id ?? null, parentId: null });
  }

  async method(
    name: string,
    options: { collections?: MethodCollection[]; introducedYear?: number; fullName?: string } = {},
  ) {
    const method = await this.db.getRepository(Method).save({
      name,
      slug: slugify(name),
      fullName: options.fullName ?? null,
      introducedYear: options.introducedYear ?? null,
    });
    await this.db
      .getRepository(MethodCollectionMember)
      .save((options.collections ?? []).map((c) => ({ methodId: method.id, collectionId: c.id })));
    return method;
  }

  async paper(
    title: string,
    options: {
      slug?: string;
      arxivId?: string;
      published?: string;
      abstract?: string;
      proceeding?: string;
      authors?: string[];
      tasks?: Task[];
      methods?: Method[];
    } = {},
  ): Promise<Paper> {
    const paper = await this.db.getRepository(Paper).save({
      title,
      slug: options.slug ?? slugify(title),
      normalizedTitle: normalizeTitle(title),
      arxivId: options.arxivId ?? null,
      published: options.published ?? null,
      abstract: options.abstract ?? null,
      proceeding: options.proceeding ?? null,
    });
    if (options.proceeding) {
      await linkProceedings((text, params) => this.db.query(text, params), `p.id = ${paper.id}`);
    }
    const authors = this.db.getRepository(Author);
    for (const [position, name] of (options.authors ?? []).entries()) {
      const author = (await authors.findOneBy({ name })) ?? (await authors.save({ name, slug: slugify(name) }));
      await this.db.getRepository(PaperAuthor).save({ paperId: paper.id, authorId: author.id, position });
      await authors.increment({ id: author.id }, 'paperCount', 1);
    }
    // Links carry their paper's date, as the importer writes them.
    const published = options.published ?? '0001-01-01';
    await this.db
      .getRepository(PaperTask)
      .save((options.tasks ?? []).map((task) => ({ paperId: paper.id, taskId: task.id, published })));
    await this.db
      .getRepository(PaperMethod)
      .save((options.methods ?? []).map((m) => ({ paperId: paper.id, methodId: m.id, published })));
    return paper;
  }

  async repository(
    paper: Paper,
    url: string,
    options: { isOfficial?: boolean; framework?: string; stars?: number } = {},
  ) {
    const repos = this.db.getRepository(Repository);
    const repository =
      (await repos.findOneBy({ url })) ??
      (await repos.save({ url, framework: options.framework ?? null, stars: options.stars ?? null }));
    await this.db.getRepository(PaperRepository).save({
      paperId: paper.id,
      repositoryId: repository.id,
      isOfficial: options.isOfficial ?? false,
      mentionedInPaper: false,
      mentionedInGithub: false,
    });
    return repository;
  }

  async benchmark(
    task: Task,
    dataset: Dataset,
    metrics: { name: string; direction?: MetricDirection; isNumeric?: boolean }[],
  ): Promise<Benchmark> {
    const benchmark = await this.db.getRepository(Benchmark).save({
      taskId: task.id,
      datasetId: dataset.id,
      slug: benchmarkSlug(task.slug, dataset.slug),
    });
    await this.db.getRepository(Metric).save(
      metrics.map((metric, position) => ({
        benchmarkId: benchmark.id,
        name: metric.name,
        position,
        direction: metric.direction ?? 'HIGHER_IS_BETTER',
        directionSource: 'METRIC_NAME' as const,
        isNumeric: metric.isNumeric ?? true,
      })),
    );
    return benchmark;
  }

  async result(
    benchmark: Benchmark,
    modelName: string,
    values: Record<string, string | null>,
    options: {
      paper?: Paper;
      date?: string;
      usesAdditionalData?: boolean;
      codeLinks?: { title: string; url: string }[];
    } = {},
  ): Promise<Result> {
    const result = await this.db.getRepository(Result).save({
      benchmarkId: benchmark.id,
      paperId: options.paper?.id ?? null,
      modelName,
      paperTitle: options.paper?.title ?? null,
      paperUrl: null,
      evaluatedOn: options.date ?? null,
      // As the importer records them: a date given with the row, a paper linked by its slug.
      dateSource: options.date ? 'ROW' : null,
      paperLink: options.paper ? 'PAPER_SLUG' : null,
      usesAdditionalData: options.usesAdditionalData ?? false,
      codeLinks: options.codeLinks ?? [],
      modelLinks: [],
    });
    const metrics = await this.db.getRepository(Metric).findBy({ benchmarkId: benchmark.id });
    await this.db.getRepository(ResultValue).save(
      Object.entries(values).map(([name, raw]) => {
        const metric = metrics.find((m) => m.name === name);
        if (!metric) throw new Error(`no metric ${name} on ${benchmark.slug}`);
        return { resultId: result.id, metricId: metric.id, raw, value: parseMetricValue(raw) };
      }),
    );
    return result;
  }
}
