/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AreaCard_area on Area {\n    id\n    slug\n    name\n    taskCount\n    benchmarkCount\n    tasks(first: 5, topLevel: true) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n': typeof types.AreaCard_AreaFragmentDoc;
  '\n  fragment BenchmarkCard_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      name\n    }\n    dataset {\n      id\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n      }\n    }\n  }\n': typeof types.BenchmarkCard_BenchmarkFragmentDoc;
  '\n  fragment BenchmarkTable_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      slug\n      name\n    }\n    dataset {\n      id\n      slug\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n        paper {\n          id\n          slug\n        }\n      }\n    }\n  }\n': typeof types.BenchmarkTable_BenchmarkFragmentDoc;
  '\n  fragment Leaderboard_benchmark on Benchmark {\n    slug\n    resultCount\n    metrics {\n      id\n      name\n      position\n      direction\n      isNumeric\n    }\n  }\n': typeof types.Leaderboard_BenchmarkFragmentDoc;
  '\n  fragment LeaderboardRow_result on Result {\n    id\n    modelName\n    evaluatedOn\n    usesAdditionalData\n    hasCode\n    paperTitle\n    paperUrl\n    paper {\n      id\n      slug\n      title\n    }\n    codeLinks {\n      title\n      url\n    }\n    values {\n      raw\n      value\n      metric {\n        id\n      }\n    }\n  }\n': typeof types.LeaderboardRow_ResultFragmentDoc;
  '\n  fragment PagedBenchmarkTable_connection on BenchmarkConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...BenchmarkTable_benchmark\n      }\n    }\n  }\n': typeof types.PagedBenchmarkTable_ConnectionFragmentDoc;
  '\n  query LeaderboardRows(\n    $slug: String!\n    $metric: String\n    $hasCode: Boolean\n    $usesAdditionalData: Boolean\n    $after: String\n  ) {\n    benchmark(slug: $slug) {\n      id\n      rows(metric: $metric, first: 400, after: $after, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            rank\n            result {\n              ...LeaderboardRow_result\n            }\n          }\n        }\n      }\n      sotaHistory(metric: $metric, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        date\n        value\n        result {\n          ...LeaderboardRow_result\n        }\n      }\n    }\n  }\n': typeof types.LeaderboardRowsDocument;
  '\n  fragment DatasetCard_dataset on Dataset {\n    id\n    slug\n    name\n    fullName\n    shortDescription\n    modalities\n    paperCount\n  }\n': typeof types.DatasetCard_DatasetFragmentDoc;
  '\n  fragment DatasetHeader_dataset on Dataset {\n    name\n    fullName\n    homepage\n    introducedDate\n    paperCount\n    modalities\n    languages\n    variants\n    licenseName\n    licenseUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      slug\n      name\n    }\n  }\n': typeof types.DatasetHeader_DatasetFragmentDoc;
  '\n  fragment MethodCard_method on Method {\n    id\n    slug\n    name\n    fullName\n    introducedYear\n    paperCount\n  }\n': typeof types.MethodCard_MethodFragmentDoc;
  '\n  fragment MethodHeader_method on Method {\n    name\n    fullName\n    introducedYear\n    paperCount\n    sourceUrl\n    sourceTitle\n    codeSnippetUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    collections {\n      id\n      slug\n      name\n      area {\n        id\n        slug\n        name\n      }\n    }\n  }\n': typeof types.MethodHeader_MethodFragmentDoc;
  '\n  fragment PaperHeader_paper on Paper {\n    title\n    published\n    proceeding\n    arxivId\n    authors {\n      id\n      name\n    }\n    tasks {\n      id\n      slug\n      name\n    }\n  }\n': typeof types.PaperHeader_PaperFragmentDoc;
  '\n  fragment PaperLinks_paper on Paper {\n    urlAbs\n    urlPdf\n    repositories {\n      isOfficial\n      mentionedInPaper\n      mentionedInGithub\n      repository {\n        id\n        url\n        fullName\n        framework\n        stars\n      }\n    }\n  }\n': typeof types.PaperLinks_PaperFragmentDoc;
  '\n  fragment PaperList_connection on PaperConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...PaperListItem_paper\n      }\n    }\n  }\n': typeof types.PaperList_ConnectionFragmentDoc;
  '\n  fragment PaperListItem_paper on Paper {\n    id\n    slug\n    title\n    published\n    proceeding\n    hasCode\n    authors {\n      id\n      name\n    }\n  }\n': typeof types.PaperListItem_PaperFragmentDoc;
  '\n  fragment PaperMethods_paper on Paper {\n    methods {\n      id\n      slug\n      name\n    }\n  }\n': typeof types.PaperMethods_PaperFragmentDoc;
  '\n  fragment PaperResults_paper on Paper {\n    slug\n    results {\n      id\n      modelName\n      benchmark {\n        id\n        slug\n        task {\n          id\n          slug\n          name\n        }\n        dataset {\n          id\n          slug\n          name\n        }\n      }\n      values {\n        raw\n        value\n        metric {\n          id\n          name\n          isNumeric\n          position\n        }\n      }\n    }\n  }\n': typeof types.PaperResults_PaperFragmentDoc;
  '\n  fragment RelatedPapers_paper on Paper {\n    relatedPapers(first: 8) {\n      id\n      ...PaperListItem_paper\n    }\n  }\n': typeof types.RelatedPapers_PaperFragmentDoc;
  '\n  fragment TaskCard_task on Task {\n    id\n    slug\n    name\n    paperCount\n    benchmarkCount\n  }\n': typeof types.TaskCard_TaskFragmentDoc;
  '\n  fragment TaskHeader_task on Task {\n    name\n    synonyms\n    paperCount\n    benchmarkCount\n    datasetCount\n    areas {\n      id\n      slug\n      name\n    }\n    parents {\n      id\n      slug\n      name\n    }\n  }\n': typeof types.TaskHeader_TaskFragmentDoc;
  '\n  fragment AreaPage_tasks on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...TaskCard_task\n      }\n    }\n  }\n': typeof types.AreaPage_TasksFragmentDoc;
  '\n  query AreaPage($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      description\n      taskCount\n      benchmarkCount\n      tasks(first: 24, topLevel: true) {\n        ...AreaPage_tasks\n      }\n      benchmarks(first: 20) {\n        totalCount\n        ...PagedBenchmarkTable_connection\n      }\n      methodCollections {\n        id\n        slug\n        name\n      }\n    }\n  }\n': typeof types.AreaPageDocument;
  '\n  query AreaTasksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      tasks(first: 24, after: $after, topLevel: true) {\n        ...AreaPage_tasks\n      }\n    }\n  }\n': typeof types.AreaTasksMoreDocument;
  '\n  query AreaBenchmarksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      benchmarks(first: 20, after: $after) {\n        ...PagedBenchmarkTable_connection\n      }\n    }\n  }\n': typeof types.AreaBenchmarksMoreDocument;
  '\n  query DatasetPage($slug: String!) {\n    dataset(slug: $slug) {\n      id\n      slug\n      name\n      shortDescription\n      description\n      ...DatasetHeader_dataset\n      tasks {\n        id\n        slug\n        name\n      }\n      subdatasets {\n        id\n        slug\n        name\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n': typeof types.DatasetPageDocument;
  '\n  query DatasetPapersMore($slug: String!, $after: String) {\n    dataset(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n': typeof types.DatasetPapersMoreDocument;
  '\n  query DatasetsPage($filter: DatasetFilter, $orderBy: DatasetOrder!, $after: String) {\n    datasets(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n  }\n': typeof types.DatasetsPageDocument;
  '\n  query HomePage {\n    stats {\n      papers\n      papersWithCode\n      benchmarks\n      results\n      tasks\n      datasets\n      methods\n    }\n    benchmarks(first: 8, orderBy: RESULT_COUNT_DESC) {\n      edges {\n        node {\n          id\n          ...BenchmarkCard_benchmark\n        }\n      }\n    }\n    areas(first: 16, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          taskCount\n          ...AreaCard_area\n        }\n      }\n    }\n    papers(first: 8, filter: { hasCode: true }, orderBy: PUBLISHED_DESC) {\n      edges {\n        node {\n          id\n          ...PaperListItem_paper\n        }\n      }\n    }\n  }\n': typeof types.HomePageDocument;
  '\n  query LeaderboardPage($slug: String!) {\n    benchmark(slug: $slug) {\n      id\n      slug\n      resultCount\n      task {\n        id\n        slug\n        name\n        area {\n          id\n          slug\n          name\n        }\n      }\n      dataset {\n        id\n        slug\n        name\n        fullName\n      }\n      ...Leaderboard_benchmark\n    }\n  }\n': typeof types.LeaderboardPageDocument;
  '\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      id\n      slug\n      name\n      fullName\n      description\n      ...MethodHeader_method\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n': typeof types.MethodPageDocument;
  '\n  query MethodPapersMore($slug: String!, $after: String) {\n    method(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n': typeof types.MethodPapersMoreDocument;
  '\n  fragment MethodsPage_methods on MethodConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...MethodCard_method\n      }\n    }\n  }\n': typeof types.MethodsPage_MethodsFragmentDoc;
  '\n  query MethodsPage($filter: MethodFilter, $orderBy: MethodOrder!, $collection: String!, $hasCollection: Boolean!) {\n    areas(first: 50, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n    methodCollection(slug: $collection) @include(if: $hasCollection) {\n      id\n      name\n      description\n    }\n    methods(first: 24, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n': typeof types.MethodsPageDocument;
  '\n  query MethodsMore($filter: MethodFilter, $orderBy: MethodOrder!, $after: String) {\n    methods(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n': typeof types.MethodsMoreDocument;
  '\n  query PaperPage($slug: String!) {\n    paper(slug: $slug) {\n      id\n      title\n      abstract\n      ...PaperHeader_paper\n      ...PaperLinks_paper\n      ...PaperResults_paper\n      ...PaperMethods_paper\n      ...RelatedPapers_paper\n    }\n  }\n': typeof types.PaperPageDocument;
  '\n  query SearchPage($query: String!) {\n    tasks(first: 12, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BenchmarkTable_benchmark\n        }\n      }\n    }\n    datasets(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n    methods(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MethodCard_method\n        }\n      }\n    }\n    papers(first: 20, filter: { query: $query }, orderBy: RELEVANCE) {\n      totalCount\n      ...PaperList_connection\n    }\n  }\n': typeof types.SearchPageDocument;
  '\n  query SearchPapersMore($query: String!, $after: String) {\n    papers(first: 20, after: $after, filter: { query: $query }, orderBy: RELEVANCE) {\n      ...PaperList_connection\n    }\n  }\n': typeof types.SearchPapersMoreDocument;
  '\n  query SotaPage($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!) {\n    areas(first: 50, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 30, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      ...PagedBenchmarkTable_connection\n    }\n  }\n': typeof types.SotaPageDocument;
  '\n  query SotaBenchmarksMore($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!, $after: String) {\n    benchmarks(first: 30, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...PagedBenchmarkTable_connection\n    }\n  }\n': typeof types.SotaBenchmarksMoreDocument;
  '\n  query TaskPage($slug: String!) {\n    task(slug: $slug) {\n      id\n      slug\n      name\n      description\n      area {\n        id\n        slug\n        name\n      }\n      ...TaskHeader_task\n      subtasks {\n        id\n        ...TaskCard_task\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      datasets {\n        id\n        slug\n        name\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n': typeof types.TaskPageDocument;
  '\n  query TaskPapersMore($slug: String!, $after: String) {\n    task(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n': typeof types.TaskPapersMoreDocument;
};
const documents: Documents = {
  '\n  fragment AreaCard_area on Area {\n    id\n    slug\n    name\n    taskCount\n    benchmarkCount\n    tasks(first: 5, topLevel: true) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n':
    types.AreaCard_AreaFragmentDoc,
  '\n  fragment BenchmarkCard_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      name\n    }\n    dataset {\n      id\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n      }\n    }\n  }\n':
    types.BenchmarkCard_BenchmarkFragmentDoc,
  '\n  fragment BenchmarkTable_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      slug\n      name\n    }\n    dataset {\n      id\n      slug\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n        paper {\n          id\n          slug\n        }\n      }\n    }\n  }\n':
    types.BenchmarkTable_BenchmarkFragmentDoc,
  '\n  fragment Leaderboard_benchmark on Benchmark {\n    slug\n    resultCount\n    metrics {\n      id\n      name\n      position\n      direction\n      isNumeric\n    }\n  }\n':
    types.Leaderboard_BenchmarkFragmentDoc,
  '\n  fragment LeaderboardRow_result on Result {\n    id\n    modelName\n    evaluatedOn\n    usesAdditionalData\n    hasCode\n    paperTitle\n    paperUrl\n    paper {\n      id\n      slug\n      title\n    }\n    codeLinks {\n      title\n      url\n    }\n    values {\n      raw\n      value\n      metric {\n        id\n      }\n    }\n  }\n':
    types.LeaderboardRow_ResultFragmentDoc,
  '\n  fragment PagedBenchmarkTable_connection on BenchmarkConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...BenchmarkTable_benchmark\n      }\n    }\n  }\n':
    types.PagedBenchmarkTable_ConnectionFragmentDoc,
  '\n  query LeaderboardRows(\n    $slug: String!\n    $metric: String\n    $hasCode: Boolean\n    $usesAdditionalData: Boolean\n    $after: String\n  ) {\n    benchmark(slug: $slug) {\n      id\n      rows(metric: $metric, first: 400, after: $after, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            rank\n            result {\n              ...LeaderboardRow_result\n            }\n          }\n        }\n      }\n      sotaHistory(metric: $metric, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        date\n        value\n        result {\n          ...LeaderboardRow_result\n        }\n      }\n    }\n  }\n':
    types.LeaderboardRowsDocument,
  '\n  fragment DatasetCard_dataset on Dataset {\n    id\n    slug\n    name\n    fullName\n    shortDescription\n    modalities\n    paperCount\n  }\n':
    types.DatasetCard_DatasetFragmentDoc,
  '\n  fragment DatasetHeader_dataset on Dataset {\n    name\n    fullName\n    homepage\n    introducedDate\n    paperCount\n    modalities\n    languages\n    variants\n    licenseName\n    licenseUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      slug\n      name\n    }\n  }\n':
    types.DatasetHeader_DatasetFragmentDoc,
  '\n  fragment MethodCard_method on Method {\n    id\n    slug\n    name\n    fullName\n    introducedYear\n    paperCount\n  }\n':
    types.MethodCard_MethodFragmentDoc,
  '\n  fragment MethodHeader_method on Method {\n    name\n    fullName\n    introducedYear\n    paperCount\n    sourceUrl\n    sourceTitle\n    codeSnippetUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    collections {\n      id\n      slug\n      name\n      area {\n        id\n        slug\n        name\n      }\n    }\n  }\n':
    types.MethodHeader_MethodFragmentDoc,
  '\n  fragment PaperHeader_paper on Paper {\n    title\n    published\n    proceeding\n    arxivId\n    authors {\n      id\n      name\n    }\n    tasks {\n      id\n      slug\n      name\n    }\n  }\n':
    types.PaperHeader_PaperFragmentDoc,
  '\n  fragment PaperLinks_paper on Paper {\n    urlAbs\n    urlPdf\n    repositories {\n      isOfficial\n      mentionedInPaper\n      mentionedInGithub\n      repository {\n        id\n        url\n        fullName\n        framework\n        stars\n      }\n    }\n  }\n':
    types.PaperLinks_PaperFragmentDoc,
  '\n  fragment PaperList_connection on PaperConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...PaperListItem_paper\n      }\n    }\n  }\n':
    types.PaperList_ConnectionFragmentDoc,
  '\n  fragment PaperListItem_paper on Paper {\n    id\n    slug\n    title\n    published\n    proceeding\n    hasCode\n    authors {\n      id\n      name\n    }\n  }\n':
    types.PaperListItem_PaperFragmentDoc,
  '\n  fragment PaperMethods_paper on Paper {\n    methods {\n      id\n      slug\n      name\n    }\n  }\n':
    types.PaperMethods_PaperFragmentDoc,
  '\n  fragment PaperResults_paper on Paper {\n    slug\n    results {\n      id\n      modelName\n      benchmark {\n        id\n        slug\n        task {\n          id\n          slug\n          name\n        }\n        dataset {\n          id\n          slug\n          name\n        }\n      }\n      values {\n        raw\n        value\n        metric {\n          id\n          name\n          isNumeric\n          position\n        }\n      }\n    }\n  }\n':
    types.PaperResults_PaperFragmentDoc,
  '\n  fragment RelatedPapers_paper on Paper {\n    relatedPapers(first: 8) {\n      id\n      ...PaperListItem_paper\n    }\n  }\n':
    types.RelatedPapers_PaperFragmentDoc,
  '\n  fragment TaskCard_task on Task {\n    id\n    slug\n    name\n    paperCount\n    benchmarkCount\n  }\n':
    types.TaskCard_TaskFragmentDoc,
  '\n  fragment TaskHeader_task on Task {\n    name\n    synonyms\n    paperCount\n    benchmarkCount\n    datasetCount\n    areas {\n      id\n      slug\n      name\n    }\n    parents {\n      id\n      slug\n      name\n    }\n  }\n':
    types.TaskHeader_TaskFragmentDoc,
  '\n  fragment AreaPage_tasks on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...TaskCard_task\n      }\n    }\n  }\n':
    types.AreaPage_TasksFragmentDoc,
  '\n  query AreaPage($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      description\n      taskCount\n      benchmarkCount\n      tasks(first: 24, topLevel: true) {\n        ...AreaPage_tasks\n      }\n      benchmarks(first: 20) {\n        totalCount\n        ...PagedBenchmarkTable_connection\n      }\n      methodCollections {\n        id\n        slug\n        name\n      }\n    }\n  }\n':
    types.AreaPageDocument,
  '\n  query AreaTasksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      tasks(first: 24, after: $after, topLevel: true) {\n        ...AreaPage_tasks\n      }\n    }\n  }\n':
    types.AreaTasksMoreDocument,
  '\n  query AreaBenchmarksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      benchmarks(first: 20, after: $after) {\n        ...PagedBenchmarkTable_connection\n      }\n    }\n  }\n':
    types.AreaBenchmarksMoreDocument,
  '\n  query DatasetPage($slug: String!) {\n    dataset(slug: $slug) {\n      id\n      slug\n      name\n      shortDescription\n      description\n      ...DatasetHeader_dataset\n      tasks {\n        id\n        slug\n        name\n      }\n      subdatasets {\n        id\n        slug\n        name\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n':
    types.DatasetPageDocument,
  '\n  query DatasetPapersMore($slug: String!, $after: String) {\n    dataset(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n':
    types.DatasetPapersMoreDocument,
  '\n  query DatasetsPage($filter: DatasetFilter, $orderBy: DatasetOrder!, $after: String) {\n    datasets(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n  }\n':
    types.DatasetsPageDocument,
  '\n  query HomePage {\n    stats {\n      papers\n      papersWithCode\n      benchmarks\n      results\n      tasks\n      datasets\n      methods\n    }\n    benchmarks(first: 8, orderBy: RESULT_COUNT_DESC) {\n      edges {\n        node {\n          id\n          ...BenchmarkCard_benchmark\n        }\n      }\n    }\n    areas(first: 16, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          taskCount\n          ...AreaCard_area\n        }\n      }\n    }\n    papers(first: 8, filter: { hasCode: true }, orderBy: PUBLISHED_DESC) {\n      edges {\n        node {\n          id\n          ...PaperListItem_paper\n        }\n      }\n    }\n  }\n':
    types.HomePageDocument,
  '\n  query LeaderboardPage($slug: String!) {\n    benchmark(slug: $slug) {\n      id\n      slug\n      resultCount\n      task {\n        id\n        slug\n        name\n        area {\n          id\n          slug\n          name\n        }\n      }\n      dataset {\n        id\n        slug\n        name\n        fullName\n      }\n      ...Leaderboard_benchmark\n    }\n  }\n':
    types.LeaderboardPageDocument,
  '\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      id\n      slug\n      name\n      fullName\n      description\n      ...MethodHeader_method\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n':
    types.MethodPageDocument,
  '\n  query MethodPapersMore($slug: String!, $after: String) {\n    method(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n':
    types.MethodPapersMoreDocument,
  '\n  fragment MethodsPage_methods on MethodConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...MethodCard_method\n      }\n    }\n  }\n':
    types.MethodsPage_MethodsFragmentDoc,
  '\n  query MethodsPage($filter: MethodFilter, $orderBy: MethodOrder!, $collection: String!, $hasCollection: Boolean!) {\n    areas(first: 50, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n    methodCollection(slug: $collection) @include(if: $hasCollection) {\n      id\n      name\n      description\n    }\n    methods(first: 24, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n':
    types.MethodsPageDocument,
  '\n  query MethodsMore($filter: MethodFilter, $orderBy: MethodOrder!, $after: String) {\n    methods(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n':
    types.MethodsMoreDocument,
  '\n  query PaperPage($slug: String!) {\n    paper(slug: $slug) {\n      id\n      title\n      abstract\n      ...PaperHeader_paper\n      ...PaperLinks_paper\n      ...PaperResults_paper\n      ...PaperMethods_paper\n      ...RelatedPapers_paper\n    }\n  }\n':
    types.PaperPageDocument,
  '\n  query SearchPage($query: String!) {\n    tasks(first: 12, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BenchmarkTable_benchmark\n        }\n      }\n    }\n    datasets(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n    methods(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MethodCard_method\n        }\n      }\n    }\n    papers(first: 20, filter: { query: $query }, orderBy: RELEVANCE) {\n      totalCount\n      ...PaperList_connection\n    }\n  }\n':
    types.SearchPageDocument,
  '\n  query SearchPapersMore($query: String!, $after: String) {\n    papers(first: 20, after: $after, filter: { query: $query }, orderBy: RELEVANCE) {\n      ...PaperList_connection\n    }\n  }\n':
    types.SearchPapersMoreDocument,
  '\n  query SotaPage($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!) {\n    areas(first: 50, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 30, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      ...PagedBenchmarkTable_connection\n    }\n  }\n':
    types.SotaPageDocument,
  '\n  query SotaBenchmarksMore($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!, $after: String) {\n    benchmarks(first: 30, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...PagedBenchmarkTable_connection\n    }\n  }\n':
    types.SotaBenchmarksMoreDocument,
  '\n  query TaskPage($slug: String!) {\n    task(slug: $slug) {\n      id\n      slug\n      name\n      description\n      area {\n        id\n        slug\n        name\n      }\n      ...TaskHeader_task\n      subtasks {\n        id\n        ...TaskCard_task\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      datasets {\n        id\n        slug\n        name\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n':
    types.TaskPageDocument,
  '\n  query TaskPapersMore($slug: String!, $after: String) {\n    task(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n':
    types.TaskPapersMoreDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AreaCard_area on Area {\n    id\n    slug\n    name\n    taskCount\n    benchmarkCount\n    tasks(first: 5, topLevel: true) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AreaCard_area on Area {\n    id\n    slug\n    name\n    taskCount\n    benchmarkCount\n    tasks(first: 5, topLevel: true) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BenchmarkCard_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      name\n    }\n    dataset {\n      id\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BenchmarkCard_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      name\n    }\n    dataset {\n      id\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BenchmarkTable_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      slug\n      name\n    }\n    dataset {\n      id\n      slug\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n        paper {\n          id\n          slug\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BenchmarkTable_benchmark on Benchmark {\n    id\n    slug\n    resultCount\n    task {\n      id\n      slug\n      name\n    }\n    dataset {\n      id\n      slug\n      name\n    }\n    best {\n      value {\n        raw\n        value\n      }\n      metric {\n        id\n        name\n      }\n      result {\n        id\n        modelName\n        paper {\n          id\n          slug\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Leaderboard_benchmark on Benchmark {\n    slug\n    resultCount\n    metrics {\n      id\n      name\n      position\n      direction\n      isNumeric\n    }\n  }\n',
): (typeof documents)['\n  fragment Leaderboard_benchmark on Benchmark {\n    slug\n    resultCount\n    metrics {\n      id\n      name\n      position\n      direction\n      isNumeric\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LeaderboardRow_result on Result {\n    id\n    modelName\n    evaluatedOn\n    usesAdditionalData\n    hasCode\n    paperTitle\n    paperUrl\n    paper {\n      id\n      slug\n      title\n    }\n    codeLinks {\n      title\n      url\n    }\n    values {\n      raw\n      value\n      metric {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LeaderboardRow_result on Result {\n    id\n    modelName\n    evaluatedOn\n    usesAdditionalData\n    hasCode\n    paperTitle\n    paperUrl\n    paper {\n      id\n      slug\n      title\n    }\n    codeLinks {\n      title\n      url\n    }\n    values {\n      raw\n      value\n      metric {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PagedBenchmarkTable_connection on BenchmarkConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...BenchmarkTable_benchmark\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PagedBenchmarkTable_connection on BenchmarkConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...BenchmarkTable_benchmark\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeaderboardRows(\n    $slug: String!\n    $metric: String\n    $hasCode: Boolean\n    $usesAdditionalData: Boolean\n    $after: String\n  ) {\n    benchmark(slug: $slug) {\n      id\n      rows(metric: $metric, first: 400, after: $after, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            rank\n            result {\n              ...LeaderboardRow_result\n            }\n          }\n        }\n      }\n      sotaHistory(metric: $metric, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        date\n        value\n        result {\n          ...LeaderboardRow_result\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LeaderboardRows(\n    $slug: String!\n    $metric: String\n    $hasCode: Boolean\n    $usesAdditionalData: Boolean\n    $after: String\n  ) {\n    benchmark(slug: $slug) {\n      id\n      rows(metric: $metric, first: 400, after: $after, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            rank\n            result {\n              ...LeaderboardRow_result\n            }\n          }\n        }\n      }\n      sotaHistory(metric: $metric, hasCode: $hasCode, usesAdditionalData: $usesAdditionalData) {\n        date\n        value\n        result {\n          ...LeaderboardRow_result\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DatasetCard_dataset on Dataset {\n    id\n    slug\n    name\n    fullName\n    shortDescription\n    modalities\n    paperCount\n  }\n',
): (typeof documents)['\n  fragment DatasetCard_dataset on Dataset {\n    id\n    slug\n    name\n    fullName\n    shortDescription\n    modalities\n    paperCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DatasetHeader_dataset on Dataset {\n    name\n    fullName\n    homepage\n    introducedDate\n    paperCount\n    modalities\n    languages\n    variants\n    licenseName\n    licenseUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      slug\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment DatasetHeader_dataset on Dataset {\n    name\n    fullName\n    homepage\n    introducedDate\n    paperCount\n    modalities\n    languages\n    variants\n    licenseName\n    licenseUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    parent {\n      id\n      slug\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MethodCard_method on Method {\n    id\n    slug\n    name\n    fullName\n    introducedYear\n    paperCount\n  }\n',
): (typeof documents)['\n  fragment MethodCard_method on Method {\n    id\n    slug\n    name\n    fullName\n    introducedYear\n    paperCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MethodHeader_method on Method {\n    name\n    fullName\n    introducedYear\n    paperCount\n    sourceUrl\n    sourceTitle\n    codeSnippetUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    collections {\n      id\n      slug\n      name\n      area {\n        id\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment MethodHeader_method on Method {\n    name\n    fullName\n    introducedYear\n    paperCount\n    sourceUrl\n    sourceTitle\n    codeSnippetUrl\n    introducedBy {\n      id\n      slug\n      title\n    }\n    collections {\n      id\n      slug\n      name\n      area {\n        id\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaperHeader_paper on Paper {\n    title\n    published\n    proceeding\n    arxivId\n    authors {\n      id\n      name\n    }\n    tasks {\n      id\n      slug\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PaperHeader_paper on Paper {\n    title\n    published\n    proceeding\n    arxivId\n    authors {\n      id\n      name\n    }\n    tasks {\n      id\n      slug\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaperLinks_paper on Paper {\n    urlAbs\n    urlPdf\n    repositories {\n      isOfficial\n      mentionedInPaper\n      mentionedInGithub\n      repository {\n        id\n        url\n        fullName\n        framework\n        stars\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaperLinks_paper on Paper {\n    urlAbs\n    urlPdf\n    repositories {\n      isOfficial\n      mentionedInPaper\n      mentionedInGithub\n      repository {\n        id\n        url\n        fullName\n        framework\n        stars\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaperList_connection on PaperConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...PaperListItem_paper\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaperList_connection on PaperConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        ...PaperListItem_paper\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaperListItem_paper on Paper {\n    id\n    slug\n    title\n    published\n    proceeding\n    hasCode\n    authors {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PaperListItem_paper on Paper {\n    id\n    slug\n    title\n    published\n    proceeding\n    hasCode\n    authors {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaperMethods_paper on Paper {\n    methods {\n      id\n      slug\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PaperMethods_paper on Paper {\n    methods {\n      id\n      slug\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaperResults_paper on Paper {\n    slug\n    results {\n      id\n      modelName\n      benchmark {\n        id\n        slug\n        task {\n          id\n          slug\n          name\n        }\n        dataset {\n          id\n          slug\n          name\n        }\n      }\n      values {\n        raw\n        value\n        metric {\n          id\n          name\n          isNumeric\n          position\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaperResults_paper on Paper {\n    slug\n    results {\n      id\n      modelName\n      benchmark {\n        id\n        slug\n        task {\n          id\n          slug\n          name\n        }\n        dataset {\n          id\n          slug\n          name\n        }\n      }\n      values {\n        raw\n        value\n        metric {\n          id\n          name\n          isNumeric\n          position\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RelatedPapers_paper on Paper {\n    relatedPapers(first: 8) {\n      id\n      ...PaperListItem_paper\n    }\n  }\n',
): (typeof documents)['\n  fragment RelatedPapers_paper on Paper {\n    relatedPapers(first: 8) {\n      id\n      ...PaperListItem_paper\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskCard_task on Task {\n    id\n    slug\n    name\n    paperCount\n    benchmarkCount\n  }\n',
): (typeof documents)['\n  fragment TaskCard_task on Task {\n    id\n    slug\n    name\n    paperCount\n    benchmarkCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskHeader_task on Task {\n    name\n    synonyms\n    paperCount\n    benchmarkCount\n    datasetCount\n    areas {\n      id\n      slug\n      name\n    }\n    parents {\n      id\n      slug\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskHeader_task on Task {\n    name\n    synonyms\n    paperCount\n    benchmarkCount\n    datasetCount\n    areas {\n      id\n      slug\n      name\n    }\n    parents {\n      id\n      slug\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AreaPage_tasks on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...TaskCard_task\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AreaPage_tasks on TaskConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...TaskCard_task\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AreaPage($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      description\n      taskCount\n      benchmarkCount\n      tasks(first: 24, topLevel: true) {\n        ...AreaPage_tasks\n      }\n      benchmarks(first: 20) {\n        totalCount\n        ...PagedBenchmarkTable_connection\n      }\n      methodCollections {\n        id\n        slug\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AreaPage($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      description\n      taskCount\n      benchmarkCount\n      tasks(first: 24, topLevel: true) {\n        ...AreaPage_tasks\n      }\n      benchmarks(first: 20) {\n        totalCount\n        ...PagedBenchmarkTable_connection\n      }\n      methodCollections {\n        id\n        slug\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AreaTasksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      tasks(first: 24, after: $after, topLevel: true) {\n        ...AreaPage_tasks\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AreaTasksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      tasks(first: 24, after: $after, topLevel: true) {\n        ...AreaPage_tasks\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AreaBenchmarksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      benchmarks(first: 20, after: $after) {\n        ...PagedBenchmarkTable_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AreaBenchmarksMore($slug: String!, $after: String) {\n    area(slug: $slug) {\n      id\n      benchmarks(first: 20, after: $after) {\n        ...PagedBenchmarkTable_connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DatasetPage($slug: String!) {\n    dataset(slug: $slug) {\n      id\n      slug\n      name\n      shortDescription\n      description\n      ...DatasetHeader_dataset\n      tasks {\n        id\n        slug\n        name\n      }\n      subdatasets {\n        id\n        slug\n        name\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DatasetPage($slug: String!) {\n    dataset(slug: $slug) {\n      id\n      slug\n      name\n      shortDescription\n      description\n      ...DatasetHeader_dataset\n      tasks {\n        id\n        slug\n        name\n      }\n      subdatasets {\n        id\n        slug\n        name\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DatasetPapersMore($slug: String!, $after: String) {\n    dataset(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DatasetPapersMore($slug: String!, $after: String) {\n    dataset(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DatasetsPage($filter: DatasetFilter, $orderBy: DatasetOrder!, $after: String) {\n    datasets(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DatasetsPage($filter: DatasetFilter, $orderBy: DatasetOrder!, $after: String) {\n    datasets(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomePage {\n    stats {\n      papers\n      papersWithCode\n      benchmarks\n      results\n      tasks\n      datasets\n      methods\n    }\n    benchmarks(first: 8, orderBy: RESULT_COUNT_DESC) {\n      edges {\n        node {\n          id\n          ...BenchmarkCard_benchmark\n        }\n      }\n    }\n    areas(first: 16, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          taskCount\n          ...AreaCard_area\n        }\n      }\n    }\n    papers(first: 8, filter: { hasCode: true }, orderBy: PUBLISHED_DESC) {\n      edges {\n        node {\n          id\n          ...PaperListItem_paper\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HomePage {\n    stats {\n      papers\n      papersWithCode\n      benchmarks\n      results\n      tasks\n      datasets\n      methods\n    }\n    benchmarks(first: 8, orderBy: RESULT_COUNT_DESC) {\n      edges {\n        node {\n          id\n          ...BenchmarkCard_benchmark\n        }\n      }\n    }\n    areas(first: 16, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          taskCount\n          ...AreaCard_area\n        }\n      }\n    }\n    papers(first: 8, filter: { hasCode: true }, orderBy: PUBLISHED_DESC) {\n      edges {\n        node {\n          id\n          ...PaperListItem_paper\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeaderboardPage($slug: String!) {\n    benchmark(slug: $slug) {\n      id\n      slug\n      resultCount\n      task {\n        id\n        slug\n        name\n        area {\n          id\n          slug\n          name\n        }\n      }\n      dataset {\n        id\n        slug\n        name\n        fullName\n      }\n      ...Leaderboard_benchmark\n    }\n  }\n',
): (typeof documents)['\n  query LeaderboardPage($slug: String!) {\n    benchmark(slug: $slug) {\n      id\n      slug\n      resultCount\n      task {\n        id\n        slug\n        name\n        area {\n          id\n          slug\n          name\n        }\n      }\n      dataset {\n        id\n        slug\n        name\n        fullName\n      }\n      ...Leaderboard_benchmark\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      id\n      slug\n      name\n      fullName\n      description\n      ...MethodHeader_method\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MethodPage($slug: String!) {\n    method(slug: $slug) {\n      id\n      slug\n      name\n      fullName\n      description\n      ...MethodHeader_method\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MethodPapersMore($slug: String!, $after: String) {\n    method(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MethodPapersMore($slug: String!, $after: String) {\n    method(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MethodsPage_methods on MethodConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...MethodCard_method\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment MethodsPage_methods on MethodConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        ...MethodCard_method\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MethodsPage($filter: MethodFilter, $orderBy: MethodOrder!, $collection: String!, $hasCollection: Boolean!) {\n    areas(first: 50, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n    methodCollection(slug: $collection) @include(if: $hasCollection) {\n      id\n      name\n      description\n    }\n    methods(first: 24, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n',
): (typeof documents)['\n  query MethodsPage($filter: MethodFilter, $orderBy: MethodOrder!, $collection: String!, $hasCollection: Boolean!) {\n    areas(first: 50, orderBy: NAME_ASC) {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n    methodCollection(slug: $collection) @include(if: $hasCollection) {\n      id\n      name\n      description\n    }\n    methods(first: 24, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MethodsMore($filter: MethodFilter, $orderBy: MethodOrder!, $after: String) {\n    methods(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n',
): (typeof documents)['\n  query MethodsMore($filter: MethodFilter, $orderBy: MethodOrder!, $after: String) {\n    methods(first: 24, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...MethodsPage_methods\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PaperPage($slug: String!) {\n    paper(slug: $slug) {\n      id\n      title\n      abstract\n      ...PaperHeader_paper\n      ...PaperLinks_paper\n      ...PaperResults_paper\n      ...PaperMethods_paper\n      ...RelatedPapers_paper\n    }\n  }\n',
): (typeof documents)['\n  query PaperPage($slug: String!) {\n    paper(slug: $slug) {\n      id\n      title\n      abstract\n      ...PaperHeader_paper\n      ...PaperLinks_paper\n      ...PaperResults_paper\n      ...PaperMethods_paper\n      ...RelatedPapers_paper\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchPage($query: String!) {\n    tasks(first: 12, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BenchmarkTable_benchmark\n        }\n      }\n    }\n    datasets(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n    methods(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MethodCard_method\n        }\n      }\n    }\n    papers(first: 20, filter: { query: $query }, orderBy: RELEVANCE) {\n      totalCount\n      ...PaperList_connection\n    }\n  }\n',
): (typeof documents)['\n  query SearchPage($query: String!) {\n    tasks(first: 12, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...BenchmarkTable_benchmark\n        }\n      }\n    }\n    datasets(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...DatasetCard_dataset\n        }\n      }\n    }\n    methods(first: 8, filter: { query: $query }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MethodCard_method\n        }\n      }\n    }\n    papers(first: 20, filter: { query: $query }, orderBy: RELEVANCE) {\n      totalCount\n      ...PaperList_connection\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchPapersMore($query: String!, $after: String) {\n    papers(first: 20, after: $after, filter: { query: $query }, orderBy: RELEVANCE) {\n      ...PaperList_connection\n    }\n  }\n',
): (typeof documents)['\n  query SearchPapersMore($query: String!, $after: String) {\n    papers(first: 20, after: $after, filter: { query: $query }, orderBy: RELEVANCE) {\n      ...PaperList_connection\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SotaPage($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!) {\n    areas(first: 50, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 30, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      ...PagedBenchmarkTable_connection\n    }\n  }\n',
): (typeof documents)['\n  query SotaPage($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!) {\n    areas(first: 50, orderBy: TASK_COUNT_DESC) {\n      edges {\n        node {\n          id\n          slug\n          name\n          benchmarkCount\n        }\n      }\n    }\n    benchmarks(first: 30, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      ...PagedBenchmarkTable_connection\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SotaBenchmarksMore($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!, $after: String) {\n    benchmarks(first: 30, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...PagedBenchmarkTable_connection\n    }\n  }\n',
): (typeof documents)['\n  query SotaBenchmarksMore($filter: BenchmarkFilter, $orderBy: BenchmarkOrder!, $after: String) {\n    benchmarks(first: 30, after: $after, filter: $filter, orderBy: $orderBy) {\n      ...PagedBenchmarkTable_connection\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaskPage($slug: String!) {\n    task(slug: $slug) {\n      id\n      slug\n      name\n      description\n      area {\n        id\n        slug\n        name\n      }\n      ...TaskHeader_task\n      subtasks {\n        id\n        ...TaskCard_task\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      datasets {\n        id\n        slug\n        name\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TaskPage($slug: String!) {\n    task(slug: $slug) {\n      id\n      slug\n      name\n      description\n      area {\n        id\n        slug\n        name\n      }\n      ...TaskHeader_task\n      subtasks {\n        id\n        ...TaskCard_task\n      }\n      benchmarks {\n        id\n        ...BenchmarkTable_benchmark\n      }\n      datasets {\n        id\n        slug\n        name\n      }\n      papers(first: 20) {\n        ...PaperList_connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaskPapersMore($slug: String!, $after: String) {\n    task(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TaskPapersMore($slug: String!, $after: String) {\n    task(slug: $slug) {\n      id\n      papers(first: 20, after: $after) {\n        ...PaperList_connection\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
