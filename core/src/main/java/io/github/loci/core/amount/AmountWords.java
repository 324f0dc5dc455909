package io.github.loci.core.amount;

import io.github.loci.analyzers.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words one language writes amounts with: scale words, currency names, qualifiers, percent
 * words and the words that make a number without a currency a sum of money.
 *
 * <p>Phrases are lower case; a space in a phrase stands for any horizontal white space. A money cue
 * ending in {@code *} is a stem: "invest*" matches "investors".
 */
final class AmountWords {
  final NumberStyle numbers;

  /** Scale words after a number or a word for one: "millones" (1e6), "mil millones" (1e9). */
  final Map<String, BigDecimal> scales;

  /** Scales that stand without a number: "mil millones", "billion" (as in "billion dollar"). */
  final Map<String, BigDecimal> bareScales;

  /** Scale letters glued to a number after a currency: "bn" in "$15bn". */
  final Map<String, BigDecimal> gluedScales;

  /** Words for one before a scale: "a", "un", "một". */
  final List<String> ones;

  /** Vague magnitudes: "millones" (1e6) in "millones de dólares", "miles" (1e3). */
  final Map<String, BigDecimal> magnitudes;

  /** Multipliers of a vague magnitude: "cientos" (100) in "cientos de millones". */
  final Map<String, BigDecimal> multipliers;

  /** The word a vague magnitude must start with ("hàng"), or empty when none is needed. */
  final String magnitudeMarker;

  /** Words between a scale and what it counts: "de", "di", "of". */
  final List<String> links;

  /** Words joining the parts of one number: "e" in "2 milioni e 300 mila". */
  final List<String> joiners;

  /** Words after a scale that make it another word: "phú" ("tỷ phú", a billionaire). */
  final List<String> notScales;

  /** Currency names and the ISO codes they stand for, after the number: "dólares" → USD. */
  final Map<String, String> currencies;

  /** Currency symbols of this language only, after the number: "đ" → VND. */
  final Map<String, String> currencySymbols;

  /** Phrases starting with a currency name that are no currency: "đồng ý" (to agree). */
  final List<String> notCurrencies;

  /** Words before an amount that qualify it: "más de" → AT_LEAST. */
  final Map<String, Qualifier> qualifiers;

  /** Words after a number that make it a percentage ("%" is in every language). */
  final List<String> percentWords;

  /** Words that make a scaled number without a currency a sum of money: "inversión". */
  final List<String> moneyCues;

  /** Phrases containing a money cue that are no money: "đánh giá" (to assess). */
  final List<String> notMoneyCues;

  private AmountWords(Builder b) {
    numbers = b.numbers;
    scales = Map.copyOf(b.scales);
    bareScales = Map.copyOf(b.bareScales);
    gluedScales = Map.copyOf(b.gluedScales);
    ones = List.copyOf(b.ones);
    magnitudes = Map.copyOf(b.magnitudes);
    multipliers = Map.copyOf(b.multipliers);
    magnitudeMarker = b.magnitudeMarker;
    links = List.copyOf(b.links);
    joiners = List.copyOf(b.joiners);
    notScales = List.copyOf(b.notScales);
    currencies = Map.copyOf(b.currencies);
    currencySymbols = Map.copyOf(b.currencySymbols);
    notCurrencies = List.copyOf(b.notCurrencies);
    qualifiers = Map.copyOf(b.qualifiers);
    percentWords = List.copyOf(b.percentWords);
    moneyCues = List.copyOf(b.moneyCues);
    notMoneyCues = List.copyOf(b.notMoneyCues);
  }

  /**
   * Returns the lexicon of a language.
   *
   * @param language one of Loci's languages
   * @return its lexicon
   */
  static AmountWords of(Language language) {
    return switch (language) {
      case ES -> spanish();
      case IT -> italian();
      case EN -> english();
      case VI -> vietnamese();
    };
  }

