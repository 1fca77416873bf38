namespace SearchBench;

/// <summary>A province with the districts and communes its units are named after.</summary>
internal sealed record Province(string Name, string Abbreviation, string[] Districts, string[] Communes);

/// <summary>
/// The words and sentences the generated content is made of. Names of places, agencies, award titles
/// and legal documents are real; every sentence is written for this bench. Templates take slots in
/// braces, filled by <see cref="TextComposer"/>.
/// </summary>
internal static class Vocabulary
{
    public static readonly Province[] Provinces =
    [
        new("Thanh Hóa", "TH",
            ["Thọ Xuân", "Triệu Sơn", "Nông Cống", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn", "Quảng Xương", "Đông Sơn", "Thiệu Hóa", "Yên Định", "Vĩnh Lộc", "Cẩm Thủy", "Bá Thước", "Ngọc Lặc", "Như Thanh", "Thường Xuân", "Sầm Sơn", "Bỉm Sơn"],
            ["Xuân Lâm", "Hải Ninh", "Quảng Phú", "Thiệu Toán", "Định Tân", "Hoằng Đồng", "Nga Thắng", "Vĩnh Hùng", "Cẩm Tân", "Thọ Lập", "Đông Tiến", "Triệu Thành"]),
        new("Nghệ An", "NA",
            ["Đô Lương", "Thanh Chương", "Anh Sơn", "Con Cuông", "Tân Kỳ", "Yên Thành", "Diễn Châu", "Quỳnh Lưu", "Nghi Lộc", "Hoàng Mai", "Nam Đàn", "Hưng Nguyên", "Quỳ Hợp", "Nghĩa Đàn"],
            ["Bài Sơn", "Lam Sơn", "Thanh Liên", "Tường Sơn", "Diễn Kim", "Quỳnh Bảng", "Nghi Phong", "Hưng Lợi", "Nam Giang", "Châu Quang", "Đồng Thành", "Tân An"]),
        new("Hà Tĩnh", "HT",
            ["Hương Khê", "Can Lộc", "Kỳ Anh", "Hương Sơn", "Đức Thọ", "Thạch Hà", "Cẩm Xuyên", "Nghi Xuân", "Vũ Quang", "Lộc Hà"],
            ["Phúc Trạch", "Thiên Lộc", "Kỳ Tiến", "Sơn Kim", "Tùng Ảnh", "Thạch Đài", "Cẩm Bình", "Xuân Giang", "Đức Bồng", "Thạch Kim"]),
        new("Quảng Bình", "QB",
            ["Lệ Thủy", "Quảng Ninh", "Bố Trạch", "Minh Hóa", "Tuyên Hóa", "Quảng Trạch", "Ba Đồn"],
            ["Sen Thủy", "Vạn Ninh", "Hoàn Trạch", "Hóa Tiến", "Thạch Hóa", "Quảng Hợp", "Quảng Thuận", "Phong Thủy"]),
        new("Ninh Bình", "NB",
            ["Gia Viễn", "Hoa Lư", "Kim Sơn", "Nho Quan", "Yên Khánh", "Yên Mô", "Tam Điệp"],
            ["Gia Hưng", "Ninh Hải", "Kim Chính", "Cúc Phương", "Khánh Thiện", "Yên Thắng", "Đông Sơn", "Ninh Vân"]),
        new("Nam Định", "NĐ",
            ["Hải Hậu", "Giao Thủy", "Xuân Trường", "Nghĩa Hưng", "Ý Yên", "Vụ Bản", "Trực Ninh"],
            ["Hải Quang", "Giao Thịnh", "Xuân Ngọc", "Nghĩa Lâm", "Yên Cường", "Liên Minh", "Trực Đại", "Hải Anh"]),
        new("Bắc Giang", "BG",
            ["Lục Ngạn", "Lục Nam", "Yên Thế", "Hiệp Hòa", "Lạng Giang", "Tân Yên", "Sơn Động"],
            ["Phượng Sơn", "Bảo Đài", "Đồng Kỳ", "Mai Đình", "Tân Hưng", "Cao Xá", "An Lập", "Nghĩa Hồ"]),
        new("Phú Thọ", "PT",
            ["Lâm Thao", "Thanh Ba", "Đoan Hùng", "Hạ Hòa", "Cẩm Khê", "Tam Nông", "Thanh Sơn"],
            ["Sơn Vi", "Vân Lĩnh", "Chí Đám", "Vĩnh Chân", "Phương Xá", "Hương Nộn", "Tất Thắng", "Xuân Huy"]),
        new("Quảng Nam", "QNa",
            ["Duy Xuyên", "Điện Bàn", "Đại Lộc", "Thăng Bình", "Núi Thành", "Tiên Phước", "Hiệp Đức"],
            ["Duy Sơn", "Điện Hồng", "Đại Quang", "Bình Triều", "Tam Hiệp", "Tiên Lập", "Quế Bình", "Duy Phước"]),
        new("Đắk Lắk", "ĐL",
            ["Krông Pắc", "Ea Kar", "Krông Ana", "Lắk", "Buôn Đôn", "Cư Kuin"],
            ["Ea Kly", "Cư Huê", "Bình Hòa", "Buôn Triết", "Ea Wer", "Hòa Hiệp", "Ea Phê", "Dray Sáp"]),
        new("An Giang", "AG",
            ["Châu Phú", "Chợ Mới", "Thoại Sơn", "Tịnh Biên", "Tri Tôn", "Phú Tân"],
            ["Vĩnh Thạnh Trung", "Kiến An", "Vọng Thê", "An Cư", "Lương Phi", "Phú Thạnh", "Mỹ Đức", "Bình Thủy"]),
        new("Lâm Đồng", "LĐ",
            ["Đức Trọng", "Di Linh", "Lâm Hà", "Đơn Dương", "Bảo Lâm", "Cát Tiên"],
            ["Hiệp Thạnh", "Gia Hiệp", "Nam Ban", "Ka Đơn", "Lộc Thành", "Phước Cát", "Tân Hà", "Đinh Lạc"]),
    ];

    /// <summary>Places mentioned in very few items, so that some queries are rare.</summary>
    public static readonly string[] RarePlaces = ["Mường Lát", "Kỳ Sơn", "Quan Sơn", "Minh Hóa"];

    public static readonly string[] Associations =
    [
        "Hội Khuyến học tỉnh {P}", "Hội Nhà báo tỉnh {P}", "Hội Văn học Nghệ thuật tỉnh {P}", "Hội Làm vườn và Trang trại tỉnh {P}",
        "Hội Đông y tỉnh {P}", "Hội Người cao tuổi tỉnh {P}", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh {P}",
        "Hiệp hội Doanh nghiệp tỉnh {P}", "Đoàn Luật sư tỉnh {P}", "Hội Doanh nhân trẻ tỉnh {P}", "Hội Chữ thập đỏ tỉnh {P}",
    ];

    public static readonly string[] InternalAffairs =
    [
        "Thanh tra tỉnh {P}", "Công an tỉnh {P}", "Bộ Chỉ huy Quân sự tỉnh {P}", "Tòa án nhân dân tỉnh {P}",
        "Viện Kiểm sát nhân dân tỉnh {P}", "Thi hành án dân sự tỉnh {P}", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh {P}",
    ];

    public static readonly string[] MassOrganizations =
    [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {P}", "Hội Nông dân tỉnh {P}", "Hội Liên hiệp Phụ nữ tỉnh {P}",
        "Tỉnh đoàn {P}", "Hội Cựu chiến binh tỉnh {P}", "Liên đoàn Lao động tỉnh {P}", "Văn phòng Tỉnh ủy {P}",
    ];

    /// <summary>Collective recipients below the members: a commune's police, school, clinic…</summary>
    public static readonly string[] CommuneUnits =
    [
        "Công an xã {commune}", "Trường Tiểu học {commune}", "Trường THCS {commune}", "Trạm Y tế xã {commune}",
        "Hội Nông dân xã {commune}", "Đoàn Thanh niên xã {commune}", "Hội Cựu chiến binh xã {commune}",
        "Ban Chỉ huy Quân sự xã {commune}", "Hợp tác xã nông nghiệp {commune}", "Hội Phụ nữ xã {commune}",
    ];

    public static readonly string[] FamilyNames =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Trần", "Lê", "Lê", "Lê",
        "Phạm", "Phạm", "Hoàng", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai",
    ];

