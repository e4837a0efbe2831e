/** Spanish messages for taking a tap back and for asking before a change: the translation of en-undo.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enUndo } from './en-undo.ts';

export const esUndo: CatalogueOf<typeof enUndo> = {
  'undo.action': 'Deshacer',
  'undo.pending': 'Deshaciendo…',
  'undo.close': 'Cerrar este mensaje',
  'undo.logged.undone': 'Deshecho. No se registró nada.',
  'undo.noticed': 'Lo notaste: {form} de {name}.',
  'undo.noticed.undone': 'Deshecho. Ya no está marcado como notado.',
  'undo.questioned': 'Dijiste que no reconoces esto: {form} de {name}.',
  'undo.questioned.undone': 'Deshecho. Vuelve a tenerse en cuenta.',
  'undo.taken.undone': 'Devuelto. «{title}» queda como estaba.',
  'undo.thanked.undone': 'Deshecho. Tu agradecimiento ya no aparece.',
  'undo.done.undone': 'Deshecho. Ya no está marcado como hecho.',

  'confirm.ritual.stop':
    '«{title}» se detendrá para todas las personas que participan: no habrá más recordatorios y saldrá de esta lista.',
  'confirm.ritual.stop.yes': 'Detenerlo',
  'confirm.ritual.stop.pending': 'Deteniendo…',
  'confirm.ritual.stop.keep': 'Mantenerlo',
  'confirm.load.remove':
    '«{title}» saldrá de Repartir la carga para todo el círculo, junto con quién se encarga de cada fase.',
  'confirm.load.remove.yes': 'Quitar',
  'confirm.season.end':
    'Esta temporada terminará hoy. Seguirá en tu historial, y el equilibrio dejará de tenerla en cuenta.',
  'confirm.season.end.yes': 'Terminarla hoy',
  'confirm.season.end.pending': 'Terminando…',
  'confirm.season.remove':
    'Esta temporada se eliminará, y el equilibrio ya no tendrá en cuenta esos días.',
  'confirm.season.remove.yes': 'Eliminarla',
  'confirm.device.signOut':
    'Se cerrará la sesión en {device}. Para volver a usar recipro allí hará falta tu contraseña.',
  'confirm.device.signOut.yes': 'Cerrar la sesión allí',
  'confirm.device.others':
    'Se cerrará la sesión en todos los demás dispositivos. En este seguirá abierta.',
  'confirm.device.others.yes': 'Cerrar esas sesiones',
  'confirm.calendar.renew':
    'La dirección antigua dejará de funcionar: un calendario que la use no recibirá más rituales hasta que añadas la nueva.',
  'confirm.calendar.renew.yes': 'Sí, crear una nueva',
  'confirm.calendar.renew.pending': 'Creando una nueva…',
  'confirm.request.decline':
    '{name} no entrará en este círculo. Puede volver a pedirlo con una nueva invitación.',
  'confirm.request.decline.yes': 'Decir que no',
  'circle.requests.declineLabel': 'Ahora no: la solicitud de {name} para entrar',
  'confirm.link.withdraw':
    'Este enlace dejará de funcionar: quien lo tenga ya no podrá usarlo para pedir entrar.',
  'confirm.link.withdraw.yes': 'Retirarlo',
  'members.link.withdrawLabel': 'Retirar este enlace: la invitación válida hasta {until}',

  'empty.rupture': 'Escribe primero unas palabras sobre lo que pasó. Basta con una línea.',
  'empty.values': 'Responde al menos una pregunta antes de enviar.',

  'load.handover.ask': 'Pedir hacerte cargo de esto',
  'load.handover.ask.label': 'Pedir hacerte cargo de «{title}», ahora en manos de {names}',
  'load.handover.asked':
    '{count, plural, one {Pediste hacerte cargo de una fase de «{title}».} other {Pediste hacerte cargo de # fases de «{title}».}}',
  'load.handover.waiting': 'Pediste hacerte cargo de esto. Pasará a ti cuando te digan que sí.',
  'load.handover.held':
    'Otra persona se encarga de parte de esto. Pídeselo, y pasará a ti cuando te diga que sí.',
};
