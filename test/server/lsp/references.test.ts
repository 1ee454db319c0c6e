import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReferencesRequest, type Location } from 'vscode-languageserver-protocol/node';
import { LspSession, positionAt } from './lspClient';
import { REFERENCES_PAGE } from '../../../server/src/lsp/references';

/**
 * References of an entity named thousands of times (lsp/references.ts), over
 * stdio: whole to a client that asks for the whole list, in pages to one that
 * asks for partial results. The articles are written for this test.
 */
describe('lsp references in pages', function () {
  let dir: string;
  let session: LspSession;
  /** Mentions of "Bộ Chính trị" in all: more than one page and a part. */
  const FILES = 3;
  const PER_FILE = 400;
  const line = 'Bộ Chính trị họp phiên thường kỳ và cho ý kiến về công tác cán bộ của tỉnh.\n';
  const OTHER = 'Đồng chí Hoàng Văn Bảy, Bí thư Tỉnh ủy Hà Giang, dự họp và phát biểu.\n';

  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-refs-'));
    for (let i = 1; i <= FILES; i++) fs.writeFileSync(path.join(dir, `bai-${i}.txt`), line.repeat(PER_FILE));
    fs.writeFileSync(path.join(dir, 'khac.txt'), OTHER);
    session = await LspSession.start(dir);
    await session.indexed();
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Sends a request for references with a partial result token; the pages the server reports for it, and its answer. */
  const paged = async (request: ReturnType<typeof params>, token: string) => {
    const pages: Location[][] = [];
    session.partialResults.set(token, (page) => pages.push(page as Location[]));
    try {
      const answer = await session.connection.sendRequest(ReferencesRequest.type, { ...request, partialResultToken: token });
      return { pages, answer };
    } finally {
      session.partialResults.delete(token);
    }
  };
  const params = () => ({ textDocument: { uri: pathToFileURL(path.join(dir, 'bai-2.txt')).href }, position: positionAt(line, 3), context: { includeDeclaration: true } });

  it('sends every location in pages to a client that asks for partial results, then an empty answer', async () => {
    const whole = (await session.connection.sendRequest(ReferencesRequest.type, params())) ?? [];
    assert.equal(whole.length, FILES * PER_FILE);
    assert.ok(whole.length > REFERENCES_PAGE, 'the fixture needs more than one page');

    const { pages, answer } = await paged(params(), 'refs-1');
    assert.deepEqual(answer, []);
    const total = FILES * PER_FILE;
    const full = Math.floor(total / REFERENCES_PAGE);
    assert.deepEqual(
      pages.map((p) => p.length),
      [...Array<number>(full).fill(REFERENCES_PAGE), ...(total % REFERENCES_PAGE > 0 ? [total % REFERENCES_PAGE] : [])],
    );
    assert.deepEqual(pages.flat(), whole);
  });

  it('answers a short list whole even when partial results are asked for', async () => {
    const textDocument = { uri: pathToFileURL(path.join(dir, 'khac.txt')).href };
    const position = positionAt(OTHER, OTHER.indexOf('Hoàng Văn Bảy') + 2);
    const { pages, answer } = await paged({ ...params(), textDocument, position }, 'refs-2');
    assert.deepEqual(pages, []);
    assert.deepEqual(answer, [{ uri: textDocument.uri, range: { start: positionAt(OTHER, 9), end: positionAt(OTHER, 22) } }]);
  });
});
