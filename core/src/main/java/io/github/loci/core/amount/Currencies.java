package io.github.loci.core.amount;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Currency symbols and ISO 4217 codes, written the same way in every language; they may stand
 * before or after the number. Currency names are words of each language: see {@link AmountWords}.
 */
final class Currencies {
  /**
   * Symbols, matched case-sensitively. "$" alone is read as US dollars, as in most international
   * news; the peso, Canadian or Australian dollar written with a bare "$" is therefore misread. "¥"
   * alone is read as the Japanese yen; the yuan is written "CN¥", "yuan", "RMB" or "CNY".
   */
  static final Map<String, String> SYMBOLS = symbols();

  /** Codes, matched case-sensitively: "USD 5", "5 USD", never "usd". */
  static final Map<String, String> CODES = codes();

  private Currencies() {}

  private static Map<String, String> symbols() {
    Map<String, String> symbols = new LinkedHashMap<>();
    symbols.put("US$", "USD");
    symbols.put("U$S", "USD");
    symbols.put("U.S.$", "USD");
    symbols.put("$", "USD");
    symbols.put("HK$", "HKD");
    symbols.put("NT$", "TWD");
    symbols.put("NZ$", "NZD");
    symbols.put("A$", "AUD");
    symbols.put("AU$", "AUD");
    symbols.put("C$", "CAD");
    symbols.put("CA$", "CAD");
    symbols.put("S$", "SGD");
    symbols.put("R$", "BRL");
    symbols.put("MX$", "MXN");
    symbols.put("€", "EUR");
    symbols.put("£", "GBP");
    symbols.put("¥", "JPY");
    symbols.put("CN¥", "CNY");
    symbols.put("₫", "VND");
    symbols.put("₹", "INR");
    symbols.put("₩", "KRW");
    return Map.copyOf(symbols);
  }

  private static Map<String, String> codes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String code :
        new String[] {
          "USD", "EUR", "GBP", "CNY", "JPY", "VND", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD", "CHF",
          "INR", "KRW", "BRL", "MXN", "COP", "ARS", "CLP", "PEN", "RUB"
        }) {
      codes.put(code, code);
    }
    codes.put("RMB", "CNY");
    codes.put("VNĐ", "VND");
    return Map.copyOf(codes);
  }
}
