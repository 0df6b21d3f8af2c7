import { z } from "zod";

/**
 * An e-mail address the mailer sends to exactly as it was typed: the rule browsers apply to
 * `<input type="email">` (WHATWG, zod's html5Email), which leaves out quotes, angle brackets,
 * commas, spaces and control characters (a header would read "<a>@exemple.fr" as another
 * recipient), plus a dot in the domain (a patient or an agent has no mailbox on a bare host
 * name), and at most 254 characters (RFC 5321, and the columns).
 */
const address = z
  .email({ pattern: z.regexes.html5Email })
  .max(254)
  .refine((email) => email.slice(email.indexOf("@") + 1).includes("."));

export function isEmailAddress(text: string): boolean {
  return address.safeParse(text).success;
}