  private static AmountWords spanish() {
    return new Builder(NumberStyle.DECIMAL_COMMA)
        .scale("1e3", "mil")
        .scale("1e6", "millón", "millon", "millones")
        .scale("1e9", "mil millones", "millardo", "millardos")
        .scale("1e12", "billón", "billon", "billones")
        .bare("mil", "mil millones")
        .ones("un")
        .magnitude("1e3", "miles")
        .magnitude("1e6", "millones")
        .magnitude("1e9", "millardos")
        .magnitude("1e12", "billones")
        .multiplier("10", "decenas")
        .multiplier("100", "cientos", "centenares")
        .links("de")
        .joiners("y")
        .currency(
            "USD",
            "dólar",
            "dólares",
            "dolar",
            "dolares",
            "dólares estadounidenses",
            "dólares americanos")
        .currency("CAD", "dólares canadienses")
        .currency("AUD", "dólares australianos")
        .currency("HKD", "dólares de hong kong")
        .currency("EUR", "euro", "euros")
        .currency("GBP", "libra", "libras", "libras esterlinas")
        .currency("CNY", "yuan", "yuanes", "renminbi")
        .currency("JPY", "yen", "yenes")
        .currency("MXN", "pesos mexicanos")
        .currency("COP", "pesos colombianos")
        .currency("ARS", "pesos argentinos")
        .currency("CLP", "pesos chilenos")
        .qualifier(
            Qualifier.AT_LEAST,
            "más de",
            "más del",
            "mas de",
            "mas del",
            "al menos",
            "al menos el",
            "por lo menos",
            "por lo menos el",
            "como mínimo",
            "por encima de",
            "por encima del",
            "superior a",
            "superior al")
        .qualifier(
            Qualifier.APPROXIMATE,
            "cerca de",
            "cerca del",
            "casi",
            "casi el",
            "alrededor de",
            "alrededor del",
            "aproximadamente",
            "aproximadamente el",
            "en torno a",
            "en torno al",
            "unos",
            "unas")
        .qualifier(
            Qualifier.AT_MOST,
            "menos de",
            "menos del",
            "hasta",
            "hasta el",
            "como máximo",
            "no más de",
            "no más del",
            "por debajo de",
            "por debajo del",
            "inferior a",
            "inferior al")
        .percent("por ciento", "por cien")
        .moneyCues(
            "inversión",
            "inversiones",
            "inversor*",
            "invertir*",
            "invertido*",
            "invierte",
            "invierten",
            "fianza",
            "fianzas",
            "ingreso",
            "ingresos",
            "factur*",
            "precio",
            "precios",
            "coste",
            "costes",
            "costo",
            "costos",
            "cuesta",
            "cuestan",
            "costó",
            "costará",
            "pagar*",
            "pagó",
            "pago",
            "pagos",
            "pagado",
            "pagada",
            "paga",
            "pagan",
            "dinero",
            "fondo",
            "fondos",
            "financia*",
            "presupuesto*",
            "contrato",
            "contratos",
            "venta",
            "ventas",
            "beneficio",
            "beneficios",
            "ganancia*",
            "pérdida*",
            "deuda*",
            "préstamo*",
            "crédito*",
            "el capital",
            "valor",
            "valorad*",
            "valoración",
            "recaud*",
            "gasto",
            "gastos",
            "gastar",
            "gastó",
            "adquisición",
            "compra",
            "multa",
            "multas",
            "pesos")
        .notMoneyCues("a fondo", "en el fondo", "de fondo")
        .build();
  }

