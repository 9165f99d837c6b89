package dev.verbatim.ingest;

import java.util.regex.Pattern;

/** Page furniture that is never part of a statement: print and share links, toolbars, copyright lines. */
final class Boilerplate {

    private static final Pattern TOKENS = Pattern.compile(
            "(?iu)envoyer ce lien à un ami|imprimer( cette page)?|partager( sur)?|fermer( la fenêtre)?|retour en haut"
                    + "|print( this page| version| friendly)?|send (this )?to a friend|suggest to a friend|e-?mail this( page)?"
                    + "|share( this| on)?|close( window)?|back to top|top|tweet|facebook|twitter|linkedin|whatsapp"
                    + "|关闭窗口|关闭|打印本页|打印|推荐给朋友|确定|分享到|返回顶部|微信|微博|字体[:：]\\s*大\\s*中\\s*小|字号[:：]\\s*大\\s*中\\s*小");
    private static final Pattern LEFTOVER = Pattern.compile("[\\s\\p{Punct}\\[\\]【】（）()|·•»«>:：,，]*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)^(©|\\(c\\)|copyright\\b|版权所有|tous droits réservés|all rights reserved).*|.*(©|版权所有|all rights reserved|tous droits réservés).*");

    private Boilerplate() {
    }

    /** Whether a whole line is furniture: only such links and separators, or a short copyright notice. */
    static boolean isBoilerplate(String line) {
        String plain = PageText.plainSpaces(line);
        if (plain.length() < 200 && COPYRIGHT.matcher(plain).matches()) {
            return true;
        }
        String rest = TOKENS.matcher(plain).replaceAll("");
        return rest.length() < plain.length() && LEFTOVER.matcher(rest).matches();
    }
}
