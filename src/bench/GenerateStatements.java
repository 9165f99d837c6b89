import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Writes N generated statements as JSON lines in the shape POST /api/v1/statements and the
 * import command take: English, French and Chinese, 0 to 25 Q&A pairs, answers of one to three
 * paragraphs, dates spread over twenty years. Sizes follow the real pages of the corpus (about
 * 7.5 KB on average, from 1 KB declarations to 20 KB transcripts). The same seed always gives
 * the same statements.
 *
 * Usage: java src/bench/GenerateStatements.java N [SEED] > statements.ndjson
 */
public class GenerateStatements {

    record Issuer(String id, String name, String language, String zone) {
    }

    static final List<Issuer> ISSUERS = List.of(
            new Issuer("bench-ministry-foreign-affairs", "Ministry of Foreign Affairs (generated)", "en", "Asia/Shanghai"),
            new Issuer("bench-state-department", "Department of State (generated)", "en", "America/New_York"),
            new Issuer("bench-foreign-office", "Foreign Office (generated)", "en", "Europe/London"),
            new Issuer("bench-embassy-canberra", "Embassy in Canberra (generated)", "en", "Australia/Sydney"),
            new Issuer("bench-ministere-affaires-etrangeres", "Ministère des Affaires étrangères (généré)", "fr", "Europe/Paris"),
            new Issuer("bench-ambassade-bruxelles", "Ambassade à Bruxelles (générée)", "fr", "Europe/Brussels"),
            new Issuer("bench-ambassade-ottawa", "Ambassade à Ottawa (générée)", "fr", "America/Toronto"),
            new Issuer("bench-waijiaobu", "外交部（生成）", "zh", "Asia/Shanghai"),
            new Issuer("bench-dashiguan", "驻外使馆（生成）", "zh", "Europe/Berlin"));

    static final String[] EN = ("the government minister foreign policy security cooperation trade relations question "
            + "people development peace stability international community region talks visit president "
            + "economy agreement sovereignty support position dialogue partners sanctions climate health "
            + "vaccine pandemic report data cyber attacks evidence investigation principle bilateral "
            + "multilateral summit council treaty border maritime energy investment growth market rights "
            + "we they it is are has have will would should can not no any all our their this that "
            + "with for from about on in at by to of and or as be been made said noted firmly oppose urge").split(" ");
    static final String[] FR = ("le la les gouvernement ministre politique étrangère sécurité coopération commerce relations "
            + "question peuple développement paix stabilité communauté internationale région entretiens visite "
            + "président économie accord souveraineté soutien position dialogue partenaires sanctions climat "
            + "santé vaccin pandémie rapport données cyberattaques preuves enquête principe bilatéral "
            + "multilatéral sommet conseil traité frontière énergie investissement croissance marché droits "
            + "nous ils elle est sont a ont sera serait doit peut ne pas aucun tous notre leur ce cette "
            + "avec pour de du des sur dans à par et ou comme été fait dit noté fermement oppose exhorte").split(" ");
    static final String[] ZH = ("中方 美方 政府 外交部 发言人 合作 安全 发展 和平 稳定 国际社会 地区 会谈 访问 主席 经济 协议 主权 "
            + "支持 立场 对话 伙伴 制裁 气候 卫生 疫苗 疫情 报告 数据 网络攻击 证据 调查 原则 双边 多边 峰会 理事会 条约 "
            + "边界 海洋 能源 投资 增长 市场 人权 我们 他们 是 有 将 应该 可以 不 没有 所有 这 那 同 为 从 关于 在 对 "
            + "和 或 已经 表示 坚决 反对 敦促 希望 认为 指出 强调").split(" ");

    static final int VOCABULARY = 5000;
    static final java.util.Map<String, String[]> VOCABULARIES = new java.util.HashMap<>();
    static final double[] ZIPF = new double[VOCABULARY];

    static {
        double sum = 0;
        for (int rank = 1; rank <= VOCABULARY; rank++) {
            sum += 1.0 / rank;
            ZIPF[rank - 1] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            ZIPF[i] /= sum;
        }
        for (String language : List.of("en", "fr", "zh")) {
            VOCABULARIES.put(language, vocabulary(language));
        }
    }