  private static AmountWords italian() {
    return new Builder(NumberStyle.DECIMAL_COMMA)
        .scale("1e3", "mila")
        .scale("1e6", "milione", "milioni", "mln")
        .scale("1e9", "miliardo", "miliardi", "mld", "mrd")
        .scale("1e12", "mila miliardi")
        .scale("1e3", "mille")
        .scale("1e12", "mille miliardi")
        .bare("mille", "mille miliardi")
        .ones("un")
        .magnitude("1e3", "migliaia")
        .magnitude("1e6", "milioni")
        .magnitude("1e9", "miliardi")
        .multiplier("10", "decine")
        .multiplier("100", "centinaia")
        .links("di")
        .joiners("e")
        .currency(
            "USD", "dollaro", "dollari", "dollari americani", "dollari statunitensi", "dollari usa")
        .currency("CAD", "dollari canadesi")
        .currency("AUD", "dollari australiani")
        .currency("HKD", "dollari di hong kong")
        .currency("EUR", "euro")
        .currency("GBP", "sterlina", "sterline", "lira sterlina", "lire sterline")
        .currency("CNY", "yuan", "renminbi")
        .currency("JPY", "yen")
        .qualifier(
            Qualifier.AT_LEAST,
            "più di",
            "più del",
            "più dello",
            "più della",
            "più dell'",
            "più dell’",
            "oltre",
            "oltre il",
            "oltre lo",
            "oltre la",
            "oltre l'",
            "oltre l’",
            "oltre i",
            "oltre gli",
            "almeno",
            "almeno il",
            "non meno di",
            "non meno del",
            "superiore a",
            "superiore al")
        .qualifier(
            Qualifier.APPROXIMATE,
            "circa",
            "circa il",
            "quasi",
            "quasi il",
            "intorno a",
            "intorno al",
            "attorno a",
            "attorno al",
            "all'incirca",
            "all’incirca",
            "pressoché",
            "più o meno")
        .qualifier(
            Qualifier.AT_MOST,
            "meno di",
            "meno del",
            "meno dello",
            "meno della",
            "meno dell'",
            "meno dell’",
            "fino a",
            "fino al",
            "fino all'",
            "fino all’",
            "al massimo",
            "non più di",
            "non più del",
            "non oltre",
            "inferiore a",
            "inferiore al")
        .percent("per cento", "percento")
        .moneyCues(
            "investiment*",
            "investire",
            "investito",
            "investita",
            "investiti",
            "investe",
            "investono",
            "investirà",
            "investitor*",
            "fatturato",
            "ricavi",
            "ricavo",
            "prezzo",
            "prezzi",
            "costo",
            "costi",
            "costa",
            "costano",
            "costato",
            "fondo",
            "fondi",
            "finanziament*",
            "contratto",
            "contratti",
            "budget",
            "spesa",
            "spese",
            "valore",
            "valutazione",
            "vendite",
            "utile",
            "utili",
            "perdita",
            "perdite",
            "debito",
            "debiti",
            "pagare",
            "pagato",
            "pagament*",
            "il capitale",
            "soldi",
            "denaro",
            "stanziament*",
            "acquisizione",
            "multa")
        .notMoneyCues("in fondo", "a fondo", "di fondo")
        .build();
  }

  private static AmountWords english() {
    return new Builder(NumberStyle.DECIMAL_POINT)
        .scale("1e3", "thousand")
        .scale("1e6", "million")
        .scale("1e9", "billion")
        .scale("1e12", "trillion")
        .bare("million", "billion", "trillion")
        .glued("1e3", "k")
        .glued("1e6", "m", "mn")
        .glued("1e9", "b", "bn")
        .glued("1e12", "tn")
        .ones("a", "one")
        .magnitude("1e3", "thousands")
        .magnitude("1e6", "millions")
        .magnitude("1e9", "billions")
        .magnitude("1e12", "trillions")
        .multiplier("10", "tens")
        .multiplier("100", "hundreds")
        .links("of")
        .joiners("and")
        .currency("USD", "dollar", "dollars", "us dollars", "u.s. dollars", "american dollars")
        .currency("CAD", "canadian dollars")
        .currency("AUD", "australian dollars")
        .currency("HKD", "hong kong dollars")
        .currency("SGD", "singapore dollars")
        .currency("NZD", "new zealand dollars")
        .currency("EUR", "euro", "euros")
        .currency("GBP", "pounds sterling", "pound sterling", "sterling")
        .currency("CNY", "yuan", "renminbi")
        .currency("JPY", "yen")
        .currency("INR", "rupees")
        .currency("VND", "dong")
        .qualifier(
            Qualifier.AT_LEAST,
            "more than",
            "over",
            "above",
            "at least",
            "upwards of",
            "in excess of",
            "no less than",
            "not less than",
            "no fewer than")
        .qualifier(
            Qualifier.APPROXIMATE,
            "about",
            "around",
            "nearly",
            "almost",
            "approximately",
            "roughly",
            "some",
            "close to",
            "an estimated")
        .qualifier(
            Qualifier.AT_MOST,
            "less than",
            "fewer than",
            "up to",
            "under",
            "below",
            "at most",
            "no more than",
            "not more than",
            "as much as",
            "as many as")
        .percent("percent", "per cent", "pct")
        .moneyCues(
            "invest",
            "invests",
            "invested",
            "investing",
            "investment*",
            "investor*",
            "revenue*",
            "sale",
            "sales",
            "sold",
            "sell*",
            "price*",
            "cost",
            "costs",
            "costing",
            "paid",
            "pay",
            "pays",
            "paying",
            "payment*",
            "payout*",
            "fund",
            "funds",
            "funding",
            "funded",
            "fundrais*",
            "budget*",
            "deal",
            "deals",
            "contract*",
            "worth",
            "value",
            "valued",
            "valuation*",
            "spend*",
            "spent",
            "profit*",
            "loss",
            "losses",
            "earning*",
            "earned",
            "debt*",
            "loan*",
            "capital",
            "raise",
            "raised",
            "raising",
            "acquisition*",
            "acquire*",
            "bid",
            "income",
            "turnover",
            "money",
            "cash",
            "financing",
            "pounds")
        .notMoneyCues("big deal", "great deal", "good deal", "capital city")
        .build();
  }

