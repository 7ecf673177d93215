import { PLACEHOLDER, type Mark, type Redaction } from './ranges.ts';
import { redactTextWithMarks } from './text.ts';

const REDACTED = JSON.stringify(PLACEHOLDER);
const escaped = (s: string): string => JSON.stringify(s).slice(1, -1);

/**
 * The JSON text with some tokens replaced and every other byte copied as it was; the marks point at the
 * placeholders inside the replaced string tokens.
 */
export class JsonEdit {
  private parts: string[] = [];
  private copied = 0;
  private length = 0;
  readonly marks: Mark[] = [];
  constructor(private readonly text: string) {}

  private put(start: number, end: number, token: string): number {
    const kept = this.text.slice(this.copied, start);
    this.parts.push(kept, token);
    this.copied = end;
    const at = this.length + kept.length;
    this.length = at + token.length;
    return at;
  }

  redact(start: number, end: number, rule: Mark['rule']): void {
    const at = this.put(start, end, REDACTED) + 1;
    this.marks.push({ start: at, end: at + PLACEHOLDER.length, rule });
  }

  /**
   * A string token through the text rules, left byte for byte when nothing in it is secret. Returns the
   * redacted string.
   */
  string(start: number, end: number, decoded: string): string {
    const inner = redactTextWithMarks(decoded);
    if (inner.text === decoded) return decoded;
    let token = '"';
    const marks: Mark[] = [];
    let from = 0;
    for (const mark of inner.marks) {
      token += escaped(inner.text.slice(from, mark.start));
      marks.push({ start: token.length, end: token.length + mark.end - mark.start, rule: mark.rule });
      token += inner.text.slice(mark.start, mark.end);
      from = mark.end;
    }
    const at = this.put(start, end, `${token}${escaped(inner.text.slice(from))}"`);
    for (const mark of marks) this.marks.push({ ...mark, start: at + mark.start, end: at + mark.end });
    return inner.text;
  }

  done(): Redaction {
    return { text: this.parts.join('') + this.text.slice(this.copied), marks: this.marks };
  }
}
