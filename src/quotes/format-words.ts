/** Labels that mark an interview's questions and answers, lower-case, in the six languages. */

/** "Q:", "Frage:", "Pregunta:", "Question :", "Domanda:", "Pergunta:" (the interviewer's turn). */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question', 'f', 'frage', 'p', 'pregunta', 'd', 'domanda', 'pergunta']);

/** "A:", "Antwort:", "Respuesta:", "Réponse :", "Risposta:", "Resposta:" (the interviewee's turn). */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer', 'antwort', 'r', 'respuesta', 'réponse', 'risposta', 'resposta']);

/** How an interview's credit line opens ("Das Gespräch führte …", "Propos recueillis par …"): not an answer. */
export const CREDIT_OPENERS: readonly string[] = [
  'das gespräch führte',
  'das interview führte',
  'das gespräch führten',
  'das interview führten',
  'interview:',
  'the interview was',
  'this interview has',
  'this interview was',
  'this conversation has',
  'interview conducted',
  'interview by',
  'entrevista realizada',
  'entrevista de',
  'propos recueillis',
  'intervista a cura',
  'entrevista feita',
];
