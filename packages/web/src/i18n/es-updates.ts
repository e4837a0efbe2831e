/** Spanish messages of the updates between members (the bell and the Updates screen): the translation of en-updates.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enUpdates } from './en-updates.ts';

export const esUpdates: CatalogueOf<typeof enUpdates> = {
  'updates.title': 'Novedades',
  'updates.intro':
    'Lo que otras personas de tus círculos hicieron y tiene que ver contigo, de lo más reciente a lo más antiguo.',
  'updates.empty':
    'Todo tranquilo por ahora. Cuando alguien de tus círculos se acerque a ti o cambie algo que compartes, te enterarás aquí.',
  'updates.list': 'Tus novedades',
  'updates.new': 'Nueva',
  'updates.markAll': 'Marcar todo como leído',
  'updates.markingAll': 'Marcando…',
  'updates.markedAll': 'Estás al día: todo lo que hay aquí está marcado como leído.',
  'updates.older': 'Mostrar anteriores',
  'updates.loadingOlder': 'Cargando novedades anteriores…',
  'updates.noOlder': 'Eso es todo.',

  'updates.bell': '{count, plural, one {Novedades, # sin leer} other {Novedades, # sin leer}}',
  'updates.bell.none': 'Novedades, nada sin leer',
  'updates.bell.many': '{count}+',

  'updates.someone': 'Alguien',
  'updates.someCircle': 'uno de tus círculos',

  'updates.kind.invitation_accepted': '{name} pidió entrar en {circle}.',
  'updates.kind.member_admitted': '{name} dejó entrar a una persona nueva en {circle}.',
  'updates.kind.member_admitted.unnamed': 'Una persona nueva entró en {circle}.',
  'updates.kind.welcome': '{name} te dejó entrar en {circle}. ¡Te damos la bienvenida!',
  'updates.kind.act_questioned':
    '{name} no reconoce un gesto de cuidado que registraste en {circle}. Puedes cambiarlo o retirarlo.',
  'updates.kind.season_suggested':
    '{name} propuso una temporada sobre ti en {circle}. Tú decides si la aceptas o no.',
  'updates.kind.season_answered': '{name} respondió a la temporada que propusiste en {circle}.',
  'updates.kind.season_answered.accepted': '{name} aceptó la temporada que propusiste en {circle}.',
  'updates.kind.season_answered.declined':
    '{name} rechazó la temporada que propusiste en {circle}.',
  'updates.kind.handover_proposed':
    '{name} te propuso un traspaso en {circle}. Está a la espera de tu respuesta.',
  'updates.kind.handover_answered': '{name} respondió al traspaso que propusiste en {circle}.',
  'updates.kind.handover_answered.accepted':
    '{name} aceptó el traspaso que propusiste en {circle}.',
  'updates.kind.handover_answered.declined':
    '{name} rechazó el traspaso que propusiste en {circle}.',
  'updates.kind.responsibility_changed':
    '{name} cambió una responsabilidad que compartes en {circle}.',
  'updates.kind.responsibility_removed':
    '{name} quitó una responsabilidad que compartías en {circle}.',
  'updates.kind.ritual_changed': '{name} cambió un ritual que compartes en {circle}.',
  'updates.kind.ritual_stopped': '{name} detuvo un ritual que compartías en {circle}.',
  'updates.kind.removed_from_circle': 'Ya no formas parte de {circle}.',
  'updates.kind.removed_from_circle.unnamed': 'Ya no formas parte de un círculo en el que estabas.',
  'updates.kind.reset_requested':
    '{name} dijo «Volvamos a empezar» sobre un momento difícil en {circle}. Lo que ayuda es responder con cariño y sin tardar.',
  'updates.kind.rupture_waiting':
    '{name} dijo que un momento difícil en {circle} está reparado para esa persona. Dilo tú también cuando lo esté para ti.',
  'updates.kind.rupture_repaired':
    'Un momento difícil en {circle} está reparado para todas las personas implicadas.',
  'updates.kind.repair_guide_waiting':
    'Hablar sobre un momento difícil en {circle} espera tus respuestas, cuando tengas la calma suficiente. Nadie lee las respuestas de nadie hasta que todo el mundo haya terminado.',
  'updates.kind.repair_guide_revealed':
    'Todo el mundo terminó de hablar sobre un momento difícil en {circle}: ya se puede leer en común.',
  'updates.kind.need_shared': '{name} compartió una necesidad contigo en {circle}.',
  'updates.kind.checkin_opened':
    '{name} abrió una puesta al día en {circle}. Respóndela cuando te venga bien.',
  'updates.kind.checkin_opened.scheduled':
    'Se abrió una puesta al día en {circle}, como tenía previsto tu círculo. Respóndela cuando te venga bien.',
  'updates.kind.checkin_waiting':
    'Una puesta al día en {circle} espera tus respuestas. Nadie ve las de nadie hasta que todo el mundo haya respondido.',
  'updates.kind.checkin_ready':
    'Todo el mundo respondió a una puesta al día en {circle}: ya se puede ver en común.',
  'updates.kind.values_opened':
    '{name} empezó una conversación sobre valores en {circle}. Respóndela cuando te venga bien.',
  'updates.kind.values_waiting':
    'Una conversación sobre valores en {circle} espera tus respuestas. Nadie lee las de nadie hasta que todo el mundo haya respondido.',
  'updates.kind.values_ready':
    'Todo el mundo respondió a una conversación sobre valores en {circle}: ya se puede leer en común.',
  'updates.kind.act_noticed': 'Alguien de {circle} notó hoy un cuidado que diste.',
  'updates.kind.question_answered':
    'Todo el mundo en {circle} respondió a la pregunta de hoy: ya se pueden leer las respuestas en común.',
  'updates.kind.other': 'Algo cambió en {circle}.',

  // Reminder settings: which updates also come by push or email.
  'updates.choice.title': 'Novedades de tus círculos',
  'updates.choice.intro':
    'Todas las novedades aparecen en recipro. Elige cuáles te llegan también a tus dispositivos (notificaciones push) o por correo electrónico.',
  'updates.choice.introPush':
    'Todas las novedades aparecen en recipro. Elige cuáles te llegan también a tus dispositivos (notificaciones push).',
  'updates.choice.limit':
    'Como máximo {count} notificaciones push al día; pasado ese número, las novedades esperan y llegan juntas a la mañana siguiente. «Volvamos a empezar» llega siempre al momento, salvo que tus horas de silencio lo retengan.',
  'updates.choice.pushOff':
    'Las notificaciones push están desactivadas más arriba, así que por ahora ninguna de estas llega a tus dispositivos.',
  'updates.choice.emailOff':
    'El correo electrónico está desactivado más arriba, así que por ahora ninguna de estas se envía por correo.',
  'updates.choice.emailConfirmed': 'Los correos solo se envían a una dirección confirmada.',
  'updates.choice.push': 'Notificaciones',
  'updates.choice.email': 'Correo',
  'updates.choice.group.repair': 'Reparar y acercarse',
  'updates.choice.group.rounds':
    'Puestas al día, conversaciones sobre valores y la pregunta de hoy',
  'updates.choice.group.together': 'Repartir la carga, rituales y temporadas',
  'updates.choice.group.circles': 'Quién está en tus círculos',
  'updates.choice.kind.reset_requested': 'Alguien dice «Volvamos a empezar»',
  'updates.choice.kind.rupture_waiting': 'Una reparación espera tu «reparado para mí»',
  'updates.choice.kind.rupture_repaired':
    'Un momento difícil está reparado para todas las personas implicadas',
  'updates.choice.kind.repair_guide_waiting':
    'Hablar sobre un momento difícil espera tus respuestas',
  'updates.choice.kind.repair_guide_revealed':
    'Una conversación sobre un momento difícil está lista para leerla en común',
  'updates.choice.kind.need_shared': 'Alguien comparte una necesidad contigo',
  'updates.choice.kind.act_noticed': 'Alguien notó un cuidado que diste',
  'updates.choice.kind.act_questioned': 'Alguien no reconoce un gesto que registraste',
  'updates.choice.kind.question_answered': 'Todo el mundo respondió a la pregunta de hoy',
  'updates.choice.kind.checkin_opened': 'Se abre una puesta al día',
  'updates.choice.kind.checkin_waiting': 'Una puesta al día espera tus respuestas',
  'updates.choice.kind.checkin_ready': 'Una puesta al día está lista para verla en común',
  'updates.choice.kind.values_opened': 'Empieza una conversación sobre valores',
  'updates.choice.kind.values_waiting': 'Una conversación sobre valores espera tus respuestas',
  'updates.choice.kind.values_ready':
    'Una conversación sobre valores está lista para leerla en común',
  'updates.choice.kind.handover_proposed': 'Alguien te propone un traspaso',
  'updates.choice.kind.handover_answered': 'Hay respuesta al traspaso que propusiste',
  'updates.choice.kind.responsibility_changed': 'Cambia una responsabilidad que compartes',
  'updates.choice.kind.responsibility_removed': 'Se quita una responsabilidad que compartes',
  'updates.choice.kind.ritual_changed': 'Cambia un ritual que compartes',
  'updates.choice.kind.ritual_stopped': 'Se detiene un ritual que compartes',
  'updates.choice.kind.season_suggested': 'Alguien propone una temporada sobre ti',
  'updates.choice.kind.season_answered': 'Hay respuesta a la temporada que propusiste',
  'updates.choice.kind.invitation_accepted': 'Alguien pide entrar en un círculo',
  'updates.choice.kind.member_admitted': 'Una persona nueva entra en un círculo',
  'updates.choice.kind.welcome': 'Te dejan entrar en un círculo',
  'updates.choice.kind.removed_from_circle': 'Ya no formas parte de un círculo',
};
