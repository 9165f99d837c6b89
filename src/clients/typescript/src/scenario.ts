// What an aggregator does with the Verbatim API, one check a line, against the server at VERBATIM_URL:
// read a day, statements and pairs, harvest every page, search, follow the change feed and the export,
// then write (VERBATIM_ADMIN_KEY): create, replace (and be refused with a stale ETag), withdraw.
import { ok, problemOf, verbatimClient, type Schemas } from "./verbatim.js";

const baseUrl = process.env.VERBATIM_URL ?? "http://localhost:8080";
const adminKey = process.env.VERBATIM_ADMIN_KEY;
const SEED_DATE = "2022-07-18";
const SEED_ISSUER = "ambassade-de-chine-en-belgique";

const reader = verbatimClient(baseUrl);
const writer = verbatimClient(baseUrl, adminKey);

let passed = 0;
let failed = 0;

async function check(name: string, run: () => Promise<string>): Promise<void> {
    try {
        const detail = await run();
        passed++;
        console.log(`ok   typescript: ${name}: ${detail}`);
    } catch (e) {
        failed++;
        console.log(`FAIL typescript: ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
}

function expect(condition: boolean, message: string): asserts condition {
    if (!condition) {
        throw new Error(message);
    }
}

/** What the checks learn and hand on to the next ones. */
const seen: { seedId?: string; total?: number; feedPosition?: string; createdId?: string; etag?: string } = {};

function needs<T>(value: T | undefined, what: string): T {
    expect(value !== undefined, `needs ${what} from an earlier check`);
    return value;
}

async function listADay(): Promise<string> {
    const { data: page } = await ok(reader.GET("/api/v1/statements", { params: { query: { date: SEED_DATE } } }));
    expect(page.items.length > 0 && page.items.length === page.total, `${page.items.length} items of ${page.total}`);
    for (const item of page.items) {
        expect(item.publishedDate === SEED_DATE, `${item.id} is dated ${item.publishedDate}`);
    }
    const seed = page.items.find((item) => item.issuer.id === SEED_ISSUER);
    expect(seed !== undefined, `no statement of ${SEED_ISSUER} on ${SEED_DATE}`);
    seen.seedId = seed.id;
    return `${page.total} statements on ${SEED_DATE}, the seed is ${seed.id}`;
}

async function fetchStatements(): Promise<string> {
    const { data: page } = await ok(reader.GET("/api/v1/statements", { params: { query: { date: SEED_DATE } } }));
    const speakers: string[] = [];
    for (const item of page.items) {
        const { data: statement, response } = await ok(
            reader.GET("/api/v1/statements/{id}", { params: { path: { id: item.id } } }),
        );
        expect(statement.id === item.id && statement.title === item.title, `${item.id} read back as ${statement.id}`);
        expect(statement.qa.length === item.qaCount, `${item.id}: ${statement.qa.length} pairs, the list said ${item.qaCount}`);
        expect(response.headers.get("ETag") !== null, `${item.id} came without an ETag`);
        speakers.push(statement.speaker === null || statement.speaker === undefined ? "no speaker" : `speaker role ${statement.speaker.role}`);
    }
    return `${page.items.length} statements read whole (${speakers.join(", ")})`;
}

async function fetchAPair(): Promise<string> {
    const id = needs(seen.seedId, "the seed's id");
    const { data: pair } = await ok(reader.GET("/api/v1/statements/{id}/qa/{n}", { params: { path: { id, n: 1 } } }));
    expect(pair.n === 1 && pair.statement.id === id, `asked pair 1 of ${id}, got ${pair.n} of ${pair.statement.id}`);
    expect(pair.link === `/api/v1/statements/${id}/qa/1`, `link ${pair.link}`);
    return `pair ${pair.n} of "${pair.statement.title.slice(0, 40)}…", ${pair.answer.length} characters of answer`;
}

async function pageToTheEnd(): Promise<string> {
    const ids = new Set<string>();
    let pages = 0;
    let total = 0;
    let cursor: string | undefined;
    do {
        const query = cursor === undefined ? { limit: 4 } : { limit: 4, cursor };
        const { data: page } = await ok(reader.GET("/api/v1/statements", { params: { query } }));
        page.items.forEach((item) => ids.add(item.id));
        total = page.total;
        cursor = page.next ?? undefined;
        pages++;
        expect(pages <= 100, "more than 100 pages: the cursor does not move on");
    } while (cursor !== undefined);
    expect(ids.size === total, `${ids.size} distinct statements over ${pages} pages, total says ${total}`);
    seen.total = total;
    return `${total} statements over ${pages} pages of 4, none twice`;
}

async function searchStatements(): Promise<string> {
    const query = { q: "cyberattaque", facets: true };
    const { data: page } = await ok(reader.GET("/api/v1/statements", { params: { query } }));
    const first = page.items[0];
    expect(first !== undefined, "no statement found");
    const highlights = first.highlights ?? [];
    expect(highlights.some((h) => h.includes("<mark>")), `no <mark> in ${JSON.stringify(highlights)}`);
    const facets = page.facets;
    expect(facets !== undefined, "facets=true gave no facets");
    expect(facets.language.some((f) => f.value === "fr" && f.count > 0), `language facets ${JSON.stringify(facets.language)}`);
    expect(facets.year.some((f) => f.value === "2022"), `year facets ${JSON.stringify(facets.year)}`);
    return `${page.total} found, first highlight "${highlights[0]}", languages ${facets.language.map((f) => `${f.value}=${f.count}`).join(" ")}`;
}

async function searchPairs(): Promise<string> {
    const query = { q: "cyberattaques", facets: true, lang: "fr" };
    const { data: page } = await ok(reader.GET("/api/v1/qa", { params: { query } }));
    const first = page.items[0];
    expect(first !== undefined, "no pair found");
    expect((first.highlights ?? []).some((h) => h.includes("<mark>")), "no <mark> in the pair's highlights");
    expect(page.facets !== undefined && page.facets.issuer.length > 0, "facets=true gave no issuer facets");
    return `${page.total} pairs found, first ${first.link}`;
}

async function readTheChangeFeed(): Promise<string> {
    let since: string | undefined;
    let changes = 0;
    for (;;) {
        const query = since === undefined ? { limit: 5 } : { limit: 5, since };
        const { data: page } = await ok(reader.GET("/api/v1/changes", { params: { query } }));
        changes += page.items.length;
        expect(page.items.every((change) => change.id.length > 0), "a change without a statement id");
        since = page.next;
        if (page.items.length === 0) {
            break;
        }
    }
    seen.feedPosition = since;
    const total = needs(seen.total, "the number of statements");
    expect(changes >= total, `${changes} changes for ${total} statements`);
    return `${changes} changes, position ${since} stored for later`;
}

async function readTheExport(): Promise<string> {
    const { data: body, response } = await ok(
        reader.GET("/api/v1/statements/export", { params: { query: { format: "ndjson" } }, parseAs: "stream" }),
    );
    expect(body !== null, "the export has no body");
    let lines = 0;
    let rest = "";
    for await (const chunk of body.pipeThrough(new TextDecoderStream())) {
        const parts = (rest + chunk).split("\n");
        rest = parts.pop() ?? "";
        for (const line of parts.filter((part) => part.length > 0)) {
            const statement = JSON.parse(line) as Schemas["Statement"];
            expect(typeof statement.id === "string" && Array.isArray(statement.qa), `line ${lines + 1} is not a statement`);
            lines++;
        }
    }
    expect(rest.trim() === "", "the export ends inside a line");
    const total = needs(seen.total, "the number of statements");
    expect(lines === total, `${lines} lines, the list counts ${total}`);
    const cursor = response.headers.get("Verbatim-Change-Cursor");
    expect(cursor !== null, "no Verbatim-Change-Cursor header");
    return `${lines} statements streamed as NDJSON, change cursor ${cursor}`;
}

function draft(title: string): Schemas["StatementInput"] {
    return {
        title,
        language: "en",
        issuer: { name: "Verbatim Client Check" },
        speaker: { name: "A. Spokesperson", role: "Spokesperson" },
        publishedAt: "2024-02-29T18:45:00+01:00",
        timeZone: "Europe/Paris",
        text: "Written by the TypeScript client's scenario.",
        qa: [{ question: "Does the generated client work?", answer: "It does.", askedBy: "Wire" }],
        source: { url: `https://example.org/typescript/${Date.now()}` },
    };
}

async function createAStatement(): Promise<string> {
    const { data: created, response } = await ok(
        writer.POST("/api/v1/statements", { body: draft("TypeScript client check: a statement") }),
    );
    expect(response.status === 201, `status ${response.status}`);
    const etag = response.headers.get("ETag");
    expect(etag !== null, "no ETag");
    expect(response.headers.get("Location")?.endsWith(`/api/v1/statements/${created.id}`) === true, "Location does not name it");
    expect(created.version === 0 && created.publishedDate === "2024-02-29", `version ${created.version}, date ${created.publishedDate}`);
    const { data: day } = await ok(reader.GET("/api/v1/statements", { params: { query: { date: created.publishedDate } } }));
    expect(day.items.some((item) => item.id === created.id), "not listed on its date");
    seen.createdId = created.id;
    seen.etag = etag;
    return `${created.id} (${created.slug}), ETag ${etag}`;
}

async function replaceIt(): Promise<string> {
    const id = needs(seen.createdId, "the created statement");
    const { data: replaced, response } = await ok(
        writer.PUT("/api/v1/statements/{id}", {
            params: { path: { id: id }, header: { "If-Match": needs(seen.etag, "its ETag") } },
            body: draft("TypeScript client check: a statement, corrected"),
        }),
    );
    expect(replaced.version === 1 && replaced.title.endsWith("corrected"), `version ${replaced.version}: ${replaced.title}`);
    const etag = response.headers.get("ETag");
    expect(etag !== null && etag !== seen.etag, `ETag ${etag} after ${seen.etag}`);
    const stale = seen.etag;
    seen.etag = etag;
    return `version ${replaced.version}, ETag ${stale} became ${etag}`;
}

async function replaceItStale(): Promise<string> {
    const id = needs(seen.createdId, "the created statement");
    const refused = await problemOf(
        writer.PUT("/api/v1/statements/{id}", {
            params: { path: { id: id }, header: { "If-Match": `W/"stale"` } },
            body: draft("TypeScript client check: a lost update"),
        }),
    );
    expect(refused.status === 412 && refused.problem.status === 412, `status ${refused.status}`);
    return `412 "${refused.problem.title}": ${refused.problem.detail}`;
}

async function withdrawIt(): Promise<string> {
    const id = needs(seen.createdId, "the created statement");
    const { response } = await ok(
        writer.DELETE("/api/v1/statements/{id}", {
            params: { path: { id: id }, header: { "If-Match": needs(seen.etag, "its ETag") } },
        }),
    );
    expect(response.status === 204, `status ${response.status}`);
    const gone = await problemOf(reader.GET("/api/v1/statements/{id}", { params: { path: { id: id } } }));
    expect(gone.status === 410 && gone.problem.type === "urn:verbatim:problem:gone", `then ${gone.status} ${gone.problem.type}`);
    return `204, then 410: ${gone.problem.detail}`;
}

async function followTheWrites(): Promise<string> {
    const id = needs(seen.createdId, "the created statement");
    const since = needs(seen.feedPosition, "the change feed's position");
    const { data: page } = await ok(reader.GET("/api/v1/changes", { params: { query: { since } } }));
    const mine = page.items.filter((change) => change.id === id).map((change) => `${change.kind} v${change.version}`);
    expect(mine.join(", ") === "created v0, updated v1, deleted v2", `the feed says ${mine.join(", ")}`);
    return mine.join(", ");
}

async function readAProblem(): Promise<string> {
    const invalid = await problemOf(reader.GET("/api/v1/statements", { params: { query: { date: "2022-02-30" } } }));
    const field = invalid.problem.errors?.[0]?.field;
    expect(invalid.status === 400 && field === "date", `${invalid.status}, field ${field}`);
    const missing = await problemOf(reader.GET("/api/v1/statements/{id}", { params: { path: { id: "no-such-statement" } } }));
    expect(missing.problem.type === "urn:verbatim:problem:not-found", `${missing.status} ${missing.problem.type}`);
    return `400 naming ${field} ("${invalid.problem.errors?.[0]?.message}"), 404 ${missing.problem.type}`;
}

console.log(`typescript: scenario against ${baseUrl}`);
await check("list a date", listADay);
await check("fetch each statement of the date", fetchStatements);
await check("fetch a Q&A pair", fetchAPair);
await check("page to the end by cursor", pageToTheEnd);
await check("search statements with highlights and facets", searchStatements);
await check("search Q&A pairs with highlights and facets", searchPairs);
await check("read the change feed to its end", readTheChangeFeed);
await check("read the NDJSON export as a stream", readTheExport);
await check("create a statement", createAStatement);
await check("replace it with its ETag", replaceIt);
await check("replace it with a stale ETag: 412", replaceItStale);
await check("withdraw it", withdrawIt);
await check("the change feed shows the three writes", followTheWrites);
await check("read a problem as a typed error", readAProblem);
console.log(`typescript: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
