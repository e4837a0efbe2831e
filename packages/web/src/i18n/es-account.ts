/** Spanish messages of the account screens: the translation of en-account.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enAccount } from './en-account.ts';

export const esAccount: CatalogueOf<typeof enAccount> = {
  'settings.title': 'Ajustes',
  'settings.intro':
    'Tu nombre, tu contraseña, dónde tienes la sesión iniciada… y tus datos, que son tuyos para llevártelos o borrarlos.',
  'settings.remindersLink': 'Los recordatorios y las horas de silencio tienen su propia página.',
  'settings.remindersGo': 'Abrir los recordatorios',

  'profile.title': 'Sobre ti',
  'profile.name': 'Tu nombre',
  'profile.name.hint': 'Así te ven las personas de tus círculos.',
  'profile.email': 'Correo electrónico',
  'profile.email.hint': 'Lo usas para iniciar sesión.',
  'profile.save': 'Guardar',
  'profile.saving': 'Guardando…',
  'profile.saved': 'Guardado.',
  'profile.nothingChanged': 'Nada que guardar: recipro ya tiene estos datos.',
  'profile.emailTaken': 'Otra cuenta ya usa esta dirección de correo.',
  'profile.emailSent': 'Ya casi está: enviamos un enlace a {email}.',
  'profile.pending':
    'Tu correo pasará a ser {pending} cuando abras el enlace que te enviamos allí. Hasta entonces, inicias sesión con {email}.',
  'profile.unconfirmed':
    'Tu dirección de correo aún no está confirmada. Cuando lo esté, recipro podrá enviarte un enlace si algún día olvidas tu contraseña.',
  'profile.resend': 'Enviar el enlace de nuevo',
  'profile.sendLink': 'Envíame un enlace de confirmación',
  'profile.sending': 'Enviando…',
  'profile.linkSent': 'Un enlace nuevo va de camino a {email}.',
  'profile.tooSoon':
    'En la última hora ya se enviaron varios enlaces. Espera un rato antes de pedir otro.',
  'profile.keepEmail': 'Cancelar el cambio',
  'profile.linkNotNeeded':
    'No se envió ningún enlace: tu dirección ya está confirmada, o este recipro no envía correos.',
  'profile.keptEmail': 'Tu correo sigue siendo {email}.',

  'password.title': 'Tu contraseña',
  'password.current': 'Contraseña actual',
  'password.next': 'Contraseña nueva',
  'password.next.hint': 'Al menos {min} caracteres.',
  'password.submit': 'Cambiar la contraseña',
  'password.pending': 'Cambiando…',
  'password.done':
    'Tu contraseña ha cambiado. Aquí sigues con la sesión iniciada; en tus otros dispositivos se cerró la sesión.',
  'password.wrong': 'Esa contraseña no es correcta.',
  'password.tooMany': 'Fueron muchos intentos seguidos. Espera un minuto y vuelve a intentarlo.',
  'password.forgot': '¿Olvidaste tu contraseña?',

  'devices.title': 'Dispositivos con la sesión iniciada',
  'devices.intro': 'Dónde tienes la sesión de recipro iniciada ahora mismo.',
  'devices.browserOnSystem': '{browser} en {system}',
  'devices.browser': 'Un navegador web',
  'devices.unknown': 'Un dispositivo que no pudimos identificar',
  'devices.thisDevice': 'Este dispositivo',
  'devices.lastSeen': 'Última actividad: {when}',
  'devices.since': 'Sesión iniciada el {date}',
  'devices.signOut': 'Cerrar sesión',
  'devices.signOutLabel': 'Cerrar la sesión en {device}, última actividad: {when}',
  'devices.signedOut': 'Se cerró la sesión en {device}.',
  'devices.endOthers': 'Cerrar sesión en todos los demás dispositivos',
  'devices.endedOthers':
    'Se cerró la sesión en todos los demás dispositivos. En este sigue iniciada.',
  'devices.onlyThis': 'Solo tienes la sesión iniciada en este dispositivo.',
  'devices.pending': 'Cerrando sesión…',

  'data.title': 'Llévate tus datos',
  'data.intro':
    'Todo lo que escribiste y registraste en recipro, en un archivo que puedes guardar (JSON, que otras aplicaciones pueden leer).',
  'data.export': 'Descargar mis datos',
  'data.csvIntro': 'Los gestos de cuidado de cada uno de tus círculos, como hoja de cálculo (CSV):',
  'data.csv': 'Descargar los gestos (CSV)',
  'data.noCircles': 'Cuando estés en un círculo, aquí podrás descargar sus gestos de cuidado.',

  'history.deletedTitle': 'Lo que se borra',
  'history.deletedLeave':
    'Todo lo que escribiste en {circle}: tus reflexiones, tus necesidades (privadas o compartidas), tus notas sobre gestos de cuidado y sobre momentos difíciles, tus respuestas y notas de las puestas al día y de las preguntas, las temporadas que hablan de ti y los resúmenes de chat que guardaste.',
  'history.deletedAccount':
    'Tu cuenta, y todo lo que escribiste en cada círculo: tus reflexiones, tus necesidades (privadas o compartidas), tus notas sobre gestos de cuidado y sobre momentos difíciles, tus respuestas y notas de las puestas al día y de las preguntas, las temporadas que hablan de ti y los resúmenes de chat que guardaste.',
  'history.staysTitle': 'Lo que queda para el resto del círculo',
  'history.acts':
    'Los gestos de cuidado que diste o recibiste siguen en su historia, como de o para «alguien que dejó el círculo», sin tus notas.',
  'history.theirs': 'Lo que escribieron las demás personas sigue siendo suyo.',
  'history.load':
    'Lo que asumiste al repartir la carga vuelve a quedar libre para el resto, y dejas los rituales de los que formabas parte.',
  'history.lastOne':
    'Eres la última persona en {circle}, así que también se borra el círculo, con todo lo que contiene.',
  'history.lastIn':
    '{count, plural, one {Eres la última persona en {circles}, así que se borra con todo lo que contiene.} other {Eres la última persona en {circles}, así que se borran con todo lo que contienen.}}',

  'leave.title': 'Salir de un círculo',
  'leave.intro':
    'Puedes salir de cualquier círculo en cualquier momento. Nadie tiene que dar su acuerdo.',
  'leave.open': 'Salir de {circle}…',
  'leave.confirmTitle': '¿Salir de {circle}?',
  'leave.confirm': 'Salir de {circle}',
  'leave.pending': 'Saliendo…',
  'leave.cancel': 'Seguir en el círculo',
  'leave.done': 'Saliste de {circle}.',
  'leave.none': 'Ahora mismo no estás en ningún círculo.',

  'remove.title': 'Borrar tu cuenta',
  'remove.intro':
    'Esto borra tu cuenta y cierra tu sesión en todos los dispositivos. No se puede deshacer.',
  'remove.downloadFirst': 'Quizá quieras descargar tus datos antes.',
  'remove.open': 'Borrar mi cuenta…',
  'remove.confirmTitle': '¿Borrar tu cuenta para siempre?',
  'remove.password': 'Tu contraseña',
  'remove.password.hint': 'Para asegurarnos de que eres tú.',
  'remove.confirm': 'Borrar mi cuenta',
  'remove.pending': 'Borrando…',
  'remove.cancel': 'Conservar mi cuenta',

  'signIn.goodbye': 'Tu cuenta se ha borrado. Gracias por el cuidado que compartiste aquí.',
  'signIn.passwordSet': 'Tu contraseña nueva está lista. Inicia sesión con ella aquí abajo.',

  'forgot.title': '¿Olvidaste tu contraseña?',
  'forgot.intro':
    'Dinos el correo con el que te registraste y te enviaremos un enlace para crear una contraseña nueva.',
  'forgot.submit': 'Envíame un enlace',
  'forgot.pending': 'Enviando…',
  'forgot.sent':
    'Si hay una cuenta con {email}, va de camino un enlace para crear una contraseña nueva. Funciona una sola vez. Si no llega, mira también en la carpeta de correo no deseado.',
  'forgot.noEmail':
    'Este recipro no envía correos, así que no puede enviarte un enlace. La persona que lo administra puede crear uno: pídele que ejecute el comando de abajo en el equipo donde funciona recipro y que te envíe el enlace de un solo uso que aparece.',
  'forgot.commandLabel': 'Lo que debe ejecutar, con tu propia dirección de correo al final:',
  'forgot.backToSignIn': 'Volver a iniciar sesión',

  'reset.title': 'Elige una contraseña nueva',
  'reset.intro': 'Es la contraseña con la que iniciarás sesión a partir de ahora.',
  'reset.password': 'Contraseña nueva',
  'reset.submit': 'Guardar la contraseña nueva',
  'reset.pending': 'Guardando…',
  'reset.expired':
    'Este enlace ya se usó o es demasiado antiguo. Pide uno nuevo y úsalo poco después de recibirlo.',
  'reset.askAgain': 'Pedir un enlace nuevo',

  'confirmEmail.title': 'Confirmando tu correo',
  'confirmEmail.pending': 'Un momento, estamos confirmando tu dirección de correo…',
  'confirmEmail.doneTitle': 'Tu correo está confirmado',
  'confirmEmail.done': 'Gracias. A partir de ahora, recipro usará {email} para escribirte.',
  'confirmEmail.doneShort': 'Gracias, tu dirección de correo está confirmada.',
  'confirmEmail.doneSignedOut': 'Gracias. Inicia sesión con tu dirección de correo para continuar.',
  'confirmEmail.failedTitle': 'Este enlace no se puede usar',
  'confirmEmail.expired':
    'Ya se usó o es demasiado antiguo. Puedes pedir uno nuevo en Ajustes, en «Sobre ti».',
  'confirmEmail.taken':
    'Mientras tanto, otra cuenta empezó a usar esta dirección de correo, así que tu correo sigue como estaba.',
  'confirmEmail.toSettings': 'Ir a Ajustes',
  'confirmEmail.toHome': 'Ir a tus círculos',
  'confirmEmail.toSignIn': 'Iniciar sesión',
  'confirmEmail.signInToAsk': 'Inicia sesión para pedir un enlace nuevo',
};