    public static readonly string[] MaleMiddleNames = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Công", "Duy", "Thanh", "Trung", "Quốc"];

    public static readonly string[] FemaleMiddleNames = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim", "Phương"];

    public static readonly string[] MaleGivenNames =
    [
        "Hùng", "Sơn", "Tuấn", "Dũng", "Hải", "Long", "Nam", "Quân", "Sang", "Tiến", "Cường", "Bình", "Đạt", "Đông", "Khánh",
        "Phúc", "Vinh", "Thắng", "Toàn", "Hiếu", "Trung", "Quang", "Thành", "Lực", "Kiên", "Hòa", "An", "Bảo", "Tùng", "Quỳnh",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "Hoa", "Lan", "Hương", "Hà", "Mai", "Phương", "Thảo", "Trang", "Yến", "Giang", "Huyền", "Linh", "Loan", "Nga", "Oanh",
        "Quỳnh", "Tâm", "Thủy", "Xuân", "Hạnh", "Nhung", "Vân", "Dung", "Hằng", "Thu",
    ];

    /// <summary>People of the field named in the seed texts; they turn up now and then.</summary>
    public static readonly string[] KnownPeople = ["Võ Duy Sang", "Nguyễn Tùng Sơn", "Lê Văn Quỳnh", "Nguyễn Trung Tiến"];

