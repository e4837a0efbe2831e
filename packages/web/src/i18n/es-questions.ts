/** Spanish messages of a question a day: the translation of en-questions.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enQuestions } from './en-questions.ts';

export const esQuestions: CatalogueOf<typeof enQuestions> = {
  'question.title': 'La pregunta de hoy',
  'question.newer':
    'Esta pregunta es más reciente que esta página. Vuelve a cargar la página para leerla.',
  'question.card.intro':
    'Una pequeña pregunta al día. Cada persona responde por su cuenta; las respuestas se leen en común.',
  'question.card.answer': 'Responder a la pregunta de hoy',
  'question.card.read': 'Leer las respuestas en común',
  'question.card.open': 'Abrir la pregunta de hoy',
  'question.intro':
    'Responde por tu cuenta. Nadie ve ninguna respuesta hasta que todo el mundo haya respondido; entonces se leen en común.',
  'question.newEachDay':
    'Cada día, {hour, plural, =1 {a la} other {a las}} {time}, llega una pregunta nueva.',
  'question.theme.exchanges': 'Lo que nos damos',
  'question.theme.values': 'Valores y respeto',
  'question.theme.culture': 'De dónde venimos',
  'question.theme.care': 'Recibir cuidado',
  'question.theme.memories': 'Recuerdos',
  'question.theme.hopes': 'Esperanzas',
  'question.theme.appreciation': 'Aprecio',
  'question.theme.repair': 'Reparar',
  'question.depth.light': 'una ligera',
  'question.depth.deeper': 'una más profunda',
  'question.about': '{theme} · {depth}',

  'question.answer.label': 'Tu respuesta',
  'question.answer.hint': 'Solo tú la ves hasta que todo el mundo haya respondido.',
  'question.answer.late':
    'Entraste después de que se hiciera la pregunta de hoy. Responde si quieres: leerás las respuestas cuando lo hayas hecho.',
  'question.answer.required': 'Escribe primero unas palabras: basta con una línea.',
  'question.answer.submit': 'Compartir mi respuesta',
  'question.answer.pending': 'Compartiendo…',
  'question.answer.changed':
    'La pregunta de hoy cambió antes de que llegara tu respuesta (alguien pidió otra, o empezó un nuevo día), así que no se guardó nada. Esta es la pregunta tal como está ahora.',
  'question.answer.already': 'Ya respondiste a la pregunta de hoy.',
  'question.answer.yours': 'Tu respuesta',

  'question.swap.button': 'Otra pregunta',
  'question.swap.pending': 'Eligiendo…',
  'question.swap.hint':
    '¿No es la adecuada para hoy? Cualquiera puede pedir otra, una vez al día, antes de que nadie haya respondido.',
  'question.swap.done': 'Aquí tienes otra pregunta para hoy.',
  'question.swap.refused':
    'La pregunta de hoy se queda: ya se eligió otra, o alguien ya la respondió.',
  'question.swapped': 'Elegida con «Otra pregunta».',

  'question.answered.none': 'Nadie ha respondido todavía.',
  'question.answered.onlyYou': 'Ya respondiste.',
  'question.answered.withYou': 'Ya han respondido: {names}.',
  'question.answered.one': '{name} ya respondió.',
  'question.answered.many': 'Ya han respondido: {names}.',
  'question.waiting':
    'Esperando la respuesta de {names}. Las respuestas se muestran juntas cuando todo el mundo haya respondido.',
  'question.waiting.card': 'Esperando a {names}.',
  'question.refresh': 'Volver a comprobar',
  'question.you': 'Tú',

  'question.revealed.title': 'Las respuestas, todas juntas',
  'question.revealed.intro':
    'Todo el mundo ha respondido. Es momento de leerlas con calma y de preguntar sobre ellas.',

  'question.past.title': 'Días anteriores',
  'question.past.intro': 'Días cuyas respuestas se leyeron en común.',
  'question.past.empty':
    'Aquí se guardarán los días cuyas respuestas compartió todo el mundo, para volver a mirarlos en compañía.',
  'question.past.older': 'Mostrar días anteriores',
  'question.past.loadingOlder': 'Cargando días anteriores…',
  'question.past.noOlder': 'Esos son todos los días hasta ahora.',
};
