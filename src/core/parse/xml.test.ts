import { describe, expect, it } from 'vitest';
import { child, childText, findElement, parseXml, XML_CAP } from './xml.ts';

describe('parseXml', () => {
  it('reads an S3 error with its declaration, keeping names as written', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><RequestId>A65</RequestId></Error>',
    );
    expect(root?.name).toBe('Error');
    expect(root && childText(root, 'Code')).toBe('NoSuchKey');
    expect(root && childText(root, 'requestid')).toBe('A65');
  });

  it('finds elements by local name across namespace prefixes', () => {
    const root = parseXml(
      '<env:Envelope xmlns:env="e"><env:Body><env:Fault><env:Code><env:Value>env:Sender</env:Value></env:Code></env:Fault></env:Body></env:Envelope>',
    );
    const fault = root && findElement(root, 'Fault');
    expect(fault?.name).toBe('env:Fault');
    expect(fault && childText(child(fault, 'Code')!, 'Value')).toBe('env:Sender');
  });

  it('decodes predefined entities, character references and CDATA, and skips comments', () => {
    const root = parseXml('<m>a &lt;b&gt; &amp; &#x41;&#66; <!-- c --><![CDATA[<raw>&amp;]]></m>');
    expect(root?.text).toBe('a <b> & AB <raw>&amp;');
  });

  it('expands no entity a DTD declares', () => {
    const root = parseXml('<!DOCTYPE m [<!ENTITY x "boom">]><m>&x;</m>');
    expect(root?.text).toBe('&x;');
  });

  it('keeps quoted ">" inside attributes out of the tag end', () => {
    expect(parseXml('<a t="x>y"><b>ok</b></a>')?.children[0]?.text).toBe('ok');
  });

  it('tolerates stray and missing end tags', () => {
    const root = parseXml('<a><b>1</c></b><d>2</a>');
    expect(root && childText(root, 'b')).toBe('1');
    expect(root && childText(root, 'd')).toBe('2');
  });

  it.each([
    ['no element at all', 'just text'],
    ['nesting beyond the depth cap', '<a>'.repeat(100)],
    ['more elements than the cap', `<r>${'<a/>'.repeat(20_000)}</r>`],
    ['a body over the size cap', `<r>${' '.repeat(XML_CAP)}</r>`],
  ])('returns null for %s', (_name, text) => {
    expect(parseXml(text)).toBeNull();
  });

  it.each([
    ['unclosed "<" runs', '<'.repeat(200_000)],
    ['unterminated quotes', '<a "'.repeat(60_000)],
    ['unclosed declarations', '<!'.repeat(100_000)],
  ])('stays linear on %s', (_name, text) => {
    const started = performance.now();
    parseXml(text);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
