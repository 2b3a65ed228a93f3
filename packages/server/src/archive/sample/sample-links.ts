import { BERT_ARXIV_URL, BERT_PAPER_URL, BERT_TITLE } from './bert-paper';

/* Code links in the links-between-papers-and-code format: BERT's official repository and
 * well-known re-implementations, and the official code of Generative Adversarial Networks. */

const GAN_URL = 'https://paperswithcode.com/paper/generative-adversarial-networks';

function bertLink(repo: string, framework: string, official: boolean): Record<string, unknown> {
  return {
    paper_url: BERT_PAPER_URL,
    paper_title: BERT_TITLE,
    paper_arxiv_id: '1810.04805',
    paper_url_abs: BERT_ARXIV_URL,
    paper_url_pdf: 'https://arxiv.org/pdf/1810.04805v2.pdf',
    repo_url: `https://github.com/${repo}`,
    is_official: official,
    mentioned_in_paper: official,
    mentioned_in_github: !official,
    framework,
  };
}

export function sampleLinks(): Record<string, unknown>[] {
  return [
    bertLink('google-research/bert', 'tf', true),
    bertLink('huggingface/transformers', 'pytorch', false),
    bertLink('codertimo/BERT-pytorch', 'pytorch', false),
    bertLink('dmlc/gluon-nlp', 'mxnet', false),
    {
      paper_url: GAN_URL,
      paper_title: 'Generative Adversarial Networks',
      paper_arxiv_id: '1406.2661',
      paper_url_abs: 'https://arxiv.org/abs/1406.2661v1',
      paper_url_pdf: 'https://arxiv.org/pdf/1406.2661v1.pdf',
      repo_url: 'https://github.com/goodfeli/adversarial',
      is_official: true,
      mentioned_in_paper: true,
      mentioned_in_github: false,
      framework: 'none',
    },
  ];
}
