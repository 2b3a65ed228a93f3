import { fieldName, isLongText, lineDiff, orderedFields, valueText } from './revision-diff';

describe('how changes read', () => {
  it('names fields for people', () => {
    expect(fieldName('values.EM')).toBe('EM');
    expect(fieldName('modelName')).toBe('Model');
    expect(fieldName('description')).toBe('Description');
    expect(fieldName('somethingNew')).toBe('Something new');
    expect(fieldName('arxivId')).toBe('arXiv id');
    expect(fieldName('urlPdf')).toBe('PDF URL');
  });

  it('writes values as text, links by their URL', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText('false')).toBe('no');
    expect(valueText('[]')).toBe('—');
    expect(valueText('[{"url":"https://github.com/a/b","title":"a/b"}]')).toBe('https://github.com/a/b');
    expect(valueText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    // A paper's byline: names as they are, in order.
    expect(valueText('["S. Kirkpatrick","C. D. Gelatt"]')).toBe('S. Kirkpatrick, C. D. Gelatt');
  });

  it('puts the model, then the values, then the rest', () => {
    const fields = ['paperTitle', 'values.F1', 'modelName', 'values.EM'].map((field) => ({
      field,
      before: null,
      after: 'x',
    }));
    expect(orderedFields(fields).map((f) => f.field)).toEqual(['modelName', 'values.F1', 'values.EM', 'paperTitle']);
  });
});

describe('lineDiff', () => {
  it('keeps common lines and marks what was removed and added (CRLF and LF alike)', () => {
    expect(lineDiff('one\r\ntwo\r\nthree', 'one\nTWO\nthree\nfour')).toEqual([
      { kind: 'same', text: 'one' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: 'TWO' },
      { kind: 'same', text: 'three' },
      { kind: 'added', text: 'four' },
    ]);
  });

  it('treats an absent value as no lines', () => {
    expect(lineDiff(null, 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('shows long or multi-line text, not lists, as a line diff', () => {
    expect(isLongText('a\nb', 'a')).toBe(true);
    expect(isLongText('x'.repeat(200), 'y')).toBe(true);
    expect(isLongText('short', 'short too')).toBe(false);
    expect(isLongText('[{"url":"https://github.com/a/b"}]', '[]')).toBe(false);
  });
});
