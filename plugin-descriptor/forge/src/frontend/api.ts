// The service's /forge/... endpoints, called through Forge Remote with the user's invocation token.
import { invokeRemote } from '@forge/bridge';

export type Lesson = {
  id: string;
  title: string;
  text: string;
  stage: string | null;
  unit: string;
  type: string;
  direction: string;
  author: string;
  createdAt: string;
};

/** An earlier lesson fed forward to this order, which the person can mark "this happened again". */
export type Related = { id: string; title: string; issueKey: string };

export type Choices = { stage: string[]; unit: string[]; type: string[]; direction: string[] };

export type PanelView = {
  status: 'NOT_AN_ORDER' | 'OPEN' | 'AWAITING_LESSON' | 'CAPTURED';
  issueKey: string | null;
  lessons: Lesson[];
  related: Related[];
  rulesOnly: boolean;
  choices: Choices;
};

export type Facet = { label: string; confidence: number; explanation: string; preselect: boolean };

/** Live suggestions; no facet at all while neither title nor text is written. */
export type Suggestions = {
  unit?: Facet;
  type?: Facet;
  direction?: Facet;
  recurrence: string;
  similar: string[];
  rulesOnly: boolean;
};

export type LessonForm = {
  title: string;
  text: string;
  stage: string;
  unit: string;
  type: string;
  direction: string;
  action: string;
  author: string;
  nonce: string;
  again: string[];
};

/** An earlier lesson much like the one just saved. */
export type Similar = { title: string; issueKey: string; score: number };

/**
 * A lesson sent: stored (before: the same person had saved the same lesson already, kept as first
 * saved), or a message per wrong field.
 */
export type Submitted =
  | { ok: true; lesson: Lesson; before: boolean; similar: Similar[] }
  | { ok: false; error: string; fields: Record<string, string> };

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await invokeRemote({ path, method, body });
  return { status: response.status, body: (response.body ?? {}) as T };
}

export async function panel(): Promise<PanelView> {
  return (await call<PanelView>('GET', '/forge/panel')).body;
}

export async function context(): Promise<{ lessons: number; status: PanelView['status'] }> {
  return (await call<{ lessons: number; status: PanelView['status'] }>('GET', '/forge/context')).body;
}

export async function suggest(title: string, text: string, stage: string): Promise<Suggestions> {
  return (await call<Suggestions>('POST', '/forge/panel/suggest', { title, text, stage })).body;
}

/** What the panel says when a lesson could not be sent at all; the form keeps what was written. */
export const UNSENT = 'Learning Office could not be reached: the lesson was not saved. Try again.';

/**
 * Sends a lesson. Never rejects: a lesson that does not reach the service (network, Forge) comes
 * back unsaved with {@link UNSENT}, so the form keeps it and can send it again (its nonce makes a
 * second arrival the same lesson).
 */
export async function submit(form: LessonForm): Promise<Submitted> {
  let answer;
  try {
    answer = await call<{
      lesson?: Lesson;
      before?: boolean;
      similar?: Similar[];
      error?: string;
      fields?: Record<string, string>;
    }>('POST', '/forge/panel/lessons', form);
  } catch {
    return { ok: false, error: UNSENT, fields: {} };
  }
  if ((answer.status === 201 || answer.status === 200) && answer.body.lesson) {
    return {
      ok: true,
      lesson: answer.body.lesson,
      before: answer.body.before === true,
      similar: answer.body.similar ?? [],
    };
  }
  return { ok: false, error: answer.body.error ?? `HTTP ${answer.status}`, fields: answer.body.fields ?? {} };
}

/** A random nonce per form rendering (the service stores a lesson once by its issue, author and text). */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
