/**
 * Word lists of widget text that a CMS puts between an article's paragraphs, in many languages.
 * Matched only on short blocks (see boilerplate.ts), so a paragraph that discusses cookies or
 * consent is never taken for a widget.
 */

/**
 * Consent placeholders for external content: the box a page shows instead of a video or post until
 * the reader agrees to load it, with its heading, explanation and buttons ("Empfohlener
 * redaktioneller Inhalt", "YouTube-Inhalte erlauben", "Následuje obsah vložený z jiného webu").
 */
export const CONSENT_NOTICE: RegExp[] = [
  // German
  /^empfohlener (?:redaktioneller|externer) inhalt$/i,
  /^(?:externe[nr]? |[\p{L}\d]{1,20}-)?inhalte? (?:anzeigen|laden|erlauben|aktivieren|zulassen)$/iu,
  /^an dieser stelle (?:findest du|finden sie|ist) (?:einen|ein|eine)\b.{0,120}\b(?:externe[nr]?|eingebettete[nr]?) (?:inhalt|beitrag|medien)/i,
  /^ich bin damit einverstanden, dass mir .{0,120}angezeigt (?:werden|wird)/i,
  /^personenbezogene daten können an drittplattformen übermittelt werden/i,
  /^link zum [\p{L}\d-]{1,30}-inhalt$/iu,
  // English
  /^(?:this|the following) (?:content|embed|video|post|element) (?:is|was) (?:hosted|provided|served) by (?:a )?third[- ]part/i,
  /^(?:to (?:view|see|display|watch) this (?:content|video|post|embed)|this (?:content|video|embed) (?:is blocked|cannot be (?:shown|displayed))).{0,120}\b(?:cookies|consent)\b/i,
  /^we need your (?:consent|permission) to load\b/i,
  /^(?:allow|accept|load|show) (?:external |third[- ]party |all )?(?:content|cookies)(?: and (?:continue|show|display))?$/i,
  // French, Spanish, Italian, Portuguese, Dutch
  /^(?:ce contenu|pour (?:voir|afficher) ce contenu).{0,120}\b(?:cookies|consentement)\b/i,
  /^(?:este contenido|para ver este contenido).{0,120}\b(?:cookies|consentimiento)\b/i,
  /^(?:questo contenuto|per visualizzare questo contenuto).{0,120}\b(?:cookie|consenso)\b/i,
  /^(?:este conteúdo|para ver este conteúdo).{0,120}\b(?:cookies|consentimento)\b/i,
  /^(?:deze inhoud|om deze inhoud te (?:zien|bekijken)).{0,120}\b(?:cookies|toestemming)\b/i,
  // Czech and Slovak: "the following is content embedded from another site; skip it here"
  /^následuje obsah vložený z jiného webu\b/i,
  /^přejít (?:před|za) obsah vložený z jiného webu/i,
];

/** Skip links for keyboard and screen-reader users, left as text where the page hides them with CSS. */
export const SKIP_LINK =
  /^(?:skip to (?:the )?(?:main )?(?:content|article|navigation|search)|jump to (?:main )?content|zum inhalt springen|direkt zum inhalt|(?:zur )?navigation springen|aller au contenu(?: principal)?|passer au contenu|ir al contenido(?: principal)?|saltar al contenido|vai al contenuto(?: principale)?|pular para o conteúdo|naar de inhoud|przejdź do (?:treści|zawartości)|přejít na obsah)$/i;

/**
 * A picture's credit standing as a block of its own ("Photo: AFP", "Foto: Agentur/Name", "© Name"):
 * the credit convention of captions in many languages, never a sentence of the article.
 */
export const IMAGE_CREDIT =
  /^(?:©|\(c\) |(?:photo|photos|image|images|picture|pictures|foto|fotos|bild|bilder|imagen|imágenes|immagine|immagini|zdjęcie|fotografia|fotografía|kuva|billede|crédit photo|photo credit|image credit|credit|credits)(?: ?\([^()]{1,40}\))? ?: ?\S)/i;
