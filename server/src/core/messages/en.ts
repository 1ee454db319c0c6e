import type { Messages } from './catalogue';
import { WEEKDAY_NAMES_EN, WEEKDAY_NAMES_VI, toRoman } from '../calendar';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The date a resolution's evidence applies to, when there is one. */
const on = (date: string | undefined) => (date !== undefined ? ` on ${date}` : '');

export const EN: Messages = {
  showTimeline: 'Show timeline',
  lens: (name, mentions, files) => `${name}: ${plural(mentions, 'mention')} in ${plural(files, 'file')}`,
  ruleNames: {
    'title-variant': 'title spelling',
    'title-conflict': 'conflicting titles',
    'name-variant': 'name spelling',
    'date-weekday': 'weekday and date',
    'date-invalid': 'impossible date',
    'date-context': 'date against the publication date',
    'document-code': 'document code',
    'document-conflict': 'conflicting citations',
    'term-numeral': 'congress and term numerals',
    'term-years': 'term and its years',
    'edition-year': 'award edition and year',
    'spelling-variant': 'tone mark placement',
    'text-artifact': 'text artifact',
    'file-encoding': 'file encoding',
    'file-skipped': 'file skipped',
    'decision-after-event': 'document dated after its announcement',
    'appointment-date': 'appointment dates',
  },
  ruleDescriptions: {
    'appointment-date': 'One appointment of a person to a post dated in different months in two articles.',
    'date-context': 'A date that cannot fit its article: published after its update, a period whose years do not add up, an anniversary older than its document.',
    'date-invalid': 'An impossible date, such as 31-2-2023 or 30-13-2020.',
    'date-weekday': 'The weekday written with a date does not match the date.',
    'decision-after-event': 'A document announced at an event is dated after the event.',
    'document-code': 'A numbered document citation missing its code, or whose code contradicts its type.',
    'document-conflict': 'One document cited with different dates or issuers.',
    'edition-year': 'An award edition and its year disagree with the rest of the folder.',
    'name-variant': 'A name one or two diacritics or letters away from a known official.',
    'spelling-variant': 'A word spelt two ways in one folder (tone placement khoá/khóa, Uỷ/Ủy, hoà/hòa; i or y in kì/kỳ; a province Đăk Lăk/Đắk Lắk), or text not in Unicode NFC.',
    'term-numeral': 'A congress or term numbered in Arabic numerals where the folder uses Roman ones (or the reverse).',
    'term-years': 'A term ordinal and the years written with it disagree.',
    'text-artifact': 'Scraping damage: glued words or a comma glued to the next word, missing space after a sentence, a word broken across lines, a repeated word or phrase, an abbreviation split by a space, HTML markup, web-page residue; and a word spelt as no Vietnamese syllable is, left by a typing slip or damaged text.',
    'title-conflict': 'A person’s titles at one date contradict each other, or contradict who holds a single post at that date.',
    'title-variant': 'One title written with the same words in two ways across the folder (letter case, stray comma).',
  },
  fixAllInFile: (rule, count) => `Fix all “${rule}” problems in this file (${count})`,
  suppress: (rule, file) => `Suppress this “${rule}” finding (in ${file})`,
  fixAllOnSave: 'Fix all Report Lens problems in this file',
  also: (rule, message) => `Also (${rule}): ${message}`,
  fixAllInFolder: (rule) => (rule === undefined ? 'Fix all problems in the folder' : `Fix all “${rule}” problems in the folder`),
  restricted:
    'Report Lens reads only in Restricted Mode: hovers and diagnostics work, but it writes no file (fix all, suppressions, the knowledge file, exports) until you trust this folder.',
  exported: (format, where, refused, reason) =>
    `Report Lens exported the annotations (${format}): ${where}.${refused > 0 ? ` ${refused} not written (${reason}${refused > 1 ? ', …' : ''}).` : ''}`,
  annFilesBeside: (count) => `${plural(count, '.ann file')} beside the articles`,
  progressTitle: 'Report Lens: indexing',
  noFindings: 'No findings.',
  findingsSummary: (count, errors) => `${plural(count, 'finding')} (${errors} at error level)`,
  progressListing: 'listing articles',
  progressArticles: (done, total) => `${done}/${total} articles`,
  hover: {
    official: 'official',
    title: 'title',
    organisation: 'organisation',
    document: 'document',
    congress: 'congress / term',
    award: 'award',
    byline: (role) => `byline (${role}), not an official`,
    usage: (mentions, files) => `${plural(mentions, 'mention')} in ${plural(files, 'file')}`,
    undated: 'undated',
    heldInNarrative: (year, date) => `${year}, told on ${date}`,
    titlesInArticles: 'Titles in the articles:',
    formerHere: 'Former posts, as this article gives them:',
    leftHere: 'Posts left, as this article says:',
    titlesSummed: (files) => `Titles in the articles (first and last seen, ${files} files):`,
    files: (count) => plural(count, 'file'),
    heldHereBy: (name) => `Held here by ${name}.`,
    heldBy: (date, holders) => `Held${date ? ` on ${date}` : ''} by: ${holders}`,
    noHolder: 'No holder of this title is named in the folder.',
    fields: { type: 'Type', number: 'Number', code: 'Code', issuer: 'Issuer', date: 'Date', term: 'Term', subject: 'Subject' },
    notWritten: '*not written*',
    citedIn: (files) => `Cited in: ${files}`,
    andMore: (files, more) => `${files} … and ${more} more files`,
    time: (time) => `Time: ${time}`,
    publicationDateline: 'Publication date (dateline).',
    updateDateline: 'Update time (dateline).',
    resolved: (how) => `Resolved: ${how}`,
    edition: (edition, year) => `Edition ${edition}${year !== undefined ? `, year ${year}` : ''}.`,
  },
  spellingVariant: {
    writtenHere: (word) => `${word} is written here`,
    styleUsedHere: (style) => `The ${STYLE[style]} is used here`,
    respellAll: (count, style) => `Respell all ${count} in the ${STYLE[style]}`,
    write: (word) => `Write ${word}`,
    throughout: (style, example, times, configured, preferred) =>
      `This article places tones in the ${STYLE[style]} throughout, as in ${example}${timesEn(times)}; ${usualEn(configured)} spelling is the ${STYLE[preferred]}.`,
    always: (word, times, style, configured, respelt) => `This article always writes ${word}${timesEn(times)}, in the ${STYLE[style]}; ${usualEn(configured)} spelling is ${respelt}.`,
    both: (word, times, respelt, also, configured) => `This article writes ${word}${timesEn(times)} but also ${respelt}${timesEn(also)}, ${usualEn(configured)} spelling.`,
    placeOnly: (word, times, respelt) => `This article writes ${word}${timesEn(times)}; the folder’s usual spelling of this name is ${respelt}.`,
    iyOnly: (word, times, respelt) => `This article writes ${word}${timesEn(times)}; the folder’s usual spelling is ${respelt} (i and y are the same vowel here).`,
    writeAll: (word, count) => `Write ${word} all ${count} times`,
    decomposed: (word, more) =>
      `${word}${more > 0 ? ` and ${plural(more, 'more word')} in this file` : ''} ${more > 0 ? 'are' : 'is'} written with decomposed diacritics (not Unicode NFC), so searches for ${more > 0 ? 'them' : 'it'} fail.`,
    toNfc: 'Convert the file to NFC',
  },
  titleConflict: {
    sameDate: (holder, title) => `${holder} is ${title} here, on the same date`,
    onePerson: (title, date, holder, others) => `Only one person is ${title} at a time, but on ${date} it is given to ${holder} and to ${others}.`,
    incomplete: (short, full, holder) => `${short} is an incomplete form of ${full}, the title ${holder} has in the same list of titles elsewhere in this article.`,
    holds: (holder, full) => `${holder} is ${full} here`,
    write: (full) => `Write ${full}`,
  },
  knowledge: {
    date: (b) =>
      b.term ? `${b.term.which} of khóa ${toRoman(b.term.term)}`
      : b.range ? [b.range.notBefore && `not before ${b.range.notBefore}`, b.range.notAfter && `not after ${b.range.notAfter}`].filter(Boolean).join(', ')
      : b.precision === 'unknown' ? 'unknown'
      : b.text,
    present: 'present',
    attested: (dates) => ` (attested ${dates})`,
    notInKnowledge: 'Not in the knowledge base.',
    ambiguous: (reason) => `Ambiguous: ${reason}`,
    candidates: (list) => `Candidates: ${list}`,
    noPosts: 'no posts',
    resolved: (reason) => `Resolved: ${reason}`,
    notRecorded: (date, titles) => `Not recorded in the knowledge base on ${date}: ${titles}`,
    knownPosts: (name) => (name === undefined ? 'Known posts:' : `Known posts of ${name}:`),
    possibly: ', possibly',
    heldOn: (date, holders) => `Knowledge base, on ${date}: ${holders}`,
    issuedBy: (issuer) => `issued by ${issuer}`,
    dated: (date) => `dated ${date}`,
    document: (description) => `Knowledge base: ${description}`,
    subject: (subject) => `Subject: ${subject}`,
    notSameAs: (reason, others) => `Resolved: ${reason} Not the same as ${others}.`,
    reasons: {
      noSuchPerson: (r) => `No one named ${r.name} is in the knowledge base.`,
      onlyNamesake: (r) => `${r.name} is the only person of that name in the knowledge base.`,
      untold: (r) => `${r.people} people named ${r.name} are in the knowledge base, and no title known to it tells them apart${on(r.date)}.`,
      notKnownToHold: (r) => `${r.name} is not known to have held ${r.titles}${on(r.date)}.`,
      noneHeld: (r) => `None of the ${r.people} people named ${r.name} is known to have held ${r.titles}${on(r.date)}.`,
      several: (r) => `${r.count} of the ${r.people} people named ${r.name} may have held ${r.titles}${on(r.date)}.`,
      held: (r) => `${r.name} ${r.certain ? 'held' : 'may have held'} ${r.titles}${on(r.date)}.`,
      onlyOne: (r) =>
        r.possibly > 0
          ? `Of ${r.people} people named ${r.name}, only ${r.id} certainly held ${r.titles}${on(r.date)}; ${r.possibly === 1 ? 'another only possibly did' : `${r.possibly} others only possibly did`}.`
          : `Of ${r.people} people named ${r.name}, only ${r.id} ${r.certain ? 'held' : 'may have held'} ${r.titles}${on(r.date)}.`,
      apartByPlace: (r) => `The ${r.name} of ${r.places} is not the ${r.name} of ${r.others}: at the first sessions of the ${r.term} councils both held posts, in different provinces.`,
      apartByBirth: (r) => `The ${r.name} born in ${r.born} is not the ${r.name} born in ${r.others}.`,
      apartBySex: (r) =>
        `The ${r.name} called ${r.sex} (${r.sex === 'bà' ? 'a woman' : 'a man'})${r.places && ` of ${r.places}`} is not the ${r.name} this folder calls ${r.sex === 'bà' ? 'ông' : 'bà'}.`,
      apartByEra: (r) =>
        `The ${r.name}${r.places && ` of ${r.places}`} in office in ${r.years} is not the ${r.name} in office in ${r.others}: no one holds posts over so many years.`,
      namesakeUntold: (r) =>
        `This folder names ${r.officials.length} officials called ${r.name} (${r.officials.map((o) => [o.sex && `${o.sex === 'bà' ? 'a woman' : 'a man'}`, o.places && `of ${o.places}`, o.born !== undefined && `born in ${o.born}`, o.years && `in office in ${o.years}`].filter(Boolean).join(', ')).join('; ')}), and nothing here says which one this is.`,
      linked: () => 'Linked to it in the workspace knowledge file.',
      noSuchDocument: (r) => `No document ${r.code} is in the knowledge base.`,
      onlyDocument: (r) => `The only ${r.code} in the knowledge base.`,
      sameNumber: (r) => `${r.count} documents are numbered ${r.code}; a date or term tells them apart.`,
      ofTerm: (r) => `The ${r.code} of khóa ${toRoman(r.term)}.`,
      noneOfTerm: (r) => `No ${r.code} of khóa ${toRoman(r.term)} is in the knowledge base.`,
      severalOfTerm: (r) => `${r.count} documents numbered ${r.code} belong to khóa ${toRoman(r.term)}.`,
      issuedOn: (r) => `The ${r.code} issued on ${r.date}${r.term !== undefined ? ` (khóa ${toRoman(r.term)})` : ''}.`,
      noneIssuedBy: (r) => `No ${r.code} had been issued by ${r.date}.`,
      latestBy: (r) =>
        `On ${r.date}${r.term !== undefined ? ` (khóa ${toRoman(r.term)})` : ''} the latest ${r.code} was the one${r.latestTerm !== undefined ? ` of khóa ${toRoman(r.latestTerm)}` : ''} issued ${r.issued ?? 'in that term'}.`,
    },
    edition: (edition, year, written, awarded) =>
      `Knowledge base: edition ${edition} covers ${year}${written !== undefined ? ` (not ${written} as written here)` : ''}${awarded !== undefined ? `, awarded ${awarded}` : ''}`,
  },
  files: {
    reasons: {
      legacy: (r) =>
        `${r.asUtf8 ? `This file is ${r.encoding} text that was read as Latin-1 and saved as UTF-8, so its letters are mangled.` : `This file is not UTF-8: its bytes look like the legacy Vietnamese encoding ${r.encoding}.`} Report Lens does not analyse it. ${
          r.encoding === 'Windows-1258'
            ? 'In VS Code: "Reopen with Encoding" → Vietnamese (Windows 1258), then "Save with Encoding" → UTF-8.'
            : `Convert it to Unicode (UTF-8) with a ${r.encoding} converter (for example Unikey's toolkit), then save it as UTF-8.`
        }`,
      binary: () => 'Binary file (it holds NUL bytes): not an article, skipped.',
      utf16WithoutBom: (r) =>
        `${r.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text without a byte-order mark: skipped, because it cannot be told apart from binary data for sure. Save it as UTF-8 (or as UTF-16 with a byte-order mark).`,
      notRegular: (r) => `This is ${NOT_REGULAR_EN[r.what]}, not a regular file: skipped${r.opened ? '' : ' without opening it'}.`,
      tooLarge: (r) => `This file is ${megabytes(r.size)}, over the ${megabytes(r.limit)} limit for an article: skipped.`,
      unreadable: (r) => `This file cannot be read (${systemErrorEn(r.error)}): skipped.`,
      unlisted: (r) => `This folder cannot be listed (${systemErrorEn(r.error)}): its articles were skipped.`,
      vanished: () => 'This file vanished before it could be read: skipped.',
    },
    invalidUtf8: (line, column, count) =>
      `Invalid UTF-8 at ${line}:${column}${count > 1 ? ` (${count} invalid byte sequences in all)` : ''}. The file was analysed with a replacement character (\uFFFD) in place of each invalid sequence; fixes are not written to it, so no byte is lost. Repair the bytes, or reopen the file with the encoding it was written in.`,
    notWritten: {
      notRegular: () => 'it exists and is not a regular file',
      unreadable: (r) => `it cannot be read (${r.error})`,
      notOurs: () => 'it exists and was not written by Report Lens',
      noFolder: () => 'the folder it would go in does not exist',
      writeFailed: (r) => `it could not be written (${r.error})`,
    },
  },
  export: {
    giveFormat: (formats) => `give a format: ${formats}`,
    openFolder: 'open a folder first',
    chooseFile: (format) => `choose the ${format} file to write`,
    isArticle: (file) => `${file} is an article of the folder: choose another file`,
    outIsArticle: (file) => `${file} is an article of the folder; choose another --out`,
    outExists: (file) => `${file} exists; give --force to replace it`,
    notWritten: (file, reason) => `${file}: not written: ${reason}`,
    wroteAnn: (count) => `wrote ${plural(count, '.ann file')}`,
  },
  cli: {
    help: (commands) =>
      [
        'usage: report-lens <command> [options]',
        '',
        'Commands:',
        commands,
        '',
        'Ranges are LSP ranges (0-based line, UTF-16 character); paths are relative to the current folder.',
        'Exit codes: 0 success; 1 findings at error level (check) or an output not written (export); 2 usage error;',
        '4 a file was skipped (added to 1: 5 is both); 3 internal error, or standard output could not be written.',
        'Messages are in English or Vietnamese: --lang en|vi, else the language of LC_ALL, LC_MESSAGES or LANG.',
        'Run `report-lens <command> --help` for the options of a command.',
        '',
      ].join('\n'),
    summaries: {
      check: 'lint articles (folder-wide rules included); --fix applies the safe fixes',
      entities: 'list every entity and its mentions',
      export: 'export the annotations for NLP work (jsonl, brat .ann beside each .txt, CoNLL IOB)',
    },
    usage: {
      check: [
        'usage: report-lens check <paths…> [--format text|json|sarif] [--fix [--dry-run]] [--config <file>]',
        '                         [--include <glob>]… [--exclude <glob>]… [--cache-dir D | --no-cache] [--jobs N] [--shard i/n] [--quiet]',
        '       report-lens check --merge D [--format text|json|sarif]',
        '',
        '  --fix        apply the safe fixes until none is left, and list what changed',
        '  --dry-run    with --fix: write nothing, print the changes as a unified diff',
        '  --config     the rules configuration to use (default: <first folder>/.report-lens/config.json)',
        '  --include    glob of the article files, relative to each folder (default **/*.txt and **/*.md; case ignored)',
        '  --exclude    glob of files never analysed (default **/node_modules/**, **/.git/**)',
        '  --cache-dir D keep per-file analyses in D (default node_modules/.cache/report-lens, or .report-lens/cache)',
        '  --no-cache    analyse every file again and keep nothing',
        '  --jobs N      worker threads (default: one per core for large folders; 0 analyses in the main thread)',
        '  --shard i/n   analyse only the i-th of n shards of the files into the cache, printing no findings',
        '  --merge D     (instead of paths) the folder-wide findings of every shard analysed into D, reading no article',
        '  --quiet       no progress bar (it is only drawn on a terminal)',
        '',
        'Exit code: 0 clean; 1 findings at error level (--dry-run: something would change);',
        '4 a file was skipped (added to 1: 5 is both); 2 usage error; 3 internal error.',
        '',
      ].join('\n'),
      entities: 'usage: report-lens entities <paths…> [--format json|text] [--kind person,document,…]\n',
      export: 'usage: report-lens export <paths…> --format jsonl|brat|conll [--out <file> [--force]]\n',
    },
    giveCommand: 'give a command',
    unknownCommand: (name) => `unknown command ${name}`,
    langTakes: (value) => `--lang takes vi or en, not "${value}"`,
    fixes: {
      inserted: (text) => `inserted ${text}`,
      deleted: (text) => `deleted ${text}`,
      replaced: (before, after) => `${before} → ${after}`,
      line: (place, rule, title, what, pass) => `fixed ${place}  ${rule}  ${title}: ${what}${pass > 1 ? ` (pass ${pass})` : ''}`,
      total: (edits, files) => `${edits} edit${edits === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
      none: 'No fix to apply.',
      unsettled: 'Fixes were still appearing after the last pass; run --fix again and report it as a bug.',
    },
    entities: {
      none: 'No entities.',
      heading: (kind, name, mentions, files, id) => `${kind} ${name} (${mentions} mention${mentions === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}) [${id}]`,
      total: (count) => `${count} entit${count === 1 ? 'y' : 'ies'}`,
    },
    shardWritten: (index, count, articles, fromCache, manifest) => `shard ${index}/${count}: ${articles} articles (${fromCache} from the cache) in ${manifest}`,
    shardNeedsCache: '--shard needs a cache folder it can write',
  },
  config: {
    notJson: (problem) => `The rules configuration is not valid JSON (${problem}); defaults are used.`,
    notObject: 'The rules configuration must be a JSON object; defaults are used.',
    rulesNotMap: '"rules" must map rule ids to a level.',
    unknownRule: (id, known) => `Unknown rule "${id}"; known rules: ${known}.`,
    level: (id, levels) => `The level of "${id}" must be one of ${levels}.`,
    preferredNotObject: '"preferred" must be an object.',
    numerals: '"numerals" must be "roman" or "arabic".',
    spelling: '"spelling" must be "new" (khóa, Ủy) or "old" (khoá, Uỷ).',
    suppressionsNotList: '"suppressions" must be a list.',
    suppressionMalformed: 'Each suppression needs "rule", "uri" and "text" strings; the malformed ones are ignored.',
    unreadable: (why) =>
      `cannot be read (${why === 'notRegular' ? 'it is not a regular file' : why === 'EISDIR' ? 'it is a folder' : why === 'ENOENT' ? 'it does not exist' : why === 'EACCES' ? 'permission denied' : why}); defaults are used`,
  },
  knowledgeFile: {
    tooDeep: (levels) => `The knowledge file nests more than ${levels} levels deep here; no entry needs that many, so the file is not read.`,
    tagged: (parserMessage) => `${parserMessage}: the knowledge file takes plain values only, without tags.`,
    unreadable: (error) => `The knowledge file could not be read: ${error}`,
    unknownKey: (key, expected) => `unknown key "${key}" (expected one of ${expected}).`,
    required: 'is required.',
    nonEmptyText: 'must be a non-empty text.',
    positiveWhole: 'must be a positive whole number.',
    listOfTexts: 'must be a list of texts.',
    list: 'must be a list.',
    confidence: 'must be high, medium or low.',
    range: 'give notBefore, notAfter or both.',
    notADate: (value) => `"${value}" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, "unknown" or {notBefore, notAfter}.`,
    post: 'a post must be a mapping with a title.',
    person: 'a person must be a mapping with an id and a name.',
    document: 'a document must be a mapping with an id, a type and a code.',
    notACode: (code) => `"${code}" is not a document code such as 35-CT/TW.`,
    award: 'an award must be a mapping with an edition and a year.',
    organization: 'an organization must be a mapping with an id and a name.',
    idsToNames: (kind) => `must map ${kind} ids to lists of names.`,
    notEntity: 'must be a text, or a mapping with a text and a file.',
    idUsed: (id) => `the id "${id}" is already used in this file.`,
    notMapping: 'A knowledge file must be a mapping with people, documents, organizations, awards, singlePosts or aliases.',
    unknownPerson: (id) => `No person has the id "${id}", so its aliases are not used.`,
    unknownDocument: (id) => `No document has the id "${id}", so its citation forms are not linked.`,
  },
  fix: {
    invalidUtf8: 'it holds invalid UTF-8, which writing would replace: not fixed, so no byte is lost',
    notOnDisk: 'not a file on disk',
    vanished: 'it vanished before the fix was written',
    outside: 'it lies outside the folders given: not written',
    changed: 'it changed since it was read: not fixed, and re-analysed as it is now',
    cannotWriteBack: 'its bytes cannot be written back unchanged: not fixed',
    writeFailed: (error) => `it could not be written (${error}); the file is unchanged`,
    notFixed: (file, reason) => `${file}: not fixed: ${reason}`,
    usingConfiguration: (file) => `using the configuration ${file}`,
  },
  textArtifact: {
    repeated: (kind, text) => `The ${kind} ${text} is written twice.`,
    deleteRepeated: (kind) => `Delete the repeated ${kind}`,
    glued: (text) => `Two words are glued together: ${text}; a space is missing.`,
    misspelt: (text) => `No Vietnamese syllable is spelt ${text}: a typing slip or damaged text.`,
    writeWritten: (text, times) => `Write ${text}, as this article does ${plural(times, 'time')}`,
    numberGlued: (text) => `A number is glued to the next word: ${text}; a space is missing.`,
    sentenceRunsOn: (text) => `A sentence runs into the next without a space: ${text}.`,
    commaGlued: (text) => `A comma is glued to the next word: ${text}; a space is missing after it.`,
    insertSpace: 'Insert a space',
    splitAbbreviation: (text, joined) => `${text} is the abbreviation ${joined} split by a space; this article writes it whole elsewhere.`,
    joinAbbreviation: (joined) => `Write ${joined}`,
    brokenLine: (where) => `A sentence is broken across lines at ${where}.`,
    brokenLines: (lines, where) => `${lines} lines of this passage are broken inside sentences, the first at ${where}.`,
    joinLine: 'Join the lines',
    joinLines: 'Join the broken lines',
    markup: (text, more) => `HTML markup is left in the text: ${text}${more > 0 ? ` and ${plural(more, 'more piece')}` : ''}.`,
    removeMarkup: 'Remove the markup',
    residue: (link, text) => `${link ? 'A link to another article' : 'Web-page residue'} is left in the text: ${text}.`,
    deleteResidue: 'Delete the web-page residue',
  },
  titleVariant: {
    writtenElsewhere: (written, usual, usualCount, houseStyle, times) =>
      `${written} is written ${usual} elsewhere in the folder (${plural(usualCount, 'time')})` +
      (houseStyle ? `; this article writes it one way throughout${times > 1 ? ` (${times} times)` : ''}: a house style.` : ', and this article writes it both ways.'),
    writtenHere: (usual) => `Written ${usual} here`,
    write: (usual, times) => `Write ${usual}${times > 1 ? ` (${times} times)` : ''}`,
    strayComma: (written, canonical) => `${written} splits one title with a stray comma; it is ${canonical}.`,
    removeComma: 'Remove the comma',
  },
  termNumeral: {
    numbered: (text, numerals, preferred, configured, written) =>
      `${text} is numbered in ${NUMERALS[numerals]} numerals, but ${configured ? 'the configuration asks for' : 'the folder mostly uses'} ${NUMERALS[preferred]} ones (${written}).`,
    writtenHere: (preferred) => `Written in ${NUMERALS[preferred]} numerals here`,
    write: (text) => `Write ${text}`,
  },
  documentCode: {
    codeOfOtherType: (text, type, typeCode, code) => `${text}: a ${type} is coded ${typeCode}, but the code ${code} is that of another type.`,
    provincialCode: (text, codeIssuer, issuer, central) =>
      `${text} carries the code of a provincial Party committee (/${codeIssuer}), but is issued by ${issuer}, whose codes end in /${central}.`,
    withoutCode: (text, cited) => `${text} is cited without its code; it is ${cited} elsewhere.`,
    withoutCodeSuch: (text, example) => (example === undefined ? `${text} is cited without its code.` : `${text} is cited without its code (such as ${example}).`),
    citedHere: (code) => `Cited with its code ${code} here`,
    writeCode: (code) => `Write the code ${code}`,
    spacedDash: (written, dash, closed) =>
      `The code ${written} is written with ${dash === 'spaced' ? 'spaces or a line break at its dash' : 'a long dash'}; a code is written closed up: ${closed}.`,
    closeUp: (closed) => `Write ${closed}`,
  },
  dates: {
    weekday: (text, stated, date, actual) =>
      `${text} says ${WEEKDAY_NAMES_VI[stated]} (${WEEKDAY_NAMES_EN[stated]}), but ${date} is a ${WEEKDAY_NAMES_EN[actual]} (${WEEKDAY_NAMES_VI[actual]}).`,
    invalid: (text, day, month, days) => `${text} is not a date: ${days === undefined ? `there is no month ${month}` : `month ${month} has ${days} days, not ${day}`}.`,
    invalidLunar: (text, day, month) =>
      `${text} is not a date of the lunar calendar: ${month < 1 || month > 12 ? `its months are numbered 1 to 12, not ${month}` : `its months have 29 or 30 days, not ${day}`}.`,
    updatedEarlier: (date, updated) => `The article is dated ${date} but says it was updated earlier, on ${updated}.`,
    periodSum: (text, from, to, length) => `${text} does not add up: ${from}–${to} spans ${to - from + 1} calendar years, not ${length}.`,
    lawAfterArticle: (text, year, published) => `${text}: the year ${year} is after the article's own year (${published}); a constitution or law cannot be of that year.`,
    lawBeforeConstitution: (text, year, first) =>
      `${text}: the year ${year} is before Vietnam's first constitution (${first}); a constitution or law cannot be of that year.`,
    anniversary: (text, origin, began, years, year, since) =>
      `${text}: ${origin.kind === 'document' ? `the document dated ${origin.date}` : `${origin.kind === 'congress' ? 'Đại hội' : 'khóa'} ${toRoman(origin.ordinal)}`} began in ${began}, ` +
      `so ${years} years before ${year} (${since}) is before the document existed.`,
  },
  termYears: {
    runs: (text, body, ordinal, expected, years) =>
      `${text}: ${body === 'assembly' ? 'The National Assembly’s term' : 'The Party’s term (khóa)'} ${ordinal} runs ${expected[0]}–${expected[1]}, not ${years[0]}–${years[1]}.`,
    congressAhead: (text, date, next, written) => `${text}: on ${date} the Party’s next congress is Đại hội ${next}, so Đại hội ${written} cannot be meant.`,
    committeeTerm: (text, round, roundEnd, from, to) =>
      `${text}: a Party committee is elected for the five years between two rounds of congresses (${round}–${roundEnd}), not ${from}–${to}.`,
    outOfOrder: (text, odd) => `${text}: a list of terms runs in order, but ${odd} breaks it; one of the ordinals is written wrong.`,
  },
  editionYear: {
    disagrees: (text, edition, award, expected, year) => `${text}: elsewhere in the folder edition ${edition} of ${award} falls in ${expected}, not ${year}.`,
    agrees: 'An edition and year that agree with the folder',
  },
  documentConflict: {
    conflict: (text, what, value, others) => `${text} is ${CITED[what]} ${value} here but ${CITED[what]} ${others} elsewhere in the folder.`,
    citedHere: (what, value) => `Cited here as ${CITED[what]} ${value}`,
  },
  nameVariant: {
    nearFrequent: (name, best, count) => `${name} looks like a misspelling of ${best}, named ${count} times in the folder.`,
    namedHere: (name) => `${name} is named here`,
    wellKnown: (written, name) => `${written} looks like a misspelling of ${name}, a well-known name written with the same letters.`,
    changeTo: (name) => `Change to ${name}`,
  },
  knowledgeChecks: {
    tenure: (start, end) => `${start.text} – ${end?.text ?? 'present'}`,
    noSource: 'no source',
    heldByOthers: (holder, title, date, held, own) =>
      `${holder} is called ${title} here, but on ${date} the knowledge base has ${held} in that post${own !== undefined ? `; ${holder} held it ${own}` : ''}.`,
    dated: (text, date, document, known, source) => `${text} is dated ${date}, but the knowledge base dates ${document} ${known} (${source}).`,
    issuer: (text, issuer, document, known, source) => `${text} names ${issuer} as its issuer, but the knowledge base has ${document} issued by ${known} (${source}).`,
    subject: (text, subject, document, dated, known, source) =>
      `${text} is cited as being about ${subject}, but the knowledge base's ${document} of ${dated ?? 'its term'} is about ${known} (${source}).`,
  },
  decisionAfterEvent: {
    afterEvent: (text, signed, event, eventDate) => `${text} is dated ${signed}, after the event that announces it (${event}, ${eventDate}): one of the two dates is wrong.`,
    eventDated: (date) => `The event is dated ${date} here`,
  },
  appointmentDate: {
    differs: (name, post, date, others) => `${name}’s appointment as ${post} is dated ${date} here but ${others} in another article of the folder.`,
    sameAppointment: (date) => `The same appointment is dated ${date} here`,
  },
};

const CITED = { date: 'dated', issuer: 'issued by' } as const;
const NUMERALS = { roman: 'Roman', arabic: 'Arabic' } as const;
const STYLE = { new: 'new style (khóa, Ủy, hòa)', old: 'old style (khoá, Uỷ, hoà)' } as const;
const timesEn = (n: number) => (n > 1 ? ` (${n} times)` : '');
const usualEn = (configured: boolean) => (configured ? 'the configured' : 'the folder’s usual');
const NOT_REGULAR_EN = { link: 'a symbolic link', fifo: 'a FIFO (named pipe)', device: 'a device', socket: 'a socket', folder: 'a folder', other: 'not a regular file' } as const;
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
/** A system error in words where its code has a plain meaning, else the code. */
const systemErrorEn = (error: string) =>
  error === 'EACCES' || error === 'EPERM' ? 'permission denied'
  : error === 'ENAMETOOLONG' ? 'its path is longer than the system allows'
  : error === 'ELOOP' ? 'too many symbolic links'
  : error;
