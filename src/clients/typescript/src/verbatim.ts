// The Verbatim client an application imports: openapi-fetch typed by the types that openapi-typescript
// generates from the server's OpenAPI document (src/generated/verbatim.ts, made by `npm run generate`).
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./generated/verbatim.js";

export type { components, paths };
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type VerbatimClient = Client<paths>;

/** A client for the server at baseUrl; with an API key, it may also write (editor or admin role). */
export function verbatimClient(baseUrl: string, apiKey?: string): VerbatimClient {
    const headers: Record<string, string> = apiKey === undefined ? {} : { Authorization: `Bearer ${apiKey}` };
    return createClient<paths>({ baseUrl, headers });
}

/** An answer of the API that was not a success: its status and its RFC 9457 problem, typed. */
export class ProblemError extends Error {
    constructor(
        readonly status: number,
        readonly problem: Problem,
    ) {
        super(`${status} ${problem.title}: ${problem.detail}`);
        this.name = "ProblemError";
    }
}

/** What every openapi-fetch call resolves to: data on success, the typed error body (a Problem) otherwise. */
type Answer = { data?: unknown; error?: Problem; response: Response };
type DataOf<A> = A extends { data: infer D; error?: never } ? D : never;

/** The data of a successful answer, with its response for the headers; a ProblemError otherwise. */
export async function ok<A extends Answer>(call: Promise<A>): Promise<{ data: DataOf<A>; response: Response }> {
    const answer = await call;
    if (answer.error !== undefined) {
        throw new ProblemError(answer.response.status, answer.error);
    }
    return { data: answer.data as DataOf<A>, response: answer.response };
}

/** The problem a call answered with; an Error when it succeeded instead. */
export async function problemOf(call: Promise<Answer>): Promise<ProblemError> {
    const answer = await call;
    if (answer.error === undefined) {
        throw new Error(`expected a problem, got ${answer.response.status}`);
    }
    return new ProblemError(answer.response.status, answer.error);
}
