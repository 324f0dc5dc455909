package io.github.loci.core.amount;

import static io.github.loci.core.amount.Amounts.assertAmounts;
import static io.github.loci.core.amount.Amounts.assertNone;
import static io.github.loci.core.amount.Amounts.money;
import static io.github.loci.core.amount.Amounts.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.analyzers.Language;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountExtractorVietnameseTest {
  private static final Language VI = Language.VI;

  @Test
  void testDecimalCommaAndTy() {
    String text = "trong quý gần nhất đạt 3,53 tỷ USD và dự đoán";
    assertAmounts(text, VI, money(text, "3,53 tỷ USD", 3.53e9, "USD"));
  }

  @Test
  void test254TrieuUsd() {
    String text = "giúp đem về doanh thu 254 triệu USD trong quý gần nhất";
    assertAmounts(text, VI, money(text, "254 triệu USD", 254e6, "USD"));
  }

  @Test
  void test49TrieuUsd() {
    String text = "việc thua lỗ 49 triệu USD trong quý vừa qua";
    assertAmounts(text, VI, money(text, "49 triệu USD", 49e6, "USD"));
  }

  @Test
  void testHangTiIsAnOrderOfMagnitude() {
    String text = "với vốn đầu tư hàng tỉ USD.";
    assertAmounts(text, VI, money(text, "hàng tỉ USD", 1e9, "USD", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testHangTrieuUsdIsAnOrderOfMagnitude() {
    String text = "thiệt hại hàng triệu USD";
    assertAmounts(
        text, VI, money(text, "hàng triệu USD", 1e6, "USD", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testHangNghinTyIsAnOrderOfMagnitude() {
    String text = "đầu tư hàng nghìn tỷ đồng";
    assertAmounts(
        text, VI, money(text, "hàng nghìn tỷ đồng", 1e12, "VND", Qualifier.ORDER_OF_MAGNITUDE));
  }

  @Test
  void testHangTrieuViecLamIsACount() {
    assertNone("Jack Ma sẽ tạo ra hàng triệu việc làm mới tại Mỹ.", VI);
  }

  @Test
  void testHon500TrieuKhachHangIsACount() {
    assertNone("với hơn 500 triệu khách hàng tại Trung Quốc", VI);
  }

  @Test
  void testPercentSign() {
    String text = "vừa báo cáo tốc độ tăng trưởng 115% năm qua năm";
    assertAmounts(text, VI, percent(text, "115%", 115, Qualifier.EXACT));
  }

  @Test
  void testHonIsAtLeast() {
    String text = "đang dẫn đầu với thị phần hơn 40% và cao hơn";
    assertAmounts(text, VI, percent(text, "hơn 40%", 40, Qualifier.AT_LEAST));
  }

  @Test
  void testTrenAndItNhatAreAtLeast() {
    String text = "trên 50% và ít nhất 3 tỷ USD";
    assertAmounts(
        text,
        VI,
        percent(text, "trên 50%", 50, Qualifier.AT_LEAST),
        money(text, "ít nhất 3 tỷ USD", 3e9, "USD", Qualifier.AT_LEAST));
  }

  @Test
  void testKhoangGanGanNhuAreApproximate() {
    String text = "khoảng 40%, gần 1 tỷ USD, gần như 10%";
    assertAmounts(
        text,
        VI,
        percent(text, "khoảng 40%", 40, Qualifier.APPROXIMATE),
        money(text, "gần 1 tỷ USD", 1e9, "USD", Qualifier.APPROXIMATE),
        percent(text, "gần như 10%", 10, Qualifier.APPROXIMATE));
  }

  @Test
  void testDuoiAndKhongQuaAreAtMost() {
    String text = "dưới 5% và không quá 20%";
    assertAmounts(
        text,
        VI,
        percent(text, "dưới 5%", 5, Qualifier.AT_MOST),
        percent(text, "không quá 20%", 20, Qualifier.AT_MOST));
  }

  @Test
  void testPhanTramIsAPercentage() {
    String text = "tăng 40 phần trăm";
    assertAmounts(text, VI, percent(text, "40 phần trăm", 40, Qualifier.EXACT));
  }

  @Test
  void testNghinTyIsTenToTheTwelfth() {
    String text = "doanh thu 2 nghìn tỷ đồng";
    assertAmounts(text, VI, money(text, "2 nghìn tỷ đồng", 2e12, "VND"));
  }

  @Test
  void testDongOnlyAfterANumber() {
    String text = "giá 50.000 đồng hoặc 45.000đ, cả 2 đồng ý, đồng USD";
    assertAmounts(
        text, VI, money(text, "50.000 đồng", 50_000, "VND"), money(text, "45.000đ", 45_000, "VND"));
  }

  @Test
  void testDoLa() {
    String text = "5 triệu đô la Mỹ và 3 triệu đô";
    assertAmounts(
        text,
        VI,
        money(text, "5 triệu đô la Mỹ", 5e6, "USD"),
        money(text, "3 triệu đô", 3e6, "USD"));
  }

  @Test
  void testCurrencyNamesAndCodes() {
    String text = "2 tỷ nhân dân tệ, 500 tỷ VND, 3 triệu euro, 4 triệu bảng Anh, 5 tỷ yên";
    assertAmounts(
        text,
        VI,
        money(text, "2 tỷ nhân dân tệ", 2e9, "CNY"),
        money(text, "500 tỷ VND", 500e9, "VND"),
        money(text, "3 triệu euro", 3e6, "EUR"),
        money(text, "4 triệu bảng Anh", 4e6, "GBP"),
        money(text, "5 tỷ yên", 5e9, "JPY"));
  }

  @Test
  void testTyPhuIsABillionaireNotAScale() {
    String text = "Tỷ phú Jack Ma có 40 tỷ USD, tỷ lệ 40 tỷ phú";
    assertAmounts(text, VI, money(text, "40 tỷ USD", 40e9, "USD"));
  }

  @Test
  void testInvestmentWithoutCurrencyIsMoneyOfUnknownCurrency() {
    String text = "Tập đoàn sẽ đầu tư 500 tỷ vào dự án";
    assertAmounts(text, VI, money(text, "500 tỷ", 500e9, null));
  }

  @Test
  void testJuxtaposedPartsAreOneNumber() {
    String text = "lãi 1 tỷ 200 triệu đồng";
    assertAmounts(text, VI, money(text, "1 tỷ 200 triệu đồng", 1.2e9, "VND"));
  }

  @Test
  void testDecomposedTextIsReadAndOffsetsPointIntoIt() {
    String nfd = Normalizer.normalize("doanh thu đạt 3,53 tỷ USD và hơn 40%", Normalizer.Form.NFD);
    List<Amount> amounts = AmountExtractor.extract(nfd, VI);
    assertEquals(2, amounts.size(), amounts::toString);
    assertEquals(
        Normalizer.normalize("3,53 tỷ USD", Normalizer.Form.NFD), amounts.get(0).text(nfd));
    assertEquals(3.53e9, amounts.get(0).value());
    assertEquals(Normalizer.normalize("hơn 40%", Normalizer.Form.NFD), amounts.get(1).text(nfd));
    assertEquals(Qualifier.AT_LEAST, amounts.get(1).qualifier());
  }

  @Test
  void testACurrencyAfterTheNumberStaysItsWhenANumberFollows() {
    // "30 tỷ USD 9 tháng": the USD is the 30 billion's, not the 9's (it read "USD 9", 9 USD).
    String text = "Kim ngạch xuất khẩu đạt 30 tỷ USD 9 tháng đầu năm";
    assertAmounts(text, VI, money(text, "30 tỷ USD", 30e9, "USD"));
    assertAmounts(text, null, money(text, "30 tỷ USD", 30e9, "USD"));
    String profit = "Lãi 500 tỷ đồng 6 tháng đầu năm";
    assertAmounts(profit, VI, money(profit, "500 tỷ đồng", 500e9, "VND"));
  }

  @Test
  void testTheDongSignInCapitals() {
    // Headlines and price tags write the sign as a capital: "GIÁ 50.000Đ" was no amount.
    String text = "GIÁ 50.000Đ MỘT VÉ";
    assertAmounts(text, VI, money(text, "50.000Đ", 50_000, "VND"));
  }

  @Test
  void testRuoi() {
    String text = "2 tỷ rưỡi đồng và một triệu rưỡi USD";
    assertAmounts(
        text,
        VI,
        money(text, "2 tỷ rưỡi đồng", 2.5e9, "VND"),
        money(text, "một triệu rưỡi USD", 1.5e6, "USD"));
  }
}