    /** The real words first, then made-up ones from syllables (Latin) or pairs of common characters (Chinese). */
    static String[] vocabulary(String language) {
        String[] real = switch (language) {
            case "fr" -> FR;
            case "zh" -> ZH;
            default -> EN;
        };
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(List.of(real));
        Random random = new Random(language.hashCode());
        String consonants = "bcdfghjklmnprstvz";
        String vowels = language.equals("fr") ? "aeiouéè" : "aeiou";
        String hanzi = "国家人民大中会议和发展合作问题经济社会安全政府部长关系地区世界重要工作方面进行表示希望双方推动加强共同"
                + "领域建设交流原则立场政策情况支持维护利益责任国际组织机制框架改革开放全球治理贸易投资金融科技创新能源环境"
                + "气候卫生健康教育文化青年媒体记者消息报道事件声明会谈访问总统总理外长大使馆领事保护公民企业项目港口铁路";
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            if (language.equals("zh")) {
                word.append(hanzi.charAt(random.nextInt(hanzi.length()))).append(hanzi.charAt(random.nextInt(hanzi.length())));
                if (random.nextInt(3) == 0) {
                    word.append(hanzi.charAt(random.nextInt(hanzi.length())));
                }
            } else {
                int syllables = 2 + random.nextInt(3);
                for (int i = 0; i < syllables; i++) {
                    word.append(consonants.charAt(random.nextInt(consonants.length())))
                            .append(vowels.charAt(random.nextInt(vowels.length())));
                }
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    static String zipf(Random random, String[] words) {
        int rank = java.util.Arrays.binarySearch(ZIPF, random.nextDouble());
        return words[Math.min(rank < 0 ? -rank - 1 : rank, words.length - 1)];
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--query-words")) {
            // English and French only: made-up Chinese words are pairs of common characters that
            // smartcn rightly splits into single characters found everywhere, unlike real words.
            Random random = new Random(7);
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                String[] words = VOCABULARIES.get(i % 2 == 0 ? "en" : "fr");
                int realWords = i % 2 == 0 ? EN.length : FR.length;
                System.out.println(words[realWords + random.nextInt(VOCABULARY - realWords)]);
            }
            return;
        }
        int count = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 42L);
        LocalDateTime start = LocalDateTime.of(2006, 1, 1, 0, 0);
        long minutesOverTwentyYears = 20L * 365 * 24 * 60;
        try (var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                Issuer issuer = ISSUERS.get(random.nextInt(ISSUERS.size()));
                var local = start.plusMinutes((long) (random.nextDouble() * minutesOverTwentyYears));
                var at = local.atZone(ZoneId.of(issuer.zone())).toOffsetDateTime();
                String[] words = words(issuer.language());
                int pairs = random.nextInt(26);
                StringBuilder json = new StringBuilder(8192);
                json.append("{\"title\":").append(quote(title(random, words, issuer.language(), i)))
                        .append(",\"language\":\"").append(issuer.language())
                        .append("\",\"category\":\"Generated\",\"issuer\":{\"id\":\"").append(issuer.id())
                        .append("\",\"name\":").append(quote(issuer.name()))
                        .append("},\"publishedAt\":\"").append(at)
                        .append("\",\"timeZone\":\"").append(issuer.zone())
                        .append("\",\"text\":").append(quote(pairs == 0 || random.nextInt(3) == 0
                                ? paragraphs(random, words, issuer.language(), 1 + random.nextInt(3)) : ""))
                        .append(",\"qa\":[");
                for (int n = 1; n <= pairs; n++) {
                    if (n > 1) {
                        json.append(',');
                    }
                    json.append("{\"n\":").append(n)
                            .append(",\"question\":").append(quote(sentence(random, words, issuer.language(), 10 + random.nextInt(30)) + "?"))
                            .append(",\"answer\":").append(quote(paragraphs(random, words, issuer.language(), 1 + random.nextInt(3))))
                            .append('}');
                }
                json.append("],\"source\":{\"url\":\"https://example.org/statements/").append(i).append("\"}}\n");
                out.append(json);
            }
        }
    }

    static String[] words(String language) {
        return VOCABULARIES.get(language);
    }

    static String title(Random random, String[] words, String language, int i) {
        return sentence(random, words, language, 6 + random.nextInt(10)) + (language.equals("zh") ? "（" + i + "）" : " (" + i + ")");
    }

    static String paragraphs(Random random, String[] words, String language, int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(random, words, language, 6 + random.nextInt(15)))
                        .append(language.equals("zh") ? "。" : ". ");
            }
        }
        return text.toString().strip();
    }

    static String sentence(Random random, String[] words, String language, int length) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            if (w > 0 && !language.equals("zh")) {
                sentence.append(' ');
            }
            sentence.append(zipf(random, words));
        }
        if (!language.equals("zh")) {
            sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        }
        return sentence.toString();
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
