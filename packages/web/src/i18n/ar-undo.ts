/** Arabic messages for undoing a tap and asking before a change: the translation of en-undo.ts. */
import type { CatalogueOf } from './catalogue.ts';
import type { enUndo } from './en-undo.ts';

export const arUndo: CatalogueOf<typeof enUndo> = {
  'undo.action': 'تراجع',
  'undo.pending': 'جارٍ التراجع…',
  'undo.close': 'إغلاق هذه الرسالة',
  'undo.logged.undone': 'تمّ التراجع. لم يُسجَّل شيء.',
  'undo.noticed': 'لاحظت {form} من {name}.',
  'undo.noticed.undone': 'تمّ التراجع. لم تعد اللفتة مُعلَّمة بـ«لاحظتُ».',
  'undo.questioned': 'أشرت إلى عدم تعرّفك على {form} من {name}.',
  'undo.questioned.undone': 'تمّ التراجع. عادت اللفتة محسوبة من جديد.',
  'undo.taken.undone': 'أُعيدت المهمة إلى ما كانت عليه: «{title}».',
  'undo.thanked.undone': 'تمّ التراجع. لم يعد شكرك ظاهرًا.',
  'undo.done.undone': 'تمّ التراجع. لم يعد الطقس مُعلَّمًا بأنه أُنجز.',

  'confirm.ritual.stop':
    'سيتوقف الطقس «{title}» لكل المشاركين فيه: لا تذكيرات بعد الآن، ويختفي من هذه القائمة.',
  'confirm.ritual.stop.yes': 'إيقافه',
  'confirm.ritual.stop.pending': 'جارٍ الإيقاف…',
  'confirm.ritual.stop.keep': 'الاستمرار فيه',
  'confirm.load.remove':
    'ستُزال المسؤولية «{title}» من «تقاسم الأعباء» لدى الجميع في الدائرة، ومعها من يتولّى كل خطوة منها.',
  'confirm.load.remove.yes': 'إزالتها',
  'confirm.season.end':
    'ستنتهي هذه المرحلة اليوم. تبقى في سجلّك، ولن يفسح التوازن لها مجالًا بعد الآن.',
  'confirm.season.end.yes': 'إنهاؤها اليوم',
  'confirm.season.end.pending': 'جارٍ الإنهاء…',
  'confirm.season.remove': 'ستُحذف هذه المرحلة، ولن يفسح التوازن مجالًا لتلك الأيام بعد الآن.',
  'confirm.season.remove.yes': 'حذفها',
  'confirm.device.signOut':
    'سيُسجَّل الخروج من {device}. وسيتطلّب استخدام recipro هناك كلمة المرور من جديد.',
  'confirm.device.signOut.yes': 'تسجيل الخروج منه',
  'confirm.device.others': 'سيُسجَّل الخروج من كل الأجهزة الأخرى. ويبقى هذا الجهاز مسجَّل الدخول.',
  'confirm.device.others.yes': 'تسجيل الخروج منها',
  'confirm.calendar.renew':
    'سيتوقف العنوان القديم عن العمل: لن تصل الطقوس بعد الآن إلى أي تقويم يستخدمه، حتى يُضاف العنوان الجديد.',
  'confirm.calendar.renew.yes': 'نعم، إنشاء عنوان جديد',
  'confirm.calendar.renew.pending': 'جارٍ إنشاء عنوان جديد…',
  'confirm.request.decline':
    'لن يُقبَل انضمام {name} إلى هذه الدائرة الآن. ويمكن طلب الانضمام من جديد بدعوة جديدة.',
  'confirm.request.decline.yes': 'رفض الطلب',
  'circle.requests.declineLabel': 'ليس الآن: طلب {name} للانضمام',
  'confirm.link.withdraw':
    'سيتوقف هذا الرابط عن العمل: لن يتمكّن من لديه الرابط من طلب الانضمام به بعد الآن.',
  'confirm.link.withdraw.yes': 'سحبه',
  'members.link.withdrawLabel': 'سحب هذا الرابط: الدعوة الصالحة حتى {until}',

  'empty.rupture': 'يُرجى أولًا كتابة بضع كلمات عمّا حدث. يكفي سطر واحد.',
  'empty.values': 'يُرجى الإجابة عن سؤال واحد على الأقل قبل الإرسال.',

  'load.handover.ask': 'طلب تولّي هذه المهمة',
  'load.handover.ask.label': 'طلب تولّي هذه المهمة: «{title}»، من {names}',
  'load.handover.asked':
    '{count, plural, zero {لم يشمل طلبك أي خطوة من «{title}».} one {طلبت تولّي خطوة واحدة من «{title}».} two {طلبت تولّي خطوتين من «{title}».} few {طلبت تولّي # خطوات من «{title}».} many {طلبت تولّي # خطوة من «{title}».} other {طلبت تولّي # خطوة من «{title}».}}',
  'load.handover.waiting': 'طلبت تولّي هذه المهمة. وستنتقل إليك حين تأتي الموافقة.',
  'load.handover.held':
    'هناك من يتولّى جزءًا من هذه المهمة. يمكنك طلبها، وستنتقل إليك حين تأتي الموافقة.',
};