    public static readonly string[] LeaderPositions =
    [
        "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Trưởng ban", "Chánh Văn phòng", "Thủ trưởng", "Trưởng phòng",
    ];

    public static readonly string[] Movements =
    [
        "Thi đua thực hiện văn hóa công sở",
        "Cả nước thi đua xây dựng nông thôn mới",
        "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Dân vận khéo",
        "Đẩy mạnh chuyển đổi số, xây dựng chính quyền số",
        "Thi đua đổi mới, sáng tạo trong quản lý, phục vụ nhân dân",
        "Toàn dân bảo vệ an ninh Tổ quốc",
        "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
        "Đoàn kết, sáng tạo, nâng cao năng suất, chất lượng, hiệu quả",
        "Xanh – sạch – đẹp, bảo đảm an toàn vệ sinh lao động",
        "Lao động giỏi, lao động sáng tạo",
    ];

    /// <summary>Award titles by who grants them.</summary>
    public static readonly string[] ProvinceAwards =
    [
        "Cờ thi đua của Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Tập thể lao động xuất sắc", "Chiến sĩ thi đua cấp tỉnh",
    ];

    /// <summary>The same titles as some offices write them, abbreviated.</summary>
    public static readonly string[] ProvinceAwardsAbbreviated =
    [
        "Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
        "Tập thể lao động xuất sắc", "Chiến sĩ thi đua cấp tỉnh",
    ];

    public static readonly string[] GovernmentAwards =
    [
        "Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen của Thủ tướng Chính phủ",
        "Cờ thi đua của Chính phủ", "Chiến sĩ thi đua toàn quốc",
    ];

    public static readonly string[] StateOrders = ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Nhất"];

    public static readonly string[] DistrictAwards =
    [
        "Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "Tập thể lao động tiên tiến",
        "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở",
    ];

    public static readonly string[] AgencyAwards =
    [
        "Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến",
        "Giấy khen",
    ];

    /// <summary>Legal bases by era: the 2003 law and Decree 91/2017 before 2024, the 2022 law and Decree 98/2023 after.</summary>
    public static readonly string[] LegalBasesBefore2024 =
    [
        "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013",
        "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        "Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP",
    ];

    public static readonly string[] LegalBasesFrom2024 =
    [
        "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
    ];

    /// <summary>Cited from the day after it was issued, 26 December 2024.</summary>
    public const string Directive41 =
        "Chỉ thị số 41-CT/TW ngày 26 tháng 12 năm 2024 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng";

    /// <summary>Thanh Hóa's own texts, cited by its clusters from 2024 on.</summary>
    public static readonly string[] ThanhHoaLegalBases =
    [
        "Quyết định số 1197/QĐ-UBND ngày 27 tháng 3 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa về việc thành lập các cụm, khối thi đua thuộc tỉnh",
        "Quyết định số 68/2024/QĐ-UBND ngày 29 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Thanh Hóa ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh",
        "Hướng dẫn số 937/HD-SNV ngày 14 tháng 11 năm 2024 của Sở Nội vụ tỉnh Thanh Hóa về tổ chức hoạt động của các cụm, khối thi đua trên địa bàn tỉnh",
        "Thông báo số 20/TB-HĐTĐKT ngày 08 tháng 10 năm 2025 của Hội đồng Thi đua – Khen thưởng tỉnh Thanh Hóa về việc chia lại các cụm thi đua xã, phường",
    ];

