/// <reference types="office-js" />
// Short zh-CN notice after a ribbon command, through Office.NotificationMessages where the host has them
// (item.notificationMessages, an Outlook surface). Excel has no notification surface for function commands, so
// there this does nothing and the marks in the sheet are the feedback. Never throws, never rejects.
import type { NoticeKind } from "./one-click";

/** Key of our one notification; replaceAsync keeps a single message instead of stacking them. */
export const NOTICE_KEY = "ziping-one-click";
/** bt:Image resource shown with informational messages (manifest.xml). */
export const NOTICE_ICON = "Icon.16x16";

interface NotificationMessagesLike {
  replaceAsync(key: string, details: object, callback?: (result: unknown) => void): void;
}

export function notifyOffice(message: string, kind: NoticeKind): Promise<void> {
  const target = findNotificationMessages();
  if (!target) return Promise.resolve();
  const details =
    kind === "error"
      ? { type: "errorMessage", message: message }
      : { type: "informationalMessage", message: message, icon: NOTICE_ICON, persistent: false };
  return new Promise<void>(function (resolve) {
    try {
      target.replaceAsync(NOTICE_KEY, details, function () {
        resolve();
      });
    } catch (err) {
      resolve();
    }
  });
}

function findNotificationMessages(): NotificationMessagesLike | null {
  if (typeof Office === "undefined" || !Office.context) return null;
  const context = Office.context as unknown as { mailbox?: { item?: { notificationMessages?: NotificationMessagesLike } } };
  const item = context.mailbox && context.mailbox.item;
  const messages = item && item.notificationMessages;
  return messages && typeof messages.replaceAsync === "function" ? messages : null;
}
