package goalbook.workbook.intake;

/**
 * Whether a part's first bytes are XML, whatever the part is called: after an optional byte-order mark
 * and white space, a {@code <}; UTF-16 without a mark shows as {@code <} next to a zero byte.
 */
final class XmlSniff {
    private XmlSniff() {}

    static boolean looksLikeXml(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return true;
        } else if (head.length >= 2 && (head[0] == '<' && head[1] == 0 || head[0] == 0 && head[1] == '<')) {
            return true;
        }
        for (; i < head.length; i++) {
            byte b = head[i];
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return head.length > 0; // only white space so far: let the parser judge
    }
}