  private static AmountWords vietnamese() {
    return new Builder(NumberStyle.DECIMAL_COMMA)
        .scale("1e3", "nghìn", "ngàn")
        .scale("1e6", "triệu")
        .scale("1e9", "tỷ", "tỉ")
        .scale("1e12", "nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ")
        .ones("một")
        .magnitude("1e3", "nghìn", "ngàn")
        .magnitude("1e6", "triệu")
        .magnitude("1e9", "tỷ", "tỉ")
        .multiplier("10", "chục")
        .multiplier("100", "trăm")
        .magnitudeMarker("hàng")
        .notScales("phú", "lệ", "giá", "trọng", "suất", "số")
        .currency("USD", "đô la", "đô-la", "đôla", "đô", "đô la mỹ", "đô-la mỹ", "mỹ kim")
        .currency("EUR", "euro")
        .currency("GBP", "bảng anh")
        .currency("CNY", "nhân dân tệ")
        .currency("CNY", "yuan")
        .currency("JPY", "yên", "yên nhật", "yen")
        .currency("VND", "đồng")
        .currencySymbol("VND", "đ")
        .notCurrencies(
            "đô thị",
            "đô vật",
            "đồng ý",
            "đồng thời",
            "đồng loạt",
            "đồng bộ",
            "đồng nghiệp",
            "đồng hành",
            "đồng minh",
            "đồng đội",
            "đồng hồ",
            "đồng phục",
            "đồng tình",
            "đồng đều",
            "đồng lòng",
            "đồng nhất",
            "đồng chí",
            "đồng bào",
            "đồng hương",
            "đồng sáng lập",
            "đồng sở hữu",
            "đồng tác giả",
            "đồng bằng",
            "yên tâm",
            "yên ổn",
            "yên lặng",
            "yên bình",
            "yên tĩnh")
        .qualifier(
            Qualifier.AT_LEAST, "hơn", "trên", "ít nhất", "tối thiểu", "không dưới", "không ít hơn")
        .qualifier(
            Qualifier.APPROXIMATE,
            "khoảng",
            "khoảng chừng",
            "gần",
            "gần như",
            "xấp xỉ",
            "chừng",
            "ước tính")
        .qualifier(
            Qualifier.AT_MOST,
            "dưới",
            "không quá",
            "tối đa",
            "chưa đến",
            "chưa tới",
            "lên tới",
            "lên đến")
        .percent("phần trăm")
        .moneyCues(
            "đầu tư",
            "vốn",
            "doanh thu",
            "doanh số",
            "lỗ",
            "thua lỗ",
            "lãi",
            "lợi nhuận",
            "giá",
            "giá trị",
            "chi phí",
            "ngân sách",
            "hợp đồng",
            "tiền",
            "chi tiêu",
            "khoản vay",
            "nợ",
            "định giá",
            "thương vụ",
            "tài trợ",
            "quỹ",
            "gọi vốn",
            "huy động")
        .notMoneyCues(
            "đánh giá",
            "giá như",
            "vốn dĩ",
            "lỗ hổng",
            "tiền thân",
            "tiền đề",
            "tiền tuyến",
            "quỹ đạo")
        .build();
  }

