/** Spanish attribution lexicon. */
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  lang: 'es',
  speechVerbs: [
    // decir and its news synonyms, preterite / present / perfect participle
    'dijo', 'dice', 'decía', 'dicho', 'afirmó', 'afirma', 'afirmado', 'señaló', 'señala', 'señalado', 'aseguró',
    'asegura', 'asegurado', 'explicó', 'explica', 'explicado', 'añadió', 'añade', 'agregó', 'agrega', 'declaró',
    'declara', 'declarado', 'indicó', 'indica', 'indicado', 'manifestó', 'manifiesta', 'sostuvo', 'sostiene',
    'subrayó', 'subraya', 'destacó', 'destaca', 'advirtió', 'advierte', 'apuntó', 'apunta', 'comentó', 'comenta',
    'reconoció', 'reconoce', 'insistió', 'insiste', 'recordó', 'recuerda', 'expresó', 'expresa', 'precisó', 'precisa',
    'matizó', 'matiza', 'lamentó', 'lamenta', 'criticó', 'critica', 'denunció', 'denuncia', 'escribió', 'escribe',
    'publicó', 'tuiteó', 'respondió', 'responde', 'replicó', 'replica', 'preguntó', 'pregunta', 'concluyó', 'concluye',
    'reflexiona', 'reflexionó', 'relata', 'relató', 'cuenta', 'contó', 'detalló', 'detalla', 'aclaró', 'aclara',
    'enfatizó', 'enfatiza', 'remarcó', 'remarca', 'admitió', 'admite', 'anunció', 'anuncia', 'sentenció', 'zanjó',
    'exclamó', 'confesó', 'confiesa', 'prometió', 'defendió', 'defiende', 'alertó', 'avisó', 'valoró', 'valora',
    'celebró', 'pidió', 'reclamó', 'reivindicó', 'opinó', 'opina', 'considera', 'consideró', 'estima', 'estimó',
    'ironizó', 'bromeó', 'apostilló', 'resumió', 'reza', 'rezaba', 'recalcó', 'recalca', 'incidió', 'zanjó',
    'descrito', 'describió', 'definió', 'calificó', 'sentencia', 'apostilla', 'agregó', 'expone', 'expuso',
    // imperfect, common in reported speech
    'explicaba', 'señalaba', 'aseguraba', 'afirmaba', 'indicaba', 'añadía', 'apuntaba', 'insistía', 'recordaba',
    'advertía', 'subrayaba', 'destacaba', 'decían', 'dijeron', 'afirmaron', 'señalaron', 'explicaron', 'aseguraron',
    // perfect participles, after "ha" / "han" / "había"
    'insistido', 'explicado', 'añadido', 'agregado', 'subrayado', 'destacado', 'advertido', 'apuntado', 'comentado',
    'reconocido', 'recordado', 'expresado', 'precisado', 'lamentado', 'criticado', 'denunciado', 'escrito',
    'publicado', 'respondido', 'replicado', 'preguntado', 'concluido', 'detallado', 'aclarado', 'enfatizado',
    'remarcado', 'admitido', 'anunciado', 'manifestado', 'sostenido', 'defendido', 'pedido', 'reclamado',
    'valorado', 'celebrado', 'recalcado', 'definido', 'calificado', 'confesado', 'relatado', 'contado', 'opinado',
  ],
  participles: ['diciendo', 'asegurando', 'afirmando', 'señalando', 'añadiendo', 'explicando', 'advirtiendo', 'insistiendo', 'escribiendo', 'recordando', 'subrayando', 'calificando'],
  sourcePrepositions: ['según', 'de acuerdo con', 'de acuerdo a', 'en palabras de', 'para'],
  channelPhrases: ['en un comunicado', 'en una entrevista', 'en un mensaje', 'en una rueda de prensa', 'en redes sociales', 'en un tuit', 'en una nota', 'en un vídeo', 'en declaraciones'],
  skippable: ['ha', 'había', 'habría', 'han', 'también', 'luego', 'además', 'después', 'ya', 'hoy', 'este', 'ayer', 'no', 'se', 'le', 'les', 'lo', 'sin', 'embargo'],
  pronouns: {
    él: { gender: 'm', number: 's' }, ella: { gender: 'f', number: 's' }, ellos: { gender: 'x', number: 'p' },
    ellas: { gender: 'f', number: 'p' }, yo: { gender: 'x', number: 's' }, nosotros: { gender: 'x', number: 'p' },
  },
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'ese', 'esa', 'del', 'al'],
  indefinites: ['un', 'una', 'unos', 'unas'],
  workNouns: ['libro', 'novela', 'película', 'filme', 'serie', 'canción', 'disco', 'álbum', 'obra', 'programa', 'documental', 'artículo', 'columna', 'titulado', 'titulada', 'llamado', 'llamada', 'campaña', 'lema', 'exposición', 'poema', 'ensayo', 'podcast', 'diario', 'periódico', 'revista', 'ley', 'plan', 'operación', 'proyecto'],
  termMarkers: ['llamado', 'llamada', 'denominado', 'denominada', 'conocido como', 'conocida como', 'término', 'palabra', 'expresión', 'apodado', 'apodada', 'calificó de', 'califica de', 'calificado de', 'bautizado'],
  nameConnectors: ['de', 'del', 'la', 'las', 'los'],
  capitalisedStopwords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'y', 'pero', 'en', 'con', 'por', 'para', 'de', 'del', 'al', 'a', 'si', 'cuando',
    'mientras', 'aunque', 'sin', 'según', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'eso', 'esto', 'ello', 'así',
    'también', 'además', 'ayer', 'hoy', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre',
    'diciembre', 'no', 'sí', 'qué', 'quién', 'cómo', 'dónde', 'tras', 'ante', 'desde', 'hasta', 'entre', 'sobre',
    'otro', 'otra', 'todo', 'todos', 'cada', 'su', 'sus', 'nos', 'les', 'se', 'lo', 'le', 'ha', 'es', 'fue', 'hay',
  ],
};
