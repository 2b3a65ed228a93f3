import { fieldName, orderedFields, valueText } from './revision-diff';

describe('how changes read', () => {
  it('names fields for people', () => {
    expect(fieldName('values.EM')).toBe('EM');
    expect(fieldName('modelName')).toBe('Model');
    expect(fieldName('description')).toBe('Description');
    expect(fieldName('somethingNew')).toBe('Something new');
  });

  it('writes values as text, links by their URL', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText('false')).toBe('no');
    expect(valueText('[]')).toBe('—');
    expect(valueText('[{"url":"https://github.com/a/b","title":"a/b"}]')).toBe('https://github.com/a/b');
    expect(valueText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
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
