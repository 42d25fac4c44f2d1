// Facebook: the Lexical composers of the post dialog and of comments, and the post a comment answers. Every label is
// localized, so controls and comment boxes are known by their place first and by their (English or other) label second.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

/** The post dialog's Post label in Facebook's most used UI languages: one signal among others (see `dialogSubmit`). */
export const FACEBOOK_POST_LABELS = [
  "Post",
  "Publier",
  "Posten",
  "Publicar",
  "Pubblica",
  "Publiceren",
  "Opublikuj",
  "Publicera",
  "Publicer",
  "Julkaise",
  "Yayınla",
  "Опубликовать",
  "Опублікувати",
  "Δημοσίευση",
  "Đăng",
  "Kirim",
  "Posting",
  "投稿",
  "게시",
  "发帖",
  "發佈",
  "פרסום",
  "نشر",
  "पोस्ट करें",
];

/** How comment and reply boxes are labelled (aria-label prefixes), in the same languages; they send on Enter. */
export const FACEBOOK_COMMENT_LABELS = [
  "Write a comment",
  "Write a public comment",
  "Write a reply",
  "Comment as",
  "Reply to",
  "Écrivez un commentaire",
  "Écrire un commentaire",
  "Commenter en tant que",
  "Répondre à",
  "Schreibe einen Kommentar",
  "Kommentieren als",
  "Antworten",
  "Escribe un comentario",
  "Comentar como",
  "Responder a",
  "Escreva um comentário",
  "Scrivi un commento",
  "Commenta come",
  "Rispondi a",
  "Schrijf een opmerking",
  "Napisz komentarz",
  "Skriv en kommentar",
  "Yorum yaz",
  "Напишите комментарий",
  "コメントを入力",
  "コメントする",
  "댓글을 입력하세요",
  "写评论",
  "留言",
  "اكتب تعليقًا",
];

const byLabelPrefix = (labels: readonly string[]) =>
  labels.map((label) => `[role="textbox"][aria-label^="${label}"]`).join(", ");

export const facebook: SiteAdapter = {
  id: "facebook",
  name: "Facebook",
  hosts: HOSTS.facebook,
  composers: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[role="dialog"] [contenteditable="true"][role="textbox"]',
  ],
  // There is no <form>; the dialog's Post control is a div whose label follows the UI language.
  submitButtons: [
    ...FACEBOOK_POST_LABELS.map((label) => `[role="dialog"] [role="button"][aria-label="${label}"]`),
    // The comment box's send arrow.
    '#focused-state-composer-submit [role="button"]',
  ],
  submitButtonTexts: [{ selector: '[role="dialog"] [role="button"]', texts: FACEBOOK_POST_LABELS }],
  // In any language: the last control with text after the editor in its dialog is the dialog's Post.
  dialogSubmit: { dialog: '[role="dialog"]', control: '[role="button"], button' },
  submitKeys: [],
  // Comments send on Enter (Shift+Enter adds a line); the post dialog only sends from its button. A comment box is
  // known by its place (outside any dialog, under a post or comment, in a dialog that shows a post) or its label.
  submitKeysWithin: [
    { within: '[role="textbox"]:not([role="dialog"] *)', keys: ["enter"] },
    { within: '[role="article"] [role="textbox"]', keys: ["enter"] },
    { within: byLabelPrefix(FACEBOOK_COMMENT_LABELS), keys: ["enter"] },
    { within: '[role="dialog"]:has([role="article"]) [role="textbox"]', keys: ["enter"] },
  ],
  replyContext: [
    // Replying to a comment: the comment's own article (nested in the post's; its label is localized).
    {
      container: '[role="article"][aria-label^="Comment by"], [role="article"] [role="article"]',
      text: 'div[dir="auto"]',
    },
    // Commenting on a post: the post's message.
    { container: '[role="article"]', text: '[data-ad-preview="message"], [data-ad-comet-preview="message"]' },
  ],
  writePaths: ["execCommand", "beforeinput", "paste", "textNode"],
};
