/**
 * Spanish: the translation of en.ts, in the words the web's Spanish catalogue uses for the same
 * things (temporada, traspaso, puesta al día, «Volvamos a empezar»). Addressed as «tú», and
 * gender-neutral: nothing said of the reader or of a named person takes a gendered ending.
 */
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
  'mail.hello': 'Hola, {name}:',

  'update.someone': 'Alguien',
  'update.someCircle': 'uno de tus círculos',
  'update.invitation_accepted.title': 'Alguien pide entrar',
  'update.invitation_accepted.body':
    '{name} pidió entrar en {circle}. Cualquier persona del círculo puede darle acceso.',
  'update.member_admitted.title': 'Una persona nueva se unió',
  'update.member_admitted.body': 'Una persona nueva entró en {circle}.',
  'update.welcome.title': 'Te damos la bienvenida',
  'update.welcome.body': '{name} te dejó entrar en {circle}. ¡Te damos la bienvenida!',
  'update.removed_from_circle.title': 'Un círculo en el que estabas',
  'update.removed_from_circle.body': 'Ya no formas parte de {circle}.',
  'update.act_questioned.title': 'Un gesto de cuidado para revisar',
  'update.act_questioned.body':
    '{name} no reconoce un gesto de cuidado que registraste en {circle}. Puedes cambiarlo o retirarlo.',
  'update.season_suggested.title': 'Una temporada propuesta',
  'update.season_suggested.body':
    '{name} propuso una temporada sobre ti en {circle}. Tú decides si la aceptas o no.',
  'update.season_answered.title': 'La temporada que propusiste',
  'update.season_answered.body': '{name} respondió a la temporada que propusiste en {circle}.',
  'update.season_answered.body.accepted': '{name} aceptó la temporada que propusiste en {circle}.',
  'update.season_answered.body.declined': '{name} rechazó la temporada que propusiste en {circle}.',
  'update.handover_proposed.title': 'Un traspaso para ti',
  'update.handover_proposed.body':
    '{name} te propuso un traspaso en {circle}. Está a la espera de tu respuesta.',
  'update.handover_answered.title': 'El traspaso que propusiste',
  'update.handover_answered.body': '{name} respondió al traspaso que propusiste en {circle}.',
  'update.handover_answered.body.accepted': '{name} aceptó el traspaso que propusiste en {circle}.',
  'update.handover_answered.body.declined':
    '{name} rechazó el traspaso que propusiste en {circle}.',
  'update.responsibility_changed.title': 'Cambió una responsabilidad compartida',
  'update.responsibility_changed.body':
    '{name} cambió una responsabilidad que compartes en {circle}.',
  'update.responsibility_removed.title': 'Se quitó una responsabilidad compartida',
  'update.responsibility_removed.body':
    '{name} quitó una responsabilidad que compartías en {circle}.',
  'update.ritual_changed.title': 'Cambió un ritual compartido',
  'update.ritual_changed.body': '{name} cambió un ritual que compartes en {circle}.',
  'update.ritual_stopped.title': 'Se detuvo un ritual compartido',
  'update.ritual_stopped.body': '{name} detuvo un ritual que compartías en {circle}.',
  'update.reset_requested.title': '«Volvamos a empezar»',
  'update.reset_requested.body':
    '{name} dijo «Volvamos a empezar» sobre un momento difícil en {circle}. Lo que ayuda es responder con cariño y sin tardar.',
  'update.rupture_waiting.title': 'Una reparación te espera',
  'update.rupture_waiting.body':
    '{name} dijo que un momento difícil en {circle} está reparado para esa persona. Dilo tú también cuando lo esté para ti.',
  'update.rupture_repaired.title': 'Reparado',
  'update.rupture_repaired.body':
    'Un momento difícil en {circle} está reparado para todas las personas implicadas.',
  'update.question_answered.title': 'La pregunta de hoy',
  'update.question_answered.body':
    'Todo el mundo en {circle} respondió a la pregunta de hoy: ya se pueden leer las respuestas en común.',
  'update.repair_guide_waiting.title': 'Hablarlo con calma',
  'update.repair_guide_waiting.body':
    'Hablar sobre un momento difícil en {circle} espera tus respuestas, cuando tengas la calma suficiente. Nadie lee las respuestas de nadie hasta que todo el mundo haya terminado.',
  'update.repair_guide_revealed.title': 'Para leer en común',
  'update.repair_guide_revealed.body':
    'Todo el mundo terminó de hablar sobre un momento difícil en {circle}: ya se puede leer en común.',
  'update.need_shared.title': 'Una necesidad compartida contigo',
  'update.need_shared.body':
    '{name} compartió una necesidad contigo en {circle}. Puedes leerla en recipro.',
  'update.checkin_opened.title': 'Hay una puesta al día abierta',
  'update.checkin_opened.body':
    '{name} abrió una puesta al día en {circle}. Respóndela cuando te venga bien.',
  'update.checkin_opened.body.scheduled':
    'Se abrió una puesta al día en {circle}, como tenía previsto tu círculo. Respóndela cuando te venga bien.',
  'update.checkin_waiting.title': 'Una puesta al día te espera',
  'update.checkin_waiting.body':
    'Una puesta al día en {circle} espera tus respuestas. Nadie ve las de nadie hasta que todo el mundo haya respondido.',
  'update.checkin_ready.title': 'Una puesta al día, lista para ver',
  'update.checkin_ready.body':
    'Todo el mundo respondió a una puesta al día en {circle}: ya se puede ver en común.',
  'update.values_opened.title': 'Una conversación sobre valores',
  'update.values_opened.body':
    '{name} empezó una conversación sobre valores en {circle}. Respóndela cuando te venga bien.',
  'update.values_waiting.title': 'Una conversación sobre valores te espera',
  'update.values_waiting.body':
    'Una conversación sobre valores en {circle} espera tus respuestas. Nadie lee las de nadie hasta que todo el mundo haya respondido.',
  'update.values_ready.title': 'Una conversación sobre valores, lista para leer',
  'update.values_ready.body':
    'Todo el mundo respondió a una conversación sobre valores en {circle}: ya se puede leer en común.',
  'update.act_noticed.title': 'Alguien notó tu cuidado',
  'update.act_noticed.body': 'Alguien de {circle} notó un cuidado que diste.',

  'update.bundle.title': 'Novedades de tus círculos',
  'update.bundle.body':
    '{count, plural, one {# novedad te espera en {where}.} other {# novedades te esperan en {where}.}}',
  'update.bundle.circles': '{count, plural, one {# de tus círculos} other {# de tus círculos}}',

  'update.email.see': 'Míralo en recipro:',
  'update.email.chose':
    'Elegiste enterarte de esto por correo. Elige qué novedades te llegan, y cómo:',
  'update.email.stop': 'Para dejar de recibir correos de recordatorios y novedades:',

  'reminder.ritual.body': 'Es el momento de «{title}». Bastan unos minutos compartidos.',
  'reminder.test.title': 'Un recordatorio de prueba de recipro',
  'reminder.test.body': 'Así te llegarán los recordatorios.',
  'reminder.email.open': 'Ábrelo en recipro:',
  'reminder.email.stop': 'Para dejar de recibir estos correos:',

  'account.reset.subject': 'Elige una contraseña nueva para recipro',
  'account.reset.asked':
    'Alguien (esperamos que tú) pidió una contraseña nueva para tu cuenta de recipro.',
  'account.reset.follow':
    '{minutes, plural, one {Sigue este enlace en el próximo minuto para elegirla. Solo funciona una vez:} other {Sigue este enlace en los próximos # minutos para elegirla. Solo funciona una vez:}}',
  'account.reset.notYou': 'Si no fuiste tú, ignora este correo: tu contraseña seguirá como está.',
  'account.confirm.subject': 'Confirma tu correo para recipro',
  'account.confirm.follow':
    '{hours, plural, one {Confirma que esta es tu dirección para recipro siguiendo este enlace (funciona una sola vez, durante la próxima hora):} other {Confirma que esta es tu dirección para recipro siguiendo este enlace (funciona una sola vez, durante las próximas # horas):}}',
  'account.confirm.until':
    'Hasta entonces, recipro no enviará recordatorios a esta dirección. Si no esperabas este correo, ignóralo.',

  'calendar.name': 'Rituales de recipro',
  'calendar.description': 'Un ritual de {circle}.',

  'unsubscribe.title': 'Dejar de recibir recordatorios por correo',
  'unsubscribe.heading': '¿Dejar de recibir recordatorios por correo?',
  'unsubscribe.text':
    'Ya no te llegarán recordatorios de recipro por correo. Puedes volver a activarlos en la aplicación.',
  'unsubscribe.button': 'Dejar de recibirlos',
  'unsubscribe.done.title': 'Suscripción cancelada',
  'unsubscribe.done.heading': 'Hecho',
  'unsubscribe.done.text': 'Ya no te llegarán correos de recordatorios.',

  'export.formerMember': 'alguien que dejó el círculo',
};
