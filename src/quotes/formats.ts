/**
 * Article formats that say who speaks without a speech verb: the interview.
 *
 * An interview prints the interviewer's questions and the interviewee's answers in turn, and marks
 * which is which by one of three conventions: Q/A labels ("Frage:" … "Antwort:"), bold questions
 * followed by plain answers, or paragraphs prefixed with the speaker's name ("Helfrich: …", "SPIEGEL:
 * …?"). The answers are the interviewee's own words, printed without quotation marks. This module finds
 * the questions and answers and the label that names the interviewee; the quote stage turns the
 * answers into quotes of that person, found by the format (`FormatKind`).
 */
import type { Element, ElementContent } from 'hast';
import type { Paragraph } from '../text.js';
import { ANSWER_LABELS, CREDIT_OPENERS, QUESTION_LABELS } from './format-words.js';

/** How a format names a speaker: the interview's labels. */
export type FormatKind = 'interview';

export interface Interview {
  kind: FormatKind;
  /** Answer paragraphs by index, with the offset where the answer's words start (after any label). */
  answers: Map<number, number>;
  /** The label that names the interviewee on the answers ("Helfrich", "Thomas Jäger"); absent when unnamed. */
  interviewee?: string;
  /** The answer paragraph where the interviewee's label is written, to resolve the name from. */
  labelledAt?: number;
}

/** An interview asks at least this many questions: one bold question is a cross-head. */
const MIN_QUESTIONS = 2;
/** A label before a colon is this short ("Thomas de Jäger", "Frage", "SPIEGEL"). */
const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 4;
/** A name label is the interviewer's when at least this share of its paragraphs ask a question. */
const QUESTION_LABEL_SHARE = 0.5;
/** How deep inside a paragraph bold markup is looked for. */
const MAX_BOLD_DEPTH = 6;
/** Lower-case words a name label may hold (particles): "Ursula von der Leyen". */
const LABEL_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'di', 'du', 'la', 'le', 'zu', 'bin', 'al']);
/** Block kinds that carry an answer's prose. */
const PROSE_KINDS = new Set(['p', 'text', 'li']);

interface Label {
  text: string;
  /** Offset of the first character after "Label: ". */
  end: number;
  kind: 'question' | 'answer' | 'name';
}

/** The interview read from the article's paragraphs, or undefined when the article is not one. */
export function readInterview(paragraphs: Paragraph[]): Interview | undefined {
  const labels = paragraphs.map((p) => readLabel(p.text));
  const interviewer = interviewerLabel(paragraphs, labels);
  const isQuestion: boolean[] = [];
  paragraphs.forEach((p, i) => {
    const label = labels[i];
    if (label?.kind === 'question' || (label?.kind === 'name' && label.text === interviewer)) isQuestion.push(true);
    // A bold question, with or without the interviewer's label ("SRF News: … ?").
    else if (label?.kind !== 'answer' && p.text.includes('?') && isAllBold(p.block.element)) isQuestion.push(true);
    else if (label) isQuestion.push(false);
    else {
      // An unlabelled paragraph after a labelled question goes on asking ("TAPPER: … ¶ Specifically …?").
      const before = labels[i - 1];
      isQuestion.push(!!isQuestion[i - 1] && (before?.kind === 'question' || (before?.kind === 'name' && before.text === interviewer)));
    }
  });
  if (isQuestion.filter(Boolean).length < MIN_QUESTIONS) return undefined;

  const answers = new Map<number, number>();
  const names = new Map<string, { count: number; at: number }>();
  let afterQuestion = false;
  paragraphs.forEach((p, i) => {
    if (isQuestion[i]) {
      afterQuestion = true;
      return;
    }
    // A cross-head, a pull quote or a caption ends the run of answers.
    if (!PROSE_KINDS.has(p.block.kind) || p.block.inQuote || p.block.inCaption) {
      afterQuestion = false;
      return;
    }
    if (!afterQuestion || isCreditLine(p.text)) return;
    const label = labels[i];
    answers.set(i, label && label.kind !== 'question' ? label.end : 0);
    // A name in capitals labels a broadcast transcript ("FALLIN:"), whose turns the annotators of news
    // quotes leave out; a print interview names its interviewee as a name is written.
    if (label?.kind === 'name' && label.text !== label.text.toUpperCase()) {
      const seen = names.get(label.text) ?? { count: 0, at: i };
      seen.count++;
      names.set(label.text, seen);
    }
  });
  if (answers.size < MIN_QUESTIONS) return undefined;
  let interviewee: string | undefined;
  let labelledAt: number | undefined;
  let best = 0;
  for (const [name, seen] of names) {
    if (seen.count > best) {
      best = seen.count;
      interviewee = name;
      labelledAt = seen.at;
    }
  }
  const interview: Interview = { kind: 'interview', answers };
  if (interviewee !== undefined && labelledAt !== undefined) {
    interview.interviewee = interviewee;
    interview.labelledAt = labelledAt;
  }
  return interview;
}

