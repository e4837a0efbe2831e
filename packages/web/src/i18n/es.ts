/**
 * Spanish messages: every user-facing string of the web app, the translation of en.ts. The
 * forms of care (`form.<id>`, `form.<id>.hint`) are translated from English's (en.ts); the parts
 * come from es-*.ts in the same order as en.ts. Typed as Messages, so no key can be missing.
 */
import type { Messages } from './en.ts';
import { esAccount } from './es-account.ts';
import { esBalance } from './es-balance.ts';
import { esCycle } from './es-cycle.ts';
import { esGuides } from './es-guides.ts';
import { esLoad } from './es-load.ts';
import { esTime } from './es-time.ts';
import { esSupport } from './es-support.ts';
import { esUpdates } from './es-updates.ts';
import { esQuestions } from './es-questions.ts';
import { esFirstRun, esNextSteps, esWelcome } from './es-welcome.ts';
import { esUndo } from './es-undo.ts';
import { esLanguage } from './es-language.ts';
import { esResponsibilities } from './es-responsibilities.ts';

export const es: Messages = {
  'app.name': 'recipro',
  'app.tagline': 'Cuidado dado y recibido, a lo largo del tiempo.',
  'nav.label': 'Principal',
  'nav.more': 'Más',
  'nav.yours': 'Tú',
  'nav.skip': 'Saltar al contenido',
  'header.signedInAs': 'Sesión iniciada como {name}',
  'header.signOut': 'Cerrar sesión',
  'common.loading': 'Cargando…',
  'common.you': 'tú',
  'common.optional': '(opcional)',
  'common.keepIt': 'Conservar',
  'common.deleting': 'Borrando…',
  'common.removing': 'Quitando…',
  'list.showMore': 'Mostrar más',
  'list.loadingMore': 'Cargando más…',
  'list.more': 'más',
  'list.less': 'menos',

  'member.former': 'alguien que dejó el círculo',
  'member.former.opening': 'Alguien que dejó el círculo',

  'error.network': 'No pudimos conectar con recipro. Revisa tu conexión y vuelve a intentarlo.',
  'error.unexpected': 'Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.',
  'error.code.validation_failed':
    'Algo de lo que enviaste no se aceptó. Revísalo y vuelve a intentarlo.',
  'error.code.unauthenticated': 'Tu sesión está cerrada. Vuelve a iniciar sesión para continuar.',
  'error.code.forbidden': 'Esto no te corresponde hacerlo, así que no se cambió nada.',
  'error.code.pending':
    'Pediste unirte a este círculo. Lo verás cuando alguien del círculo te deje entrar.',
  'error.code.not_found': 'No pudimos encontrarlo. Puede que se haya quitado mientras tanto.',
  'error.code.request_timeout': 'Se tardó demasiado en llegar a recipro. Vuelve a intentarlo.',
  'error.code.conflict':
    'Esto cambió mientras tanto, así que no se hizo nada. Vuelve a cargar la página para verlo como está ahora.',
  'error.code.circle_full': 'Este círculo ya tiene sus dos personas.',
  'error.code.payload_too_large': 'Es demasiado para enviarlo de una vez. Hazlo más corto.',
  'error.code.uri_too_long': 'Esa dirección es demasiado larga para abrirla.',
  'error.code.rate_limited':
    'Se intentó muchas veces en poco tiempo. Espera un poco y vuelve a intentarlo.',
  'error.code.unavailable':
    'recipro no puede hacer esto ahora mismo. Vuelve a intentarlo dentro de un rato.',

  'validation.nameRequired': 'Dinos tu nombre.',
  'validation.nameTooLong': 'Usa como máximo {max} caracteres.',
  'validation.emailInvalid':
    'Esa dirección de correo parece incompleta: necesita una @ y un dominio.',
  'validation.passwordRequired': 'Escribe tu contraseña.',
  'validation.passwordShort': 'Usa al menos {min} caracteres.',
  'validation.circleNameRequired': 'Ponle un nombre a tu círculo, como «Sam y Alex».',
  'validation.noteTooLong': 'Las notas pueden tener hasta {max} caracteres; esta tiene {count}.',

  'auth.signUp.title': 'Crea tu cuenta',
  'auth.signUp.intro':
    'recipro ayuda a las personas que se importan entre sí a ver el cuidado que circula entre ellas.',
  'auth.signUp.submit': 'Crear la cuenta',
  'auth.signUp.pending': 'Creando tu cuenta…',
  'auth.signIn.title': 'Qué bien verte de nuevo',
  'auth.signIn.submit': 'Iniciar sesión',
  'auth.signIn.pending': 'Iniciando sesión…',
  'auth.signIn.noMatch': 'Ese correo y esa contraseña no coinciden con ninguna cuenta.',
  'auth.signUp.emailTaken':
    'No se puede crear una cuenta con este correo. Si es tuyo, inicia sesión.',
  'auth.name': 'Tu nombre',
  'auth.name.hint': 'Así te verán las personas de tus círculos.',
  'auth.email': 'Correo electrónico',
  'auth.password': 'Contraseña',
  'auth.password.hint': 'Al menos {min} caracteres.',
  'auth.toSignIn': '¿Ya tienes una cuenta? Inicia sesión',
  'auth.toSignUp': '¿Es tu primera vez aquí? Crea una cuenta',

  'home.title': 'Tus círculos',
  'home.waiting.title': 'Esperando a que te dejen entrar',
  'home.waiting.body':
    'Pediste unirte. Verás el círculo cuando alguien del círculo te deje entrar.',
  'home.empty':
    'Todavía no estás en ningún círculo. Empieza uno aquí abajo y luego invita a las personas que te importan.',
  'home.members': '{count, plural, one {# persona} other {# personas}}',

  'kind.couple': 'Pareja',
  'kind.family': 'Familia',
  'kind.friends': 'Amistades',
  'kind.team': 'Equipo',

  'create.title': 'Empezar un círculo',
  'create.name': 'Nombre del círculo',
  'create.name.hint': 'Por ejemplo, «Sam y Alex» o «La familia Patel».',
  'create.kind': '¿Para quién es?',
  'create.submit': 'Crear el círculo',
  'create.pending': 'Creando…',

  'circle.notFound.title': 'No pudimos encontrar ese círculo',
  'circle.notFound.body':
    'Puede que no exista, o que todavía no estés dentro. Pide a alguien del círculo un enlace de invitación.',
  'circle.backHome': 'Volver a tus círculos',
  'circle.members': 'Con {names}',
  'members.title': 'Personas de este círculo',
  'members.you': 'Tú',
  'members.keeper': 'responsable',
  'members.makeKeeper': 'Hacer a {name} responsable del círculo',
  'members.keeperHanded': '{name} es ahora la persona responsable del círculo.',
  'members.remove': 'Quitar',
  'members.remove.label': 'Quitar a {name} del círculo',
  'members.remove.confirm':
    '{name} dejará de estar en este círculo. Lo que escribió aquí se borra; el cuidado que dio y recibió se queda para el resto, como de o para «alguien que dejó el círculo».',
  'members.remove.yes': 'Quitar a {name}',
  'members.removed': '{name} ya no está en el círculo.',
  'members.links.title': 'Enlaces de invitación sin usar',
  'members.link': 'Un enlace que funciona hasta {until}',
  'members.link.withdraw': 'Retirar este enlace',
  'members.link.withdrawn': 'El enlace se retiró; ya no permite que nadie pida unirse.',
  'circle.requests.title': 'Piden unirse',
  'circle.requests.intro':
    'Abrieron una invitación a este círculo. No ven nada aquí hasta que alguien del círculo les deje entrar.',
  'circle.requests.asks': '{name} pidió unirse.',
  'circle.requests.admit': 'Dejar entrar a {name}',
  'circle.requests.decline': 'Ahora no',
  'circle.requests.admitted': '{name} ya está en el círculo.',
  'circle.requests.declined': 'Rechazaste la solicitud de {name}.',
  'circle.waiting.title': 'Esperando a que te dejen entrar',
  'circle.alone': 'Por ahora, solo tú.',

  'log.title': 'Registrar un gesto de cuidado',
  'log.who': '¿Para quién es?',
  'log.forms': 'Toca lo que le diste a {name}',
  'log.more': 'Más: esfuerzo y una nota',
  'log.effort': 'Esfuerzo',
  'log.note': 'Nota',
  'log.note.hint': 'Todo el círculo puede leerla.',
  'log.done': 'Registrado: {form} para {name}.',
  'log.pending': 'Registrando {form}…',
  'log.noOthers':
    'Invita a alguien a este círculo aquí abajo; después, registra aquí el cuidado que das.',
  'log.noOthersYet':
    'Cuando alguien más esté en el círculo, podrás registrar aquí el cuidado que das.',

  'effort.1': 'Pequeño',
  'effort.2': 'Mediano',
  'effort.3': 'Grande',

  'inbox.title': 'Cuidado que recibiste',
  'inbox.empty':
    'Aquí todavía no hay nada. Cuando alguien registre cuidado para ti, aparecerá aquí para que lo notes.',
  'inbox.notice': 'Lo noté',
  'inbox.notice.label': 'Lo noté: {form} de {name}',
  'inbox.noticed': 'Lo notaste',
  'inbox.question': 'No lo reconozco',
  'inbox.question.label': 'No lo reconozco: {form} de {name}',
  'inbox.questioned':
    'Dijiste que no lo reconoces. Queda fuera de tu ritmo hasta que {name} lo cambie o lo retire.',
  'inbox.from': 'De {name}',

  'given.title': 'Cuidado que diste',
  'given.empty': 'Toca una forma de cuidado arriba para registrar algo que hiciste por alguien.',
  'given.for': 'Para {name}',
  'given.questioned':
    '{name} no reconoce este gesto. Si algo no cuadra, cámbialo o retíralo; mientras tanto, queda fuera del ritmo en común.',
  'act.lateEntry': 'registrado más tarde',
  'given.noticed': '{name} lo notó',

  'act.change': 'Cambiar',
  'act.change.label': 'Cambiar {form} para {name}, {when}',
  'act.remove': 'Quitar',
  'act.remove.label': 'Quitar {form} para {name}, {when}',
  'act.remove.confirm': 'Este gesto se quitará de la historia de tu círculo.',
  'act.remove.yes': 'Quitarlo',
  'act.removed': 'Se quitó {form} para {name}.',
  'act.edit.title': 'Cambiar este gesto de cuidado',
  'act.edit.form': 'Lo que diste',
  'act.edit.whoFormer':
    'Registraste esto para alguien que dejó el círculo. Déjalo así, o elige para quién fue en realidad.',
  'act.edit.when': 'Cuándo pasó',
  'act.edit.when.required': 'Elige el día y la hora en que pasó.',
  'act.edit.when.future': 'Ese momento todavía no ha llegado; elige uno que ya haya pasado.',
  'act.edit.note.hint': 'Todo el círculo puede leerla. Vacíala para quitar la nota.',
  'act.edit.save': 'Guardar',
  'act.edit.saving': 'Guardando…',
  'act.edit.cancel': 'Cancelar',
  'act.edit.saved': 'Se guardaron tus cambios en {form} para {name}.',
  'act.edit.unchanged': 'No se cambió nada.',

  'summary.title': 'Los últimos {days} días',
  'summary.intro':
    'El cuidado va y viene con el tiempo. Algunas temporadas se inclinan hacia un lado, y eso es parte del ritmo.',
  'summary.reachedYou': 'El cuidado que te llegó',
  'summary.receivedFrom': '{name} te cuidó en estos días',
  'summary.receivedNone': 'En estos días no se registró nada de {name} para ti',
  'summary.rhythm.thin': 'Todavía hay muy poco registrado entre tú y {name} para mostrar un ritmo',
  'summary.rhythm.bothWays': 'Últimamente el cuidado entre tú y {name} ha ido en los dos sentidos',
  'summary.rhythm.towardMe': 'Últimamente el cuidado entre tú y {name} se ha inclinado hacia ti',
  'summary.rhythm.fromMe': 'Últimamente el cuidado entre tú y {name} ha salido sobre todo de ti',
  'summary.youNoticed':
    '{count, plural, one {Marcaste # gesto de cuidado como notado} other {Marcaste # gestos de cuidado como notados}}',
  'summary.yourCare': 'Tu cuidado',
  'summary.youGave':
    '{count, plural, one {Diste # gesto de cuidado en estos días} other {Diste # gestos de cuidado en estos días}}',
  'summary.youGaveNone':
    'Todavía no hay nada registrado de tu parte en estos días; un pequeño gesto es un buen comienzo.',
  'summary.yoursNoticed':
    '{count, plural, one {# se marcó como notado} other {# se marcaron como notados}}',
  'summary.others': 'El cuidado también fue y vino entre otras personas del círculo.',
  'summary.empty':
    'Cuando se registre cuidado en este círculo, aquí aparecerán los últimos {days} días.',

  'invite.title': 'Invitar a alguien',
  'invite.intro': 'Crea un enlace y envíalo a la persona que quieres en este círculo.',
  'invite.create': 'Crear un enlace de invitación',
  'invite.pending': 'Creando el enlace…',
  'invite.link': 'Enlace de invitación',
  'invite.copy': 'Copiar el enlace',
  'invite.copied': 'Enlace copiado.',
  'invite.share': 'Compartir el enlace…',
  'invite.shareTitle': 'Ven a recipro conmigo',
  'invite.shareText':
    'Me gustaría que estuvieras en mi círculo de recipro. Este enlace funciona una sola vez:',
  'invite.shared': 'Enlace compartido.',
  'invite.shareFailed': 'Aquí no se pudo compartir. Copia el enlace.',
  'invite.copyFailed': 'Aquí no se pudo copiar. Selecciona el enlace y cópialo a mano.',
  'invite.expires': 'Funciona una sola vez, hasta {date}.',

  'accept.title': 'Tienes una invitación',
  'accept.waiting.title': 'Pediste unirte a {circle}',
  'accept.waiting.body':
    '{inviter} u otra persona del círculo te dejará entrar. Cuando lo haga, lo encontrarás entre tus círculos.',
  'accept.full':
    '«{circle}» es un círculo de pareja y ya tiene sus dos personas, así que no puede admitir a nadie más.',
  'accept.body': '{inviter} te invitó a unirte a «{circle}».',
  'accept.join': 'Pedir unirme a {circle}',
  'accept.pending': 'Uniéndote…',
  'accept.as': 'Te unirás como {name}.',
  'accept.authFirst': 'Crea una cuenta, o inicia sesión, para unirte.',
  'accept.notNow': 'Ahora no',
  'accept.invalid.title': 'Esta invitación no se puede usar',
  'accept.invalid.body':
    'Puede que haya caducado o que ya se haya usado. Pide un enlace nuevo a la persona que te la envió.',

  'offline.title': 'No tienes conexión',
  'offline.body':
    'recipro necesita conexión para mostrar tus círculos. Seguirá aquí cuando vuelvas a tenerla.',
  'offline.retry': 'Volver a intentarlo',

  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay nada en esta dirección. Tus círculos están en la página de inicio.',

  'form.practical': 'Ayuda práctica',
  'form.practical.hint': 'Tareas, recados, preparar un té, arreglar cosas',
  'form.emotional': 'Apoyo emocional',
  'form.emotional.hint': 'Escuchar, consolar, dejar el teléfono a un lado',
  'form.communication': 'Comunicación',
  'form.communication.hint': 'Contar tu día, preguntar, interesarte por cómo va todo',
  'form.affection': 'Cariño',
  'form.affection.hint': 'Calidez, contacto, palabras de amor',
  'form.intimacy': 'Intimidad',
  'form.intimacy.hint': 'Cercanía, en el cuerpo y en el corazón',
  'form.quality_time': 'Tiempo de calidad',
  'form.quality_time.hint': 'Tiempo sin distracciones, hacer cosas en compañía',
  'form.respect': 'Respeto',
  'form.respect.hint': 'Respetar límites, opiniones y privacidad',
  'form.repair': 'Reparación',
  'form.repair.hint': 'Pedir perdón, retomar la conversación',
  'form.healing': 'Acompañamiento',
  'form.healing.hint': 'Estar cerca en el estrés, el duelo o la enfermedad',
  'form.future': 'Futuro',
  'form.future.hint': 'Planes, dinero, compromisos, rutinas',
  'form.appreciation': 'Aprecio',
  'form.appreciation.hint': 'Dar las gracias, notar, reconocer el esfuerzo',
  'form.mental_load': 'Carga mental',
  'form.mental_load.hint': 'Recordar, planificar, organizar',
  ...esResponsibilities,

  'chat.title': 'Importar un chat',
  ...esBalance,
  ...esCycle,
  ...esLoad,
  ...esTime,
  ...esSupport,
  ...esAccount,
  ...esUpdates,
  ...esGuides,
  ...esQuestions,
  ...esWelcome,
  ...esFirstRun,
  ...esNextSteps,
  ...esUndo,
  // The navigation's entry of reports/ (the page's own words load with it: areas.ts).
  'counsel.report.title': 'Informe para una persona de terapia',
  ...esLanguage,
};
