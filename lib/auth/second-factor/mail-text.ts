// The mail telling a user that an administrator reset their second factor, in their language.
const TEXTS = {
  en: {
    subject: "SP Portal: your second factor was reset",
    text: "An administrator of SP Portal reset the second factor of your account (authenticator app, recovery codes and passkeys) and ended your sessions. Sign in with your password and set up a second factor again.\n\nIf you did not ask for this, tell the OHCHR secretariat at once.",
  },
  fr: {
    subject: "SP Portal : votre second facteur a été réinitialisé",
    text: "Un administrateur de SP Portal a réinitialisé le second facteur de votre compte (application d'authentification, codes de secours et clés d'accès) et fermé vos sessions. Connectez-vous avec votre mot de passe et configurez à nouveau un second facteur.\n\nSi vous n'êtes pas à l'origine de cette demande, prévenez immédiatement le secrétariat du HCDH.",
  },
  es: {
    subject: "SP Portal: se restableció su segundo factor",
    text: "Un administrador de SP Portal restableció el segundo factor de su cuenta (aplicación de autenticación, códigos de recuperación y llaves de acceso) y cerró sus sesiones. Inicie sesión con su contraseña y configure de nuevo un segundo factor.\n\nSi usted no lo pidió, avise de inmediato a la secretaría del ACNUDH.",
  },
} as const;

export function resetMailText(locale: string): { subject: string; text: string } {
  return TEXTS[(locale in TEXTS ? locale : "en") as keyof typeof TEXTS];
}
