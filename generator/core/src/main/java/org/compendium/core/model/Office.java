package org.compendium.core.model;

import java.util.Optional;

/**
 * A contact office (受理处室) from the {@code offices:} registry of compendium.yaml, referenced by its key from
 * policies' {@code apply:} blocks.
 *
 * @param key     the registry key, {@code [a-z0-9][a-z0-9-]*}; names the office's page
 * @param name    e.g. 示例市科学技术局高新技术处
 * @param phone   联系电话, e.g. 0592-5550101
 * @param address 办公地址
 * @param hours   办公时间, when given
 */
public record Office(String key, String name, String phone, String address, Optional<String> hours) {

    /** The phone number for a {@code tel:} link: the first number's digits (and a leading +). */
    public String telHref() {
        return telOf(phone);
    }

    /** {@code tel:} form of the first number in {@code phone}, e.g. 0592-5550101 → {@code 05925550101}. */
    public static String telOf(String phone) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && out.isEmpty()) {
                out.append(c);
            } else if (c == '、' || c == ',' || c == '，' || c == '/' || c == ';' || c == '；' || c == '转') {
                break;
            }
        }
        return out.toString();
    }
}