    // Sentence templates. Slots: {C} cluster, {P} province, {U} a member unit, {L} this year's leader unit,
    // {D} its deputy, {Y} the year, {Y1} the year after, {M} a movement, {A} an award title, {n} a small
    // count, {money} an amount, {person} a name, {position} a leader's position, {district}, {commune}, {date}.

    /// <summary>What any text about emulation says.</summary>
    public static readonly string[] GeneralSentences =
    [
        "Năm {Y}, các đơn vị trong {C} đã bám sát nhiệm vụ chính trị, chủ động triển khai nhiều phong trào thi đua thiết thực, phù hợp với điều kiện của từng nơi.",
        "Phong trào thi đua “{M}” tiếp tục được phát động sâu rộng, thu hút đông đảo cán bộ, công chức, viên chức và người lao động hưởng ứng.",
        "Công tác khen thưởng bảo đảm kịp thời, đúng người, đúng thành tích, công khai và minh bạch theo quy định của Luật Thi đua, khen thưởng.",
        "Với vai trò Cụm trưởng, {L} đã chủ động xây dựng kế hoạch, đôn đốc các thành viên thực hiện đầy đủ nội dung giao ước thi đua.",
        "Các thành viên thường xuyên trao đổi, học tập kinh nghiệm lẫn nhau, nhân rộng các mô hình hay, cách làm hiệu quả.",
        "Việc chấm điểm, bình xét thi đua cuối năm được tiến hành dân chủ, khách quan trên cơ sở bảng tiêu chí đã thống nhất từ đầu năm.",
        "Nhiều sáng kiến, giải pháp cải tiến lề lối làm việc được áp dụng, góp phần nâng cao chất lượng, hiệu quả công tác chuyên môn.",
        "Công tác tuyên truyền về thi đua, khen thưởng được đẩy mạnh trên cổng thông tin điện tử, mạng xã hội và hệ thống truyền thanh cơ sở.",
        "Các đơn vị tích cực tham gia hoạt động an sinh xã hội, ủng hộ quỹ Vì người nghèo với tổng số tiền trên {money} triệu đồng.",
        "Việc phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến được quan tâm hơn, nhiều gương người tốt, việc tốt được kịp thời biểu dương.",
        "Bên cạnh kết quả đạt được, nội dung thi đua ở một số nơi còn hình thức, việc sơ kết, rút kinh nghiệm chưa thường xuyên.",
        "Trong năm, {n} tập thể và {n} cá nhân thuộc các đơn vị trong Cụm được đề nghị tặng {A}.",
        "Năm {Y1}, {C} tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua, hướng mạnh về cơ sở và người lao động trực tiếp.",
        "Thi đua phải gắn với nhiệm vụ chính trị của từng đơn vị, lấy hiệu quả công việc làm thước đo để đánh giá, khen thưởng.",
        "Các đơn vị duy trì nền nếp sinh hoạt cụm, tổ chức luân phiên các buổi giao lưu văn nghệ, thể thao giữa các thành viên.",
        "Tỷ lệ cán bộ, công chức hoàn thành tốt và xuất sắc nhiệm vụ đạt trên {n} phần trăm, cao hơn năm trước.",
        "Ban Thi đua – Khen thưởng thuộc Sở Nội vụ tỉnh {P} đã hướng dẫn kịp thời quy trình, hồ sơ đề nghị khen thưởng cho các đơn vị.",
        "{U} được đánh giá là một trong những đơn vị dẫn đầu phong trào thi đua của {C} năm {Y}.",
        "Cấp ủy, lãnh đạo các đơn vị quan tâm chỉ đạo, coi thi đua là động lực để hoàn thành các chỉ tiêu, nhiệm vụ được giao.",
        "Các đơn vị chú trọng khen thưởng người lao động trực tiếp, công nhân, nông dân và cán bộ ở cơ sở.",
        "Lời dạy của Chủ tịch Hồ Chí Minh “thi đua là yêu nước, yêu nước thì phải thi đua” tiếp tục được quán triệt tới từng cán bộ, đảng viên.",
        "Hồ sơ đề nghị khen thưởng được tiếp nhận và trả kết quả qua môi trường điện tử, rút ngắn thời gian xử lý.",
        "Công tác kiểm tra chéo giữa các đơn vị trong Cụm được thực hiện nghiêm túc, chỉ rõ ưu điểm, hạn chế của từng thành viên.",
        "Đồng chí {person}, {position} {U}, cho rằng thi đua chỉ thực chất khi tiêu chí rõ ràng và kết quả được kiểm chứng.",
        "Kết quả thi đua là căn cứ để bình xét danh hiệu {A} và các hình thức khen thưởng cuối năm.",
    ];

