/** Portuguese attribution lexicon. */
import type { Lexicon } from './types.js';

export const pt: Lexicon = {
  lang: 'pt',
  speechVerbs: [
    'disse', 'diz', 'dizia', 'dito', 'afirmou', 'afirma', 'declarou', 'declara', 'explicou', 'explica', 'acrescentou',
    'acrescenta', 'ressaltou', 'ressalta', 'destacou', 'destaca', 'salientou', 'observou', 'avaliou', 'avalia',
    'defendeu', 'defende', 'argumentou', 'comentou', 'completou', 'escreveu', 'publicou', 'respondeu', 'perguntou',
    'reconheceu', 'lembrou', 'lembra', 'frisou', 'pontuou', 'afirmara', 'assegurou', 'garantiu', 'garante', 'alertou',
    'advertiu', 'criticou', 'critica', 'contou', 'conta', 'relatou', 'informou', 'informa', 'anunciou', 'admitiu',
    'concluiu', 'enfatizou', 'reforçou', 'sustentou', 'indicou', 'apontou', 'aponta', 'ponderou', 'opinou', 'cobrou',
    'brincou', 'desabafou', 'questionou', 'prometeu', 'negou', 'confirmou', 'tuitou', 'postou', 'mencionou',
    'afirmado', 'declarado', 'dito', 'explicado', 'reiterou', 'classificou', 'chamou', 'pediu', 'sugeriu', 'rebateu',
  ],
  participles: ['dizendo', 'afirmando', 'declarando', 'acrescentando', 'ressaltando', 'destacando', 'escrevendo', 'lembrando', 'explicando', 'alertando'],
  sourcePrepositions: ['segundo', 'de acordo com', 'conforme', 'para', 'nas palavras de'],
  channelPhrases: ['em nota', 'em comunicado', 'em entrevista', 'em uma entrevista', 'em um comunicado', 'nas redes sociais', 'em discurso', 'em uma publicação', 'em publicação'],
  skippable: ['também', 'ainda', 'já', 'depois', 'hoje', 'ontem', 'não', 'se', 'lhe', 'tinha', 'havia', 'tem', 'foi'],
  pronouns: {
    ele: { gender: 'm', number: 's' }, ela: { gender: 'f', number: 's' }, eles: { gender: 'x', number: 'p' },
    elas: { gender: 'f', number: 'p' }, eu: { gender: 'x', number: 's' }, nós: { gender: 'x', number: 'p' },
  },
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'seu', 'sua', 'do', 'da', 'este', 'esta', 'esse', 'essa'],
  indefinites: ['um', 'uma', 'uns', 'umas'],
  workNouns: ['livro', 'romance', 'filme', 'série', 'canção', 'música', 'disco', 'álbum', 'obra', 'programa', 'documentário', 'artigo', 'coluna', 'intitulado', 'intitulada', 'chamado', 'chamada', 'campanha', 'lema', 'exposição', 'poema', 'jornal', 'revista', 'lei', 'projeto', 'operação'],
  termMarkers: ['chamado', 'chamada', 'denominado', 'denominada', 'conhecido como', 'conhecida como', 'termo', 'palavra', 'expressão', 'apelidado', 'apelidada', 'o chamado', 'a chamada'],
  nameConnectors: ['de', 'da', 'do', 'dos', 'das'],
  capitalisedStopwords: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'e', 'mas', 'em', 'no', 'na', 'nos', 'nas', 'com', 'por', 'para', 'de', 'do', 'da',
    'ao', 'se', 'quando', 'enquanto', 'embora', 'sem', 'segundo', 'este', 'esta', 'esse', 'essa', 'isso', 'isto',
    'também', 'além', 'ontem', 'hoje', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'janeiro',
    'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
    'não', 'sim', 'que', 'quem', 'como', 'onde', 'após', 'ante', 'desde', 'até', 'entre', 'sobre', 'outro', 'outra',
    'todo', 'todos', 'cada', 'seu', 'sua', 'ele', 'ela', 'já', 'ainda', 'é', 'foi', 'há',
  ],
};
