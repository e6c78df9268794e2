package org.compendium.core.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The document information of one edition's PDF, and its fixed identity: dates from the build time and a
 * file ID derived from the content, so rebuilding the same input gives the same bytes.
 *
 * @param title     e.g. 示例市科技政策汇编（2024年版）
 * @param author    the publisher
 * @param subject   what the book holds
 * @param keywords  comma-separated
 * @param language  BCP 47, e.g. zh-CN
 * @param buildTime the fixed build time (CreationDate and ModDate)
 * @param identity  text the file ID is hashed from (title, build time, the edition's policy ids)
 */
public record PdfMetadata(String title, String author, String subject, String keywords, String language,
                          Instant buildTime, String identity) {

    public static final String CREATOR = "compendium generator (OpenPDF html renderer)";

    /** The build time as a UTC calendar, for PdfDate (the JVM's default zone is never consulted). */
    public Calendar calendar() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(buildTime.toEpochMilli());
        return calendar;
    }

    /** 16 bytes for the trailer's /ID, both halves equal (a first version of the file). */
    public byte[] fileId() {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(
                    (identity + "\n" + buildTime).getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