    /// <summary>What a conference write-up tells.</summary>
    public static readonly string[] ConferenceSentences =
    [
        "Ngày {date}, {C} tổ chức hội nghị tổng kết phong trào thi đua năm {Y}, triển khai nhiệm vụ năm {Y1}.",
        "Dự hội nghị có đại diện lãnh đạo Sở Nội vụ tỉnh {P}, Ban Thi đua – Khen thưởng và lãnh đạo các đơn vị thành viên.",
        "Đồng chí {person}, {position} {L}, Cụm trưởng năm {Y}, phát biểu khai mạc và điều hành hội nghị.",
        "Tại hội nghị, các đại biểu nghe báo cáo tổng kết, thảo luận và thống nhất kết quả chấm điểm, xếp loại thi đua năm {Y}.",
        "Hội nghị thống nhất suy tôn {U} là đơn vị dẫn đầu, đề nghị Chủ tịch UBND tỉnh tặng {A}.",
        "Hội nghị đã bầu {D} làm Cụm trưởng và {U} làm Cụm phó năm {Y1}.",
        "Các đơn vị đã ký kết giao ước thi đua năm {Y1} với quyết tâm hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao.",
        "Phát biểu chỉ đạo, đồng chí {person}, {position} Sở Nội vụ, ghi nhận và biểu dương những kết quả mà các đơn vị đạt được.",
        "Nhiều ý kiến tham luận tập trung vào kinh nghiệm xây dựng tiêu chí thi đua sát với nhiệm vụ chuyên môn của từng đơn vị.",
        "Dịp này, {n} tập thể và {n} cá nhân có thành tích xuất sắc được nhận {A}.",
        "Hội nghị sơ kết 6 tháng đầu năm {Y} đánh giá các chỉ tiêu chủ yếu cơ bản đạt tiến độ đề ra.",
        "Buổi lễ phát động phong trào thi đua “{M}” diễn ra sôi nổi tại hội trường {L}.",
        "Trước hội nghị, các đại biểu đã tham quan mô hình sản xuất và công trình chào mừng của {U} tại huyện {district}.",
        "Kết thúc hội nghị, đơn vị Cụm trưởng năm {Y} trao lại cờ luân lưu cho đơn vị Cụm trưởng năm {Y1}.",
        "Không khí hội nghị cởi mở, các ý kiến đóng góp thẳng thắn, tâm huyết, hướng tới hiệu quả thực chất của phong trào.",
    ];

    /// <summary>What a unit did, as a decision's summary of achievements says it.</summary>
    public static readonly string[] AchievementSentences =
    [
        "{U} hoàn thành xuất sắc nhiệm vụ chính trị năm {Y}, dẫn đầu phong trào thi đua của {C}.",
        "Đơn vị hoàn thành vượt mức các chỉ tiêu kinh tế – xã hội được giao, thu ngân sách tăng so với cùng kỳ.",
        "Tổ chức đảng được xếp loại hoàn thành xuất sắc nhiệm vụ, các đoàn thể vững mạnh.",
        "Đơn vị có sáng kiến được hội đồng sáng kiến cấp tỉnh công nhận và áp dụng rộng rãi.",
        "Không có cán bộ, công chức vi phạm pháp luật hoặc bị xử lý kỷ luật trong năm.",
        "Các cuộc điều tra, báo cáo định kỳ được thực hiện đúng tiến độ, số liệu bảo đảm chất lượng.",
        "Công an xã {commune} giữ vững an ninh chính trị, trật tự an toàn xã hội, không để xảy ra điểm nóng.",
        "Xã {commune} đạt chuẩn nông thôn mới nâng cao, thu nhập bình quân đầu người tăng khá.",
        "Phong trào khuyến học, khuyến tài ở xã {commune} phát triển, tỷ lệ học sinh khá giỏi tăng.",
        "Đơn vị hỗ trợ xây dựng {n} nhà đại đoàn kết cho hộ nghèo trên địa bàn huyện {district}.",
    ];

