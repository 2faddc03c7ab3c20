/** Fixed phrases of embed fallback code, lower-cased, in the languages the embed generators localise them into. */

/** Instagram: the words before the author's name ("A post shared by NAME (@handle)"); longest first. */
export const INSTAGRAM_SHARED_BY = [
  'a post shared by', 'a photo posted by', 'a video posted by', 'a photo shared by', 'a video shared by',
  'ein beitrag geteilt von', 'ein von', 'una publicación compartida de', 'una publicación compartida por',
  'une publication partagée par', 'un post condiviso da', 'een bericht gedeeld door', 'uma publicação compartilhada por',
  'post udostępniony przez', 'публикация от', 'bir gönderi paylaştı', 'en publikation delt af', 'ett inlägg som delats av',
];
