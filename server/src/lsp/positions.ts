import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../core';

/**
 * Offsets ↔ LSP positions for one text. This is the only place where the
 * core's UTF-16 string offsets become (line, character) and back; both count
 * UTF-16 code units, so no re-encoding is needed, only line splitting.
 */
export class Positions {
  private readonly lines: LineIndex;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
  }

  offset(position: Position): number {
    return this.lines.offsetAt(position);
  }

  position(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offsets where each line's text starts and ends (line breaks excluded), for splitting spans per line. */
  lineBounds(line: number): { start: number; end: number } {
    const start = this.lines.offsetAt({ line, character: 0 });
    let end = line + 1 < this.lines.lineCount ? this.lines.offsetAt({ line: line + 1, character: 0 }) : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }
}
