/** The five directives the site exists for, in the order a trainee meets them. */
export const KEY_DOCUMENT_IDS = ['36-nq-tw', '12-ct-tw', '57-kl-tw', '272-qd-tw', '80-2020-nd-cp'] as const;