    /// <summary>What a plan sets out.</summary>
    public static readonly string[] PlanSentences =
    [
        "Tổ chức phong trào thi đua sâu rộng, thiết thực, gắn với thực hiện các nhiệm vụ trọng tâm của từng đơn vị trong {C}.",
        "Thông qua thi đua phát hiện, bồi dưỡng, tôn vinh các tập thể, cá nhân tiêu biểu, nhân rộng điển hình tiên tiến.",
        "Nội dung thi đua phải cụ thể, có tiêu chí rõ ràng, dễ đánh giá, tránh hình thức, phô trương.",
        "Mỗi đơn vị thành viên đăng ký chỉ tiêu thi đua và gửi về đơn vị Cụm trưởng trước ngày {date}.",
        "Đơn vị Cụm trưởng chủ trì, phối hợp với Cụm phó tổ chức kiểm tra chéo và tổng hợp kết quả chấm điểm.",
        "Kinh phí tổ chức các hoạt động của Cụm do các đơn vị thành viên đóng góp theo thỏa thuận.",
        "Các đơn vị gửi báo cáo tổng kết, bảng tự chấm điểm và hồ sơ đề nghị khen thưởng đúng thời hạn quy định.",
        "Phát động đợt thi đua cao điểm lập thành tích chào mừng các ngày lễ lớn của đất nước và của tỉnh {P} năm {Y}.",
        "Tiếp tục thực hiện phong trào “{M}” gắn với nhiệm vụ chuyên môn của từng đơn vị.",
        "Giao {L} làm đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch này và báo cáo Hội đồng Thi đua – Khen thưởng tỉnh.",
    ];

    public static readonly string[] Milestones =
    [
        "Các đơn vị đăng ký giao ước thi đua và chỉ tiêu phấn đấu năm {Y}",
        "Tổ chức ký kết giao ước thi đua giữa các đơn vị trong Cụm",
        "Sơ kết 6 tháng đầu năm, kiểm tra chéo giữa các đơn vị",
        "Các đơn vị tự chấm điểm, gửi báo cáo tổng kết về đơn vị Cụm trưởng",
        "Hội nghị tổng kết, bình xét, suy tôn đơn vị dẫn đầu",
        "Gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ (Ban Thi đua – Khen thưởng)",
    ];

    /// <summary>Facts that only a few items mention, so that some queries find few documents.</summary>
    public static readonly string[] RareSentences =
    [
        "Các đơn vị đã quyên góp hỗ trợ nhân dân khắc phục hậu quả cơn bão số 3 (Yagi) năm 2024.",
        "Mô hình “Chợ phiên không tiền mặt” của {U} được nhiều địa phương đến học tập.",
        "Sáng kiến “Sổ tay điện tử hội viên” giúp quản lý hội viên nhanh, chính xác hơn.",
        "Phong trào “Bình dân học vụ số” được triển khai tới từng thôn, bản.",
        "Đoàn công tác đã đến thăm, tặng quà các gia đình chính sách tại huyện {rare}.",
        "Các đơn vị hưởng ứng chương trình xóa nhà tạm, nhà dột nát trên địa bàn huyện {rare}.",
    ];

    public static readonly string[] PhotoCaptions =
    [
        "Toàn cảnh hội nghị", "Đồng chí {person} phát biểu tại hội nghị", "Trao {A} cho các tập thể có thành tích xuất sắc",
        "Các đơn vị ký kết giao ước thi đua năm {Y1}", "Đại biểu tham dự hội nghị chụp ảnh lưu niệm", "{L} nhận cờ luân lưu Cụm trưởng",
    ];
}