  /** Collects a lexicon's words; {@link #build()} copies them. */
  private static final class Builder {
    private final NumberStyle numbers;
    private final Map<String, BigDecimal> scales = new LinkedHashMap<>();
    private final Map<String, BigDecimal> bareScales = new LinkedHashMap<>();
    private final Map<String, BigDecimal> gluedScales = new LinkedHashMap<>();
    private final List<String> ones = new ArrayList<>();
    private final Map<String, BigDecimal> magnitudes = new LinkedHashMap<>();
    private final Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
    private String magnitudeMarker = "";
    private final List<String> links = new ArrayList<>();
    private final List<String> joiners = new ArrayList<>();
    private final List<String> notScales = new ArrayList<>();
    private final Map<String, String> currencies = new LinkedHashMap<>();
    private final Map<String, String> currencySymbols = new LinkedHashMap<>();
    private final List<String> notCurrencies = new ArrayList<>();
    private final Map<String, Qualifier> qualifiers = new LinkedHashMap<>();
    private final List<String> percentWords = new ArrayList<>();
    private final List<String> moneyCues = new ArrayList<>();
    private final List<String> notMoneyCues = new ArrayList<>();

    Builder(NumberStyle numbers) {
      this.numbers = numbers;
    }

    Builder scale(String value, String... words) {
      return put(scales, new BigDecimal(value), words);
    }

    /** Scales, already given to {@link #scale}, that may stand without a number. */
    Builder bare(String... words) {
      for (String word : words) {
        BigDecimal value = scales.get(word);
        if (value == null) {
          throw new IllegalStateException("not a scale: " + word);
        }
        bareScales.put(word, value);
      }
      return this;
    }

    Builder glued(String value, String... letters) {
      return put(gluedScales, new BigDecimal(value), letters);
    }

    Builder ones(String... words) {
      ones.addAll(List.of(words));
      return this;
    }

    Builder magnitude(String value, String... words) {
      return put(magnitudes, new BigDecimal(value), words);
    }

    Builder multiplier(String value, String... words) {
      return put(multipliers, new BigDecimal(value), words);
    }

    Builder magnitudeMarker(String word) {
      magnitudeMarker = word;
      return this;
    }

    Builder links(String... words) {
      links.addAll(List.of(words));
      return this;
    }

    Builder joiners(String... words) {
      joiners.addAll(List.of(words));
      return this;
    }

    Builder notScales(String... words) {
      notScales.addAll(List.of(words));
      return this;
    }

    Builder currency(String code, String... names) {
      return put(currencies, code, names);
    }

    Builder currencySymbol(String code, String... symbols) {
      return put(currencySymbols, code, symbols);
    }

    Builder notCurrencies(String... phrases) {
      notCurrencies.addAll(List.of(phrases));
      return this;
    }

    Builder qualifier(Qualifier qualifier, String... phrases) {
      return put(qualifiers, qualifier, phrases);
    }

    Builder percent(String... words) {
      percentWords.addAll(List.of(words));
      return this;
    }

    Builder moneyCues(String... words) {
      moneyCues.addAll(List.of(words));
      return this;
    }

    Builder notMoneyCues(String... phrases) {
      notMoneyCues.addAll(List.of(phrases));
      return this;
    }

    AmountWords build() {
      return new AmountWords(this);
    }

    private <T> Builder put(Map<String, T> map, T value, String... keys) {
      for (String key : keys) {
        map.put(key, value);
      }
      return this;
    }
  }
}
