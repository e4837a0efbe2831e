/** Spanish messages of the “Import a chat” page: the translation of en-chat.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enChat } from './en-chat.ts';

export const esChat: CatalogueOf<typeof enChat> = {
  'chat.lead':
    'Mira el ritmo de un chat que exportaste de WhatsApp, Telegram o Messenger: si las conversaciones empiezan desde los dos lados, cuánto tardan las respuestas, dónde aparecen las gracias y las disculpas.',
  'chat.private.title': 'Tu chat se queda en este dispositivo',
  'chat.private.body':
    'El archivo se lee aquí, en tu navegador, y nunca se sube. Después puedes guardar en {circle} solo su ritmo: sin nombres, sin mensajes, sin los números de nadie.',
  'chat.backToCircle': 'Volver a {name}',
  'chat.notFound': 'No pudimos abrir este círculo.',

  'chat.pick.label': 'Elige un chat exportado',
  'chat.pick.drop': 'o suéltalo aquí',
  'chat.pick.hint':
    'Un .txt o .zip de WhatsApp («Exportar chat», sin archivos multimedia), un result.json de Telegram Desktop o un message_1.json de Messenger.',
  'chat.pick.another': 'Elegir otro archivo',

  'chat.progress.label': 'Leyendo {file} en este dispositivo',
  'chat.progress.labelDone': 'Se leyó {file} en este dispositivo',
  'chat.progress.reading': 'Leído: {done} de {total} ({percent} %)',
  'chat.progress.done': 'Se leyó todo {file} ({total}) en este dispositivo.',

  'chat.error.empty': 'Este archivo está vacío. Prueba a exportar el chat de nuevo.',
  'chat.error.binary':
    'Este archivo no es un chat exportado: parece una imagen, un programa u otro tipo de archivo. Elige el archivo .txt, .zip o .json que creó la aplicación.',
  'chat.error.truncated_json':
    'Este archivo se corta a medias; quizá se cortó al copiarlo. Prueba a copiarlo o exportarlo de nuevo.',
  'chat.error.invalid_json':
    'Este archivo JSON no se pudo leer como un chat exportado. Prueba a exportar el chat de nuevo.',
  'chat.error.not_a_chat':
    'Esto no parece un chat exportado de WhatsApp, Telegram o Messenger. Elige el archivo que creó la aplicación.',
  'chat.error.too_large':
    'Este archivo ocupa más de {max}. Prueba a exportar un solo chat, o un tramo más corto.',
  'chat.error.bad_zip':
    'Este archivo zip está dañado o no contiene ningún chat de WhatsApp. Elige el zip que creó WhatsApp, o el .txt que hay dentro.',
  'chat.error.unexpected':
    'Algo salió mal al leer este archivo en tu dispositivo. No se envió nada. Vuelve a intentarlo.',

  'chat.report.title': 'Lo que muestra el chat',
  'chat.report.overview':
    '{count, plural, one {# mensaje de {people}, del {first} al {last}, leído de un archivo de {format}.} other {# mensajes de {people}, del {first} al {last}, leídos de un archivo de {format}.}}',
  'chat.report.people': '{count, plural, one {# persona} other {# personas}}',
  'chat.report.noPeople':
    'Este archivo no contiene mensajes escritos por personas, así que todavía no hay nada que mostrar.',
  'chat.report.guessedDates':
    'Las fechas de este archivo se podían leer de dos maneras; se leyeron como {order}.',
  'chat.dateOrder.dmy': 'día, mes, año',
  'chat.dateOrder.mdy': 'mes, día, año',
  'chat.dateOrder.ymd': 'año, mes, día',
  'chat.format.whatsapp': 'WhatsApp',
  'chat.format.telegram': 'Telegram',
  'chat.format.messenger': 'Messenger',

  'chat.rhythm.title': 'El ritmo de este chat',
  'chat.rhythm.list': 'Patrones en este chat',
  'chat.rhythm.talk.shared.pair': 'La conversación se reparte entre los dos lados.',
  'chat.rhythm.talk.shared.group': 'La conversación se reparte entre varias personas.',
  'chat.rhythm.talk.one_side.pair': 'La mayoría de los mensajes vienen de un lado.',
  'chat.rhythm.talk.one_side.group': 'La mayoría de los mensajes vienen de una persona.',
  'chat.rhythm.starts.shared.pair':
    'Las conversaciones se retoman desde los dos lados tras un rato de silencio.',
  'chat.rhythm.starts.shared.group': 'Las conversaciones las empiezan varias personas.',
  'chat.rhythm.starts.one_side.pair': 'La mayoría de las conversaciones empiezan desde un lado.',
  'chat.rhythm.starts.one_side.group': 'La mayoría de las conversaciones las empieza una persona.',
  'chat.rhythm.questions.shared.pair': 'Las preguntas vienen de los dos lados.',
  'chat.rhythm.questions.shared.group': 'Las preguntas vienen de varias personas.',
  'chat.rhythm.questions.one_side.pair': 'La mayoría de las preguntas vienen de un lado.',
  'chat.rhythm.questions.one_side.group': 'La mayoría de las preguntas vienen de una persona.',
  'chat.rhythm.thanks.shared.pair': 'Las palabras de agradecimiento vienen de los dos lados.',
  'chat.rhythm.thanks.shared.group': 'Las palabras de agradecimiento vienen de varias personas.',
  'chat.rhythm.thanks.one_side.pair':
    'La mayoría de las palabras de agradecimiento vienen de un lado.',
  'chat.rhythm.thanks.one_side.group':
    'La mayoría de las palabras de agradecimiento vienen de una persona.',
  'chat.rhythm.thanks.none':
    'En este chat no aparecieron palabras de agradecimiento; las gracias también viven en lo que la gente hace.',
  'chat.rhythm.repair.shared.pair':
    'Las palabras de reparación, como «perdón», vienen de los dos lados.',
  'chat.rhythm.repair.shared.group':
    'Las palabras de reparación, como «perdón», vienen de varias personas.',
  'chat.rhythm.repair.one_side.pair':
    'La mayoría de las palabras de reparación, como «perdón», vienen de un lado.',
  'chat.rhythm.repair.one_side.group':
    'La mayoría de las palabras de reparación, como «perdón», vienen de una persona.',
  'chat.rhythm.pace.minutes': 'Las respuestas suelen llegar en cuestión de minutos.',
  'chat.rhythm.pace.hour': 'Las respuestas suelen llegar en menos de una hora.',
  'chat.rhythm.pace.day': 'Las respuestas suelen llegar en menos de un día.',
  'chat.rhythm.pace.longer':
    'Algunas respuestas tardan más de un día; las pausas largas son parte de muchos chats.',
  'chat.rhythm.balance.even.pair':
    'Las respuestas llegan más o menos igual de pronto desde los dos lados.',
  'chat.rhythm.balance.even.group':
    'Las respuestas llegan más o menos igual de pronto desde todas las personas.',
  'chat.rhythm.balance.uneven.pair': 'Las respuestas llegan antes desde un lado que desde el otro.',
  'chat.rhythm.balance.uneven.group':
    'Las respuestas llegan antes de algunas personas que de otras.',
  'chat.rhythm.lately.talk.shared.pair':
    'En las últimas {weeks} semanas del chat, la conversación se repartió entre los dos lados.',
  'chat.rhythm.lately.talk.shared.group':
    'En las últimas {weeks} semanas del chat, la conversación se repartió entre varias personas.',
  'chat.rhythm.lately.talk.one_side.pair':
    'En las últimas {weeks} semanas del chat, la mayoría de los mensajes vinieron de un lado.',
  'chat.rhythm.lately.talk.one_side.group':
    'En las últimas {weeks} semanas del chat, la mayoría de los mensajes vinieron de una persona.',
  'chat.rhythm.lately.starts.shared.pair':
    'En las últimas {weeks} semanas del chat, las conversaciones empezaron desde los dos lados.',
  'chat.rhythm.lately.starts.shared.group':
    'En las últimas {weeks} semanas del chat, las conversaciones las empezaron varias personas.',
  'chat.rhythm.lately.starts.one_side.pair':
    'En las últimas {weeks} semanas del chat, la mayoría de las conversaciones empezaron desde un lado.',
  'chat.rhythm.lately.starts.one_side.group':
    'En las últimas {weeks} semanas del chat, la mayoría de las conversaciones las empezó una persona.',
  'chat.rhythm.tooShort': 'Este chat es demasiado corto para mostrar un ritmo todavía.',
  'chat.rhythm.note':
    'Son patrones solo de palabras. Una persona callada puede cuidar de otras maneras; úsalo para empezar una conversación amable, no para llevar la cuenta.',

  'chat.you.title': 'Tú en este chat',
  'chat.you.body':
    'Elige el nombre que es tuyo para ver tu propia parte del chat. Solo la ves tú, aquí en este dispositivo: nunca se guarda ni se envía.',
  'chat.you.pick': '¿Qué nombre es el tuyo?',
  'chat.you.choose': 'Elige tu nombre',
  'chat.you.figures': 'Tu parte de este chat',
  'chat.you.messages':
    '{count, plural, one {Escribiste # mensaje, {share} del chat.} other {Escribiste # mensajes, {share} del chat.}}',
  'chat.you.starts':
    '{count, plural, one {Retomaste # conversación tras un rato de silencio.} other {Retomaste # conversaciones tras un rato de silencio.}}',
  'chat.you.questions': '{count, plural, one {Hiciste # pregunta.} other {Hiciste # preguntas.}}',
  'chat.you.thanks':
    '{count, plural, one {Escribiste palabras de agradecimiento # vez.} other {Escribiste palabras de agradecimiento # veces.}}',
  'chat.you.repair':
    '{count, plural, one {Recurriste a palabras de reparación # vez.} other {Recurriste a palabras de reparación # veces.}}',
  'chat.you.reply': 'La mitad de tus respuestas llegaron en menos de {duration}.',
  'chat.you.noReply':
    'Respondiste muy pocas veces aquí para saber cuánto suelen tardar tus respuestas.',

  'chat.weeks.title': 'Mensajes por semana',
  'chat.weeks.messagesLabel': 'Mensajes de todas las personas',
  'chat.weeks.text':
    '{count, plural, one {# semana con mensajes. La de más actividad fue la semana del {week}, con {messages}.} other {# semanas con mensajes. La de más actividad fue la semana del {week}, con {messages}.}}',
  'chat.weeks.messages': '{count, plural, one {# mensaje} other {# mensajes}}',
  'chat.weeks.week': 'Semana del {week}',

  'chat.save.title': 'Guardar el resumen en {circle}',
  'chat.save.body':
    'Solo se envía esto: qué chat es, cuántos mensajes y personas tiene, y su ritmo como patrones que no nombran a nadie. Ningún nombre, ningún mensaje y ningún número de nadie sale de este dispositivo.',
  'chat.save.preview': 'Lo que guardará el círculo',
  'chat.save.button': 'Guardar el resumen',
  'chat.save.saving': 'Guardando…',
  'chat.save.done': 'Guardado en {circle}. El chat en sí no se envió.',
  'chat.save.noPeople': 'No hay nada que guardar de este archivo.',

  'chat.saved.title': 'Guardado en {circle}',
  'chat.saved.lead':
    'Chats que personas de {circle} leyeron en sus propios dispositivos, guardados como su ritmo: nunca los mensajes, nunca los números de nadie.',
  'chat.saved.empty':
    'Aquí todavía no hay nada guardado. Después de leer un chat arriba, puedes guardar su ritmo en {circle}.',
  'chat.saved.list': 'Resúmenes de chat guardados, primero los más nuevos',
  'chat.saved.heading': 'Chat de {format}, {period}',
  'chat.saved.titleUndated': 'Chat de {format}',
  'chat.saved.period': 'de {first} a {last}',
  'chat.saved.byYou': 'Lo guardaste tú el {when}',
  'chat.saved.by': 'Lo guardó {name} el {when}',
  'chat.saved.overview':
    '{count, plural, one {# mensaje de {people}.} other {# mensajes de {people}.}}',
  'chat.saved.delete': 'Borrar',
  'chat.saved.delete.label': 'Borrar el resumen: {title}',
  'chat.saved.delete.confirm':
    'Este resumen se borrará de {circle} y nadie del círculo volverá a verlo.',
  'chat.saved.delete.yes': 'Borrarlo',
  'chat.saved.deleted': 'Se borró el resumen.',
};
