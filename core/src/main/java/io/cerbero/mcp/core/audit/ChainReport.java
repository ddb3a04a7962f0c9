package io.cerbero.mcp.core.audit;

import java.util.List;

/**
 * What a walk of the hash chain found.
 *
 * @param ok          true when every record links to the one before and its hash matches its content
 * @param records     records checked
 * @param files       files walked, oldest first
 * @param firstSeq    seq of the first record walked (older records may have been removed by retention), or null
 * @param lastSeq     seq of the last record walked, or null
 * @param brokenLink  the first broken link, or null when {@code ok}
 */
public record ChainReport(boolean ok, long records, List<String> files, Long firstSeq, Long lastSeq,
                          BrokenLink brokenLink) {
    public ChainReport {
        files = List.copyOf(files);
    }

    /**
     * @param file   file name
     * @param line   line number in that file, from 1
     * @param seq    seq of the record, when the line could be read
     * @param reason what is wrong
     */
    public record BrokenLink(String file, long line, Long seq, String reason) {
    }
}
