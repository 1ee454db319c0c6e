import * as assert from 'node:assert/strict';
import type { TextPacker } from '../../../../server/src/core/host';
import type { Article } from '../../../../server/src/core/model';
import { PackedTexts } from '../../../../server/src/core/folderIndex/packedTexts';
import { createReportLensService, type ReportLensService } from '../../../../server/src/core/service';
import { WORKSPACE_KNOWLEDGE_PATH } from '../../../../server/src/core/knowledge/workspaceKnowledge';
import { memoryFiles, offsetOf, seedFiles, uriOf } from '../../../support/fixture';

/** A packer that keeps each text's UTF-16 code units in bytes, and counts its calls: exact, and plain to follow. */
function countingPacker(): TextPacker & { packed: number; unpacked: number } {
  const packer = {
    packed: 0,
    unpacked: 0,
    pack(text: string): Uint8Array {
      packer.packed++;
      const units = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      return new Uint8Array(units.buffer);
    },
    unpack(bytes: Uint8Array): string {
      packer.unpacked++;
      const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
      let text = '';
      for (let i = 0; i < units.length; i += 1024) text += String.fromCharCode(...units.subarray(i, i + 1024));
      return text;
    },
  };
  return packer;
}

function article(uri: string, text: string): Article {
  return { uri, text, version: 1, mentions: [] };
}

describe('core/folderIndex/packedTexts', () => {
  it('a held article gives back its text exactly, lone surrogates included, and its other fields as they were', () => {
    const packer = countingPacker();
    const texts = new PackedTexts(packer);
    const text = 'Đồng chí Trương Thị Mai\r\n\uD800 và \uDC00 cuối.';
    const held = texts.hold({ ...article(uriOf('a.txt'), text), publication: undefined });
    assert.equal(held.text, text);
    assert.equal(held.uri, uriOf('a.txt'));
    assert.equal(held.version, 1);
    // The text is read through the packer, not kept as a field of its own.
    assert.equal(typeof Object.getOwnPropertyDescriptor(held, 'text')?.get, 'function');
    assert.equal(texts.hold(held), held);
  });

  it('a copy made by spreading a held article has the same text, and holding it reuses the packed bytes', () => {
    const packer = countingPacker();
    const texts = new PackedTexts(packer);
    const held = texts.hold(article(uriOf('a.txt'), 'Hà Nội, ngày 12/01/2022'));
    const copy = { ...held, version: 2 };
    assert.equal(copy.text, 'Hà Nội, ngày 12/01/2022');
    const again = texts.hold(copy);
    assert.equal(again.text, 'Hà Nội, ngày 12/01/2022');
    assert.equal(again.version, 2);
    assert.equal(packer.packed, 1);
  });

  it('unpacks a text again only after it has left the recent ones, and then gives the same text', () => {
    const packer = countingPacker();
    const texts = new PackedTexts(packer);
    const held = Array.from({ length: 20 }, (_, i) => texts.hold(article(uriOf(`${i}.txt`), `Bài số ${i}: Thủ tướng Phạm Minh Chính.`)));
    assert.equal(packer.unpacked, 0);
    // The last ones held are still unpacked; the first has left the recent texts and is unpacked once, then kept.
    assert.equal(held[19].text, 'Bài số 19: Thủ tướng Phạm Minh Chính.');
    assert.equal(packer.unpacked, 0);
    assert.equal(held[0].text, 'Bài số 0: Thủ tướng Phạm Minh Chính.');
    assert.equal(held[0].text, 'Bài số 0: Thủ tướng Phạm Minh Chính.');
    assert.equal(packer.unpacked, 1);
    for (const [i, a] of held.entries()) assert.equal(a.text, `Bài số ${i}: Thủ tướng Phạm Minh Chính.`);
  });

  describe('a service that packs its texts answers as one that does not', () => {
    const KNOWLEDGE = `people:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An\n    posts:\n      - title: Bí thư Tỉnh ủy Hà Tĩnh\n        start: 2020-10\n        sources: [https://example.org/an]\n`;
    const files = seedFiles();
    // More files than stay unpacked, so answers read texts unpacked again.
    for (let day = 1; day <= 10; day++) files.set(uriOf(`day-${day}.txt`), `Hà Nội, ngày ${day}/3/2023 - Đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương, dự hội nghị.\n`);
    files.set(uriOf('taught.txt'), 'Thứ Năm, 23-06-2022, 18:22\nHội nghị do Nguyễn Văn An chủ trì. Nguyễn Văn An cho biết kết quả tốt.\n');

    async function indexed(texts?: TextPacker): Promise<ReportLensService> {
      const service = createReportLensService({ files: memoryFiles(files), texts });
      await service.indexWorkspace();
      // Teaching a name keys copies of the articles that write it (and re-indexes them), which are held again.
      service.setKnowledgeFile(uriOf(WORKSPACE_KNOWLEDGE_PATH), KNOWLEDGE);
      const edited = uriOf('taught.txt');
      service.setText(edited, `${files.get(edited)!}Thủ tướng Phạm Minh Chính dự.\n`, 2);
      return service;
    }

    it('findings, fixes, hovers and references, file by file', async () => {
      const packer = countingPacker();
      const [plain, packed] = [await indexed(), await indexed(packer)];
      assert.ok(packer.packed > 0 && packer.unpacked > 0, 'the packer was used');
      const uris = [...plain.articles()].map((a) => a.uri).sort();
      assert.deepEqual([...packed.articles()].map((a) => a.uri).sort(), uris);
      for (const uri of uris) {
        const text = plain.article(uri)!.text;
        assert.equal(packed.article(uri)!.text, text);
        // Every article the index holds, the keyed copies too, is held packed.
        assert.equal(typeof Object.getOwnPropertyDescriptor(packed.article(uri)!, 'text')?.get, 'function', uri);
        assert.deepEqual(packed.diagnostics(uri), plain.diagnostics(uri), uri);
        for (const m of plain.article(uri)!.mentions) {
          assert.deepEqual(packed.hover(uri, m.start), plain.hover(uri, m.start), `${uri} at ${m.start}`);
          assert.deepEqual(packed.references(uri, m.start, true), plain.references(uri, m.start, true));
        }
      }
      assert.deepEqual(packed.fixAll(undefined), plain.fixAll(undefined));
      const taught = uriOf('taught.txt');
      assert.equal(packed.hover(taught, offsetOf(packed.article(taught)!.text, 'Văn An'))?.markdown.includes('Bí thư Tỉnh ủy Hà Tĩnh'), true);
    });
  });
});
