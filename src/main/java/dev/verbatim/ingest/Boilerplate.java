package dev.verbatim.ingest;

import java.util.regex.Pattern;

/**
 * Page furniture that is never part of a statement: print and share links, "link copied" notes,
 * toolbars, copyright lines, in each language read.
 */
final class Boilerplate {

    private static final Pattern TOKENS = Pattern.compile(
            "(?iu)envoyer ce lien à un ami|imprimer( cette page)?|partager( sur)?|fermer( la fenêtre)?|retour en haut"
                    + "|print( this page| version| friendly)?|send (this )?to a friend|suggest to a friend|e-?mail this( page)?"
                    + "|share( this| on)?|close( window)?|back to top|top|tweet|facebook|twitter|linkedin|whatsapp"
                    + "|copy link|link copied|lien copié|copier le lien|compartir|imprimir|enlace copiado|поделиться|печать|teilen|drucken"
                    + "|link kopiert|共有|印刷|リンクをコピー|مشاركة|طباعة"
                    + "|关闭窗口|關閉窗口|关闭|打印本页|打印|列印|推荐给朋友|确定|分享到|分享|返回顶部|微信|微博|链接已复制|複製連結|复制链接|扫一扫"
                    + "|字体[:：]\\s*大\\s*中\\s*小|字号[:：]\\s*大\\s*中\\s*小|字體[:：]\\s*大\\s*中\\s*小");
    private static final Pattern LEFTOVER = Pattern.compile("[\\s\\p{Punct}\\[\\]【】（）()|·•»«>:：,，]*");
    /** A notice starts or ends like one; a sentence that merely mentions rights is not dropped. */
    private static final Pattern NOTICE_START = Pattern.compile("(?iu)(©|\\(c\\)|copyright\\b|版权所有)");
    private static final Pattern NOTICE_END = Pattern.compile("(?iu)(all rights reserved|tous droits réservés|版权所有)\\W*$");
    /** The longest of the phrases a notice ends with. */
    private static final int LONGEST_ENDING = "tous droits réservés".length();
    /** Copyright notices are short, and links and toolbars shorter: longer lines are never checked. */
    private static final int LONGEST_NOTICE = 200;
    private static final int LONGEST_TOOLBAR = 80;

    private Boilerplate() {
    }

    /** Whether a whole line is furniture: only such links and separators, or a short copyright notice. */
    static boolean isBoilerplate(String line) {
        if (line.length() >= LONGEST_NOTICE) {
            return false;
        }
        String plain = PageText.plainSpaces(line);
        if (isCopyrightNotice(plain)) {
            return true;
        }
        if (plain.length() > LONGEST_TOOLBAR) {
            return false;
        }
        String rest = TOKENS.matcher(plain).replaceAll("");
        return rest.length() < plain.length() && LEFTOVER.matcher(rest).matches();
    }

    /**
     * Whether a line starts or ends like a copyright notice. The ending is looked for in the line's
     * tail only, its closing punctuation and the longest phrase before it, not from every position.
     */
    private static boolean isCopyrightNotice(String line) {
        if (NOTICE_START.matcher(line).lookingAt()) {
            return true;
        }
        int closing = 0;
        while (closing < line.length() && !Character.isLetterOrDigit(line.codePointBefore(line.length() - closing))) {
            closing += Character.charCount(line.codePointBefore(line.length() - closing));
        }
        int from = Math.max(0, line.length() - closing - LONGEST_ENDING);
        return NOTICE_END.matcher(line).region(from, line.length()).find();
    }
}