/** "Das Gespräch führte Anna Muster.", "Propos recueillis par …": who conducted the interview. */
function isCreditLine(text: string): boolean {
  const lower = text.trimStart().toLowerCase();
  // "Follow Anna Muster on X @amuster": the writer's social line closing the page.
  return CREDIT_OPENERS.some((opener) => lower.startsWith(opener)) || (lower.startsWith('follow ') && lower.includes('@'));
}

/** "Frage:", "A:", "Thomas Jäger:", "SPIEGEL:": a short label before a colon opening the paragraph. */
function readLabel(text: string): Label | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL_CHARS) return undefined;
  const label = text.slice(0, colon).trim();
  let end = colon + 1;
  while (end < text.length && /\s/.test(text[end] as string)) end++;
  if (end === colon + 1 || end >= text.length) return undefined;
  const lower = label.toLowerCase();
  if (QUESTION_LABELS.has(lower)) return { text: label, end, kind: 'question' };
  if (ANSWER_LABELS.has(lower)) return { text: label, end, kind: 'answer' };
  const words = label.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS || !/^\p{Lu}/u.test(label)) return undefined;
  const nameLike = words.every((w) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w) || LABEL_PARTICLES.has(w));
  return nameLike ? { text: label, end, kind: 'name' } : undefined;
}

/** The name label whose paragraphs mostly ask questions: the interviewer's ("SPIEGEL:", "Moderatorin:"). */
function interviewerLabel(paragraphs: Paragraph[], labels: (Label | undefined)[]): string | undefined {
  const counts = new Map<string, { all: number; asking: number }>();
  labels.forEach((label, i) => {
    if (label?.kind !== 'name') return;
    const count = counts.get(label.text) ?? { all: 0, asking: 0 };
    count.all++;
    if ((paragraphs[i] as Paragraph).text.trimEnd().endsWith('?')) count.asking++;
    counts.set(label.text, count);
  });
  let interviewer: string | undefined;
  let most = 0;
  for (const [label, count] of counts) {
    if (count.all >= MIN_QUESTIONS && count.asking / count.all >= QUESTION_LABEL_SHARE && count.all > most) {
      interviewer = label;
      most = count.all;
    }
  }
  return interviewer;
}

/** Every visible character of the paragraph stands inside <strong> or <b>. */
function isAllBold(element: Element): boolean {
  let text = false;
  const plain = (nodes: ElementContent[], depth: number): boolean => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (node.value.trim()) return true;
      } else if (node.type === 'element') {
        if (node.tagName === 'strong' || node.tagName === 'b') {
          text = true;
          continue;
        }
        if (depth < MAX_BOLD_DEPTH && plain(node.children, depth + 1)) return true;
      }
    }
    return false;
  };
  return !plain(element.children, 0) && text;
}
