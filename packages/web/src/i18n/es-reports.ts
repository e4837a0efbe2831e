/** Spanish messages of reports for a counsellor: the translation of en-reports.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enReports } from './en-reports.ts';

// Glossary as in es-load.ts; counsellor → persona de terapia (a neutral form, as the server's
// own words), report → informe, link → enlace, to agree → aceptar.

export const esReports: CatalogueOf<typeof enReports> = {
  'counsel.report.intro':
    'Reúne lo que tu círculo ya comparte —ritmo, temporadas, puestas al día, reparación, carga y rituales— para que una persona de terapia lo lea con ustedes. No entra nada privado, y solo sale del círculo cuando todas las personas que aparecen en él lo aceptan.',
  'counsel.report.backToCircle': 'Volver a {name}',
  'counsel.report.talking': 'Hablar con una persona de terapia',

  'counsel.prepare.title': 'Preparar un informe',
  'counsel.prepare.period': 'Qué días',
  'counsel.prepare.month': 'El último mes',
  'counsel.prepare.quarter': 'Los últimos tres meses',
  'counsel.prepare.chosen': 'Los días que elija',
  'counsel.prepare.from': 'Primer día',
  'counsel.prepare.to': 'Último día',
  'counsel.prepare.button': 'Preparar el informe',
  'counsel.prepare.done':
    'El informe está listo. Revísalo y acéptalo cuando te parezca bien compartirlo.',
  'counsel.prepare.badDates': 'Elige un primer día anterior al último, dentro de un año.',

  'counsel.list.title': 'Tus informes',
  'counsel.list.empty':
    'Todavía no hay informes. Prepara uno arriba cuando quieras llevar vuestro ritmo a una persona de terapia.',
  'counsel.list.item': 'Del {from} al {to}',
  'counsel.list.open': 'Abrir',

  'counsel.status.agreed': 'Todas las personas lo aceptaron',
  'counsel.status.waiting': 'Esperando a que todas las personas lo acepten',
  'counsel.member.agreed': '{name}: lo aceptó',
  'counsel.member.waiting': '{name}: todavía no',
  'counsel.member.you': 'Tú',

  'counsel.view.title': 'Lo que contiene',
  'counsel.view.caption':
    'Esto es exactamente lo que verá una persona de terapia. Se reunió al preparar el informe y no cambia, salvo por las palabras que añada cada persona.',
  'counsel.view.frame': 'El informe, tal como lo verá una persona de terapia',
  'counsel.view.print': 'Abrir la página para imprimir',

  'counsel.agree.title': 'Tu aceptación',
  'counsel.agree.button': 'Acepto compartir este informe',
  'counsel.agree.done': 'Lo aceptaste. Podrá compartirse cuando todas las personas lo acepten.',
  'counsel.agree.yours': 'Aceptaste compartir este informe.',
  'counsel.withdraw.button': 'Retirar mi aceptación',
  'counsel.withdraw.done':
    'Retiraste tu aceptación. Todos los enlaces a este informe dejaron de funcionar.',

  'counsel.words.title': 'Tus palabras para quien lo lea',
  'counsel.words.hint':
    'Lo que quieras que una persona de terapia sepa antes de veros. Guardarlas o quitarlas cambia el informe, así que se pide a todas las personas que lo acepten de nuevo.',
  'counsel.words.label': 'Tus palabras',
  'counsel.words.save': 'Guardar mis palabras',
  'counsel.words.remove': 'Quitar mis palabras',
  'counsel.words.saved': 'Guardado. Se pide a todas las personas que lo acepten de nuevo.',
  'counsel.words.removed': 'Quitado. Se pide a todas las personas que lo acepten de nuevo.',

  'counsel.links.title': 'Compartir con una persona de terapia',
  'counsel.links.waiting': 'Se puede crear un enlace cuando todas las personas lo hayan aceptado.',
  'counsel.links.intro':
    'Un enlace abre el informe sin iniciar sesión, hasta que caduque o lo detengas. Cada apertura aparece abajo para todas las personas.',
  'counsel.links.days': 'Abierto durante',
  'counsel.links.daysOption': '{count, plural, one {# día} other {# días}}',
  'counsel.links.make': 'Crear un enlace',
  'counsel.links.made': 'Aquí está el enlace. Cópialo ahora: solo se muestra una vez.',
  'counsel.links.url': 'El enlace para tu persona de terapia',
  'counsel.links.none': 'Todavía no hay enlaces.',
  'counsel.links.open': 'Abierto hasta el {date}',
  'counsel.links.ended': 'Detenido',
  'counsel.links.expired': 'Caducó el {date}',
  'counsel.links.revoke': 'Detener este enlace',
  'counsel.links.revoked': 'El enlace dejó de funcionar.',
  'counsel.links.pdf': 'El PDF',

  'counsel.email.title': 'Enviar el PDF por correo',
  'counsel.email.address': 'La dirección de correo de tu persona de terapia',
  'counsel.email.hint':
    'Quién recibe el informe es parte de lo que todas las personas aceptan: guardar una dirección lo pregunta de nuevo a todas.',
  'counsel.email.save': 'Guardar la dirección',
  'counsel.email.saved': 'Guardado. Se pide a todas las personas que lo acepten de nuevo.',
  'counsel.email.send': 'Enviar el PDF',
  'counsel.email.sent': 'Enviado a {address}.',
  'counsel.email.last': 'Último envío: {date}',

  'counsel.openings.title': 'Aperturas',
  'counsel.openings.none': 'Nadie ha abierto todavía un enlace.',
  'counsel.openings.page': '{date}: se abrió la página',
  'counsel.openings.pdf': '{date}: se abrió el PDF',

  'counsel.talk.title': 'Hablar con una persona de terapia',
  'counsel.talk.intro':
    'A veces el equilibrio no vuelve por sí solo. Una persona de terapia puede ayudaros a escucharos y a encontrar de nuevo un ritmo. Pedir ayuda es una forma de cuidar lo que compartís.',
  'counsel.talk.kinds': 'Tipos de terapia',
  'counsel.talk.couple.title': 'Terapia de pareja',
  'counsel.talk.couple.body':
    'Las dos personas de la pareja se reúnen juntas con alguien de terapia para hablar de lo que se repite, de cómo reparáis y de lo que necesita cada una.',
  'counsel.talk.family.title': 'Terapia familiar',
  'counsel.talk.family.body':
    'La familia se reúne para repartir mejor el cuidado y las tareas de la casa y para hablar de cambios como un bebé, una enfermedad o cuidar de una madre o un padre.',
  'counsel.talk.team.title': 'Acompañamiento y mediación para equipos',
  'counsel.talk.team.body':
    'Un equipo trabaja con una persona de acompañamiento o de mediación sobre cómo circulan la ayuda, los comentarios y el trabajo, para que nadie lo lleve todo a solas.',
  'counsel.talk.report.title': 'Cómo puede ayudar un informe',
  'counsel.talk.report.body':
    'Un informe muestra el ritmo del cuidado a lo largo de semanas o meses —patrones, nunca quién hizo más—, para que las primeras sesiones partan de lo que veis juntos. Todas las personas que aparecen en él lo aceptan antes, y cualquiera puede retirarlo.',
  'counsel.talk.report.link': 'Preparar un informe en {name}',
  'counsel.talk.find.title': 'Encontrar a alguien de terapia',
  'counsel.talk.find.body':
    'Estos directorios reúnen ayuda cerca de ti. Si tienes miedo de alguien de tu círculo, habla primero con una línea de ayuda en lugar de compartir un informe.',
  'counsel.talk.support': 'Apoyo y líneas de ayuda',
  'supportPage.purpose.counselling': 'Terapia de pareja, familiar y de relaciones',
};
