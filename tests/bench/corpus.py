"""A deterministic Vietnamese news corpus for benchmarks: ``generate(dest, n)``.

Writes ``n`` posts with valid front matter under ``dest/posts/<year>/`` (and an
empty ``dest/pages/``): categories from ``PORTAL_CATEGORIES``, dates spread
over 2016–2025 as ``dd/mm/yyyy HH:MM`` (each topic in its own season), tags
from a topic vocabulary plus general tags, titles and bodies of 100–1500
syllables assembled from Vietnamese sentence templates of a commune Fatherland
Front committee, plus a paragraph of long-tail syllables (about 9,000, drawn
by Zipf's law) standing in for the names, places and things that make a real
vocabulary large.  A few posts name earlier posts of their topic in
``related:``.  The same ``n`` and ``seed`` always give the same bytes.

Each post also carries its topic in a comment line of the front matter
(``# chủ đề: ...``), which Pelican ignores and benchmarks may read.

    python tests/bench/corpus.py DEST N [--seed 2024]
"""

import argparse
import datetime as dt
import math
import random
import runpy
import shutil
from pathlib import Path

from vietnamese.vietnamese import slugify

ROOT = Path(__file__).resolve().parents[2]

CATEGORIES = runpy.run_path(str(ROOT / "pelicanconf.py"))["PORTAL_CATEGORIES"]
HOAT_DONG, DAI_DOAN_KET, AN_SINH, GIAM_SAT, GUONG, THONG_BAO = CATEGORIES

VILLAGES = [
    "Dương Lâm 1", "Dương Lâm 2", "Đông Sơn", "Đồng Lâm", "Thạch Bồ", "Nam Thành",
    "Bồ Bản", "Phú Sơn", "Tây An", "Trung Nghĩa", "Hòa Khê", "Cẩm Toại",
]
# People's names are drawn from parts, as in a real commune: many rare
# syllable pairs, which is what makes a real index big.
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Xuân", "Kim"]
GIVEN = ["An", "Bình", "Chi", "Cúc", "Dũng", "Duyên", "Đào", "Định", "Giang", "Hà", "Hải",
         "Hạnh", "Hằng", "Hiền", "Hiếu", "Hoa", "Hòa", "Hồng", "Huệ", "Hùng", "Hương",
         "Khải", "Khánh", "Khoa", "Lan", "Liên", "Linh", "Lộc", "Long", "Lực", "Mai", "Minh",
         "Nam", "Nga", "Nghĩa", "Ngọc", "Nhân", "Nhung", "Oanh", "Phong", "Phúc", "Phượng",
         "Quang", "Quyên", "Sáu", "Sơn", "Tài", "Tâm", "Thảo", "Thắng", "Thu", "Thủy",
         "Tiến", "Trinh", "Trung", "Tuấn", "Tùng", "Uyên", "Vân", "Việt", "Xuân", "Yến"]
AUTHORS = ["Ban Biên tập", "Kim Quy", "Thu Đông", "Đặng Văn Hùng", "Minh Châu", "Phương Thảo"]
GENERAL_TAGS = [
    "khu dân cư", "Ban công tác Mặt trận", "Dân vận khéo", "Học tập và làm theo Bác",
    "thanh niên", "phụ nữ", "cựu chiến binh", "nông dân", "người cao tuổi", "đoàn viên",
]

# Sentences every kind of post may use ({thon}, {nguoi}, {so}, {nam} are filled in).
GENERAL = [
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã đã xây dựng kế hoạch cụ thể, phân công từng thành viên phụ trách địa bàn.",
    "Dự hội nghị có đồng chí {nguoi}, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hòa Vang, cùng lãnh đạo Đảng ủy, HĐND, UBND xã.",
    "Các tổ chức thành viên của Mặt trận đã phối hợp chặt chẽ, tuyên truyền sâu rộng đến đoàn viên, hội viên và nhân dân.",
    "Ban công tác Mặt trận thôn {thon} đã tổ chức sinh hoạt với {so} lượt người tham dự.",
    "Qua đó góp phần củng cố khối đại đoàn kết toàn dân tộc, tạo sự đồng thuận trong nhân dân.",
    "Phát biểu tại buổi lễ, đồng chí {nguoi} ghi nhận và biểu dương những kết quả đạt được trong thời gian qua.",
    "Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế cần khắc phục trong thời gian tới.",
    "Ủy ban MTTQ Việt Nam xã đề nghị các tổ chức thành viên tiếp tục phát huy vai trò, bám sát cơ sở.",
    "Năm {nam}, toàn xã có {so} hộ gia đình đăng ký và đạt danh hiệu gia đình văn hóa.",
    "Hoạt động được đông đảo bà con nhân dân trên địa bàn hưởng ứng tích cực.",
    "Thực hiện chương trình phối hợp năm {nam}, Mặt trận và chính quyền đã thống nhất nhiều nội dung quan trọng.",
    "Các ý kiến phát biểu đều tập trung làm rõ nguyên nhân và đề xuất giải pháp thiết thực.",
    "Ban Thường trực đã tổng hợp đầy đủ ý kiến, kiến nghị của nhân dân để phản ánh đến cấp có thẩm quyền.",
    "Thông tin trên trang được cập nhật thường xuyên để bà con theo dõi.",
    "Công tác tuyên truyền được thực hiện qua hệ thống loa truyền thanh của xã và các nhóm Zalo của thôn.",
    "Theo báo cáo, trong {nam} tháng qua các chi hội đã vận động được {so} triệu đồng từ các nguồn xã hội hóa.",
    "Đồng chí {nguoi} nhấn mạnh, cần phát huy hơn nữa tinh thần tự quản của nhân dân ở khu dân cư.",
    "Thay mặt Ban Thường trực, đồng chí {nguoi} cảm ơn sự đóng góp của các tập thể và cá nhân.",
    "Kết thúc hội nghị, các đại biểu thống nhất thông qua chương trình hành động trong thời gian tới.",
    "Mọi thông tin chi tiết xin liên hệ Văn phòng Ủy ban MTTQ Việt Nam xã trong giờ hành chính.",
    "Ban công tác Mặt trận các thôn đã chủ động nắm tình hình, kịp thời báo cáo những vấn đề phát sinh.",
    "Đây là hoạt động thiết thực, thể hiện truyền thống tương thân tương ái của người dân địa phương.",
    "Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh và Đoàn Thanh niên xã cùng tham gia.",
    "Kết quả này góp phần hoàn thành các chỉ tiêu phát triển kinh tế – xã hội của xã năm {nam}.",
]

# Topics: category, tags, months the news happens in, title templates, sentences.
TOPICS = {
    "mưa lũ": dict(
        category=AN_SINH, tags=["phòng chống thiên tai", "mưa lũ", "hộ nghèo"], months=[9, 10, 11],
        titles=["Chung tay hỗ trợ nhân dân thôn {thon} khắc phục hậu quả mưa lũ",
                "Mặt trận xã tiếp nhận hàng cứu trợ giúp bà con vùng ngập lụt",
                "Thăm hỏi, tặng quà các hộ bị thiệt hại do mưa lũ tại thôn {thon}",
                "Khẩn trương ứng phó với đợt mưa lớn, nước sông Yên dâng cao"],
        sentences=["Do ảnh hưởng của áp thấp nhiệt đới, mưa lớn kéo dài khiến nhiều tuyến đường ở thôn {thon} bị ngập sâu.",
                   "Nước sông Yên dâng cao làm {so} ngôi nhà bị ngập, nhiều diện tích hoa màu bị hư hại.",
                   "Ban chỉ huy phòng chống thiên tai xã đã di dời {so} hộ dân ở vùng trũng thấp đến nơi an toàn.",
                   "Ủy ban MTTQ Việt Nam xã tiếp nhận mì tôm, gạo, nước uống và áo phao từ các nhà hảo tâm để cứu trợ bà con vùng lũ.",
                   "Lực lượng dân quân, thanh niên tình nguyện giúp người dân dọn dẹp bùn đất, vệ sinh môi trường sau lũ.",
                   "Mỗi hộ bị thiệt hại nặng do mưa lũ được hỗ trợ {so} nghìn đồng và một phần quà nhu yếu phẩm.",
                   "Người dân được khuyến cáo không đi qua ngầm tràn, chủ động gia cố nhà cửa trước mùa mưa bão."]),
    "bầu cử": dict(
        category=HOAT_DONG, tags=["bầu cử", "hiệp thương", "cử tri"], months=[2, 3, 4, 5],
        titles=["Hội nghị hiệp thương lần thứ {lan} giới thiệu người ứng cử đại biểu HĐND xã",
                "Cử tri thôn {thon} nô nức đi bầu cử đại biểu Quốc hội và HĐND các cấp",
                "Lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu HĐND",
                "Niêm yết danh sách cử tri tại các khu vực bỏ phiếu"],
        sentences=["Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức hội nghị hiệp thương để thỏa thuận cơ cấu, thành phần, số lượng người ứng cử.",
                   "Hội nghị cử tri nơi cư trú tại thôn {thon} có {so} cử tri tham dự, đều nhất trí tín nhiệm người ứng cử.",
                   "Danh sách cử tri được niêm yết công khai tại nhà văn hóa các thôn đúng thời gian luật định.",
                   "Tổ bầu cử số {lan} đã chuẩn bị chu đáo hòm phiếu, phiếu bầu và bố trí khu vực bỏ phiếu thuận tiện.",
                   "Đến cuối buổi chiều, khu vực bỏ phiếu thôn {thon} đã có gần như toàn bộ cử tri đi bầu cử.",
                   "Người ứng cử đại biểu HĐND xã trình bày chương trình hành động nếu được cử tri tín nhiệm bầu.",
                   "Công tác bầu cử diễn ra dân chủ, đúng luật, an toàn và thực sự là ngày hội của toàn dân."]),
    "ngày hội": dict(
        category=DAI_DOAN_KET, tags=["Ngày hội Đại đoàn kết", "khu dân cư", "truyền thống Mặt trận"], months=[10, 11],
        titles=["Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở thôn {thon}",
                "Thôn {thon} tổ chức Ngày hội Đại đoàn kết và bữa cơm đoàn kết",
                "Kỷ niệm ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11",
                "Lãnh đạo huyện dự Ngày hội Đại đoàn kết tại khu dân cư {thon}"],
        sentences=["Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn {thon} diễn ra trong không khí vui tươi, phấn khởi.",
                   "Bà con cùng nhau chuẩn bị bữa cơm đoàn kết, hát dân ca, đánh bài chòi và thi kéo co.",
                   "Nhân dịp này, Ban công tác Mặt trận thôn trao giấy khen cho các gia đình văn hóa tiêu biểu.",
                   "Chương trình văn nghệ chào mừng kỷ niệm ngày thành lập Mặt trận Tổ quốc Việt Nam 18/11 được dàn dựng công phu.",
                   "Khu dân cư thôn {thon} được công nhận đạt chuẩn khu dân cư văn hóa nhiều năm liền.",
                   "Ngày hội là dịp để nhân dân ôn lại truyền thống vẻ vang của Mặt trận, thắt chặt tình làng nghĩa xóm."]),
    "quỹ vì người nghèo": dict(
        category=AN_SINH, tags=["Quỹ Vì người nghèo", "hộ nghèo", "tháng cao điểm"], months=[10, 11, 12],
        titles=["Phát động Tháng cao điểm Vì người nghèo năm {nam}",
                "Cán bộ, nhân dân thôn {thon} ủng hộ Quỹ Vì người nghèo",
                "Công khai kết quả vận động Quỹ Vì người nghèo năm {nam}"],
        sentences=["Ủy ban MTTQ Việt Nam xã phát động Tháng cao điểm Vì người nghèo từ ngày 17/10 đến ngày 18/11.",
                   "Cán bộ, công chức và người lao động mỗi người ủng hộ ít nhất một ngày lương vào Quỹ Vì người nghèo.",
                   "Từ nguồn quỹ, xã đã hỗ trợ {so} hộ nghèo, hộ cận nghèo vay vốn sản xuất và sửa chữa nhà ở.",
                   "Kết quả vận động Quỹ Vì người nghèo được công khai tại trụ sở và nhà văn hóa các thôn.",
                   "Các doanh nghiệp, mạnh thường quân trên địa bàn đã chung tay ủng hộ quỹ với tổng số tiền {so} triệu đồng.",
                   "Phong trào Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau được nhân dân hưởng ứng."]),
    "nhà đại đoàn kết": dict(
        category=AN_SINH, tags=["Nhà Đại đoàn kết", "hộ nghèo", "an sinh xã hội"], months=[3, 4, 5, 6, 7, 8],
        titles=["Bàn giao nhà Đại đoàn kết cho hộ nghèo ở thôn {thon}",
                "Khởi công xây dựng nhà Đại đoàn kết cho gia đình ông {nguoi}",
                "Niềm vui nhà mới của hộ nghèo thôn {thon}"],
        sentences=["Ngôi nhà Đại đoàn kết có diện tích {so} mét vuông, được xây dựng kiên cố với tổng kinh phí hơn {so} triệu đồng.",
                   "Trong đó, Ủy ban MTTQ Việt Nam xã hỗ trợ từ Quỹ Vì người nghèo, phần còn lại do gia đình và dòng họ đóng góp.",
                   "Đoàn viên thanh niên và hội viên cựu chiến binh đã góp hàng trăm ngày công giúp gia đình dựng nhà.",
                   "Xúc động nhận chìa khóa nhà mới, bà {nguoi} cảm ơn Mặt trận và bà con lối xóm.",
                   "Việc xóa nhà tạm, nhà dột nát giúp các hộ nghèo an tâm lao động sản xuất, vươn lên thoát nghèo."]),
    "quà tết": dict(
        category=AN_SINH, tags=["Tết", "người có công", "hộ nghèo"], months=[1, 2],
        titles=["Trao quà Tết cho hộ nghèo và gia đình chính sách",
                "Mặt trận xã thăm, tặng quà Tết Nguyên đán tại thôn {thon}",
                "Chăm lo Tết cho người nghèo, không để ai thiếu Tết"],
        sentences=["Nhân dịp Tết Nguyên đán, Ủy ban MTTQ Việt Nam xã đã trao {so} suất quà cho hộ nghèo, hộ cận nghèo.",
                   "Mỗi suất quà Tết gồm gạo, dầu ăn, bánh mứt và tiền mặt trị giá {so} nghìn đồng.",
                   "Đoàn đã đến thăm hỏi, chúc Tết các gia đình người có công với cách mạng và thân nhân liệt sĩ.",
                   "Với phương châm không để ai thiếu Tết, các tổ chức thành viên đã rà soát kỹ danh sách hộ khó khăn.",
                   "Những món quà tuy nhỏ nhưng mang ý nghĩa động viên, giúp bà con đón xuân ấm áp."]),
    "giám sát công trình": dict(
        category=GIAM_SAT, tags=["giám sát", "Ban Giám sát đầu tư cộng đồng", "đường giao thông"], months=list(range(3, 11)),
        titles=["Giám sát thi công tuyến đường bê tông thôn {thon}",
                "Ban Giám sát đầu tư cộng đồng kiểm tra công trình kênh mương",
                "Mặt trận xã giám sát chất lượng công trình nhà văn hóa thôn {thon}"],
        sentences=["Ban Giám sát đầu tư cộng đồng thôn {thon} đã kiểm tra khối lượng, chất lượng vật liệu của công trình.",
                   "Qua giám sát, đoàn đề nghị nhà thầu bảo đảm độ dày mặt đường bê tông theo đúng thiết kế.",
                   "Tuyến đường dài {so} mét, rộng ba mét rưỡi, được đầu tư từ nguồn vốn nông thôn mới và nhân dân đóng góp.",
                   "Người dân phản ánh một số đoạn cống thoát nước chưa bảo đảm, đơn vị thi công đã khắc phục ngay.",
                   "Kết quả giám sát được báo cáo công khai tại hội nghị nhân dân để bà con cùng theo dõi."]),
    "thanh tra nhân dân": dict(
        category=GIAM_SAT, tags=["Ban Thanh tra nhân dân", "giám sát", "quy chế dân chủ"], months=list(range(1, 13)),
        titles=["Ban Thanh tra nhân dân xã giám sát việc chi trả chế độ chính sách",
                "Kiện toàn Ban Thanh tra nhân dân nhiệm kỳ mới",
                "Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân"],
        sentences=["Ban Thanh tra nhân dân xã đã giám sát việc thực hiện quy chế dân chủ ở cơ sở tại {so} thôn.",
                   "Qua giám sát việc chi trả trợ cấp, Ban Thanh tra nhân dân không phát hiện sai phạm.",
                   "Các thành viên Ban Thanh tra nhân dân được tập huấn nghiệp vụ giám sát, tiếp nhận đơn thư của công dân.",
                   "Phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng được thực hiện nghiêm túc."]),
    "phản biện": dict(
        category=GIAM_SAT, tags=["phản biện xã hội", "góp ý dự thảo", "quy hoạch"], months=list(range(1, 13)),
        titles=["Hội nghị phản biện dự thảo đề án quy hoạch khu dân cư {thon}",
                "Mặt trận xã góp ý dự thảo nghị quyết về thu gom rác thải",
                "Lấy ý kiến nhân dân về dự thảo quy hoạch sử dụng đất"],
        sentences=["Hội nghị phản biện xã hội đối với dự thảo đề án quy hoạch thu hút đông đảo đại biểu và người dân.",
                   "Nhiều ý kiến đề nghị làm rõ phương án bồi thường, tái định cư và hạ tầng thoát nước của khu quy hoạch.",
                   "Ban Thường trực đã tổng hợp {so} ý kiến góp ý, gửi văn bản phản biện đến Ủy ban nhân dân xã.",
                   "Dự thảo được điều chỉnh sau khi tiếp thu các ý kiến phản biện của Mặt trận và nhân dân."]),
    "hiến đất": dict(
        category=GUONG, tags=["hiến đất làm đường", "gương điển hình", "nông thôn mới"], months=list(range(1, 13)),
        titles=["Ông {nguoi} hiến hơn {so} mét vuông đất mở rộng đường thôn",
                "Gương sáng hiến đất làm đường ở thôn {thon}",
                "Những tấm lòng vàng hiến đất xây dựng nông thôn mới"],
        sentences=["Gia đình ông {nguoi} ở thôn {thon} đã tự nguyện hiến {so} mét vuông đất vườn để mở rộng đường liên thôn.",
                   "Ông chia sẻ, con đường rộng rãi thì con cháu đi học, bà con chở nông sản đều thuận tiện.",
                   "Nghĩa cử hiến đất làm đường của gia đình đã lan tỏa, nhiều hộ khác cũng tự nguyện tháo dỡ tường rào.",
                   "Ủy ban MTTQ Việt Nam xã đã biểu dương, đề nghị khen thưởng gương điển hình trong xây dựng nông thôn mới."]),
    "làm kinh tế giỏi": dict(
        category=GUONG, tags=["gương điển hình", "nông dân sản xuất giỏi", "thoát nghèo"], months=list(range(1, 13)),
        titles=["Anh {nguoi} thoát nghèo nhờ mô hình nuôi bò sinh sản",
                "Nữ nông dân thôn {thon} làm giàu từ trồng rau an toàn",
                "Từ hộ nghèo vươn lên thành hộ khá nhờ chăn nuôi"],
        sentences=["Từ số vốn vay ưu đãi của Ngân hàng Chính sách xã hội, anh {nguoi} mạnh dạn đầu tư chuồng trại nuôi bò sinh sản.",
                   "Mô hình trồng rau an toàn theo hướng hữu cơ mang lại thu nhập ổn định hơn {so} triệu đồng mỗi năm.",
                   "Không chỉ làm giàu cho gia đình, anh còn tạo việc làm thời vụ cho nhiều lao động trong thôn.",
                   "Gia đình đã tự nguyện viết đơn xin ra khỏi danh sách hộ nghèo, trở thành tấm gương vượt khó."]),
    "covid-19": dict(
        category=HOAT_DONG, tags=["Covid-19", "phòng chống dịch", "y tế"], months=[3, 4, 5, 6, 7, 8, 9],
        titles=["Mặt trận xã vận động ủng hộ Quỹ phòng chống dịch Covid-19",
                "Tổ Covid cộng đồng thôn {thon} giám sát người về từ vùng dịch",
                "Chung sức phòng chống dịch, hỗ trợ người dân khu cách ly"],
        sentences=["Tổ Covid cộng đồng thôn {thon} đã đến từng nhà tuyên truyền thực hiện nghiêm quy định phòng chống dịch.",
                   "Ủy ban MTTQ Việt Nam xã tiếp nhận {so} triệu đồng ủng hộ Quỹ phòng chống dịch Covid-19 và mua vắc xin.",
                   "Các gia đình đang cách ly tại nhà được hỗ trợ gạo, rau củ và nhu yếu phẩm thiết yếu.",
                   "Người dân được vận động tiêm vắc xin đầy đủ, đeo khẩu trang và hạn chế tụ tập đông người."]),
    "nông thôn mới": dict(
        category=HOAT_DONG, tags=["nông thôn mới", "đô thị văn minh", "khu dân cư"], months=list(range(1, 13)),
        titles=["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                "Thôn {thon} đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
                "Sơ kết cuộc vận động xây dựng nông thôn mới giai đoạn {nam}"],
        sentences=["Cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh được triển khai sâu rộng.",
                   "Nhân dân thôn {thon} đã đóng góp {so} ngày công, chỉnh trang hàng rào xanh, đường hoa bên các tuyến đường.",
                   "Đến nay xã đã hoàn thành {so} trên mười chín tiêu chí nông thôn mới nâng cao.",
                   "Nhiều tuyến đường giao thông nông thôn được bê tông hóa, hệ thống điện chiếu sáng được lắp đặt."]),
    "sơ kết": dict(
        category=HOAT_DONG, tags=["sơ kết – tổng kết", "phương hướng nhiệm vụ"], months=[1, 6, 7, 12],
        titles=["Ủy ban MTTQ Việt Nam xã sơ kết công tác Mặt trận 6 tháng đầu năm {nam}",
                "Tổng kết công tác Mặt trận năm {nam}, triển khai nhiệm vụ năm mới",
                "Hội nghị giao ban Ban công tác Mặt trận các thôn quý {lan}"],
        sentences=["Hội nghị đã đánh giá kết quả thực hiện chương trình công tác Mặt trận và phương hướng nhiệm vụ thời gian tới.",
                   "Công tác tập hợp, vận động nhân dân có nhiều đổi mới, các cuộc vận động và phong trào thi đua đạt kết quả tích cực.",
                   "Hội nghị thống nhất {so} chỉ tiêu chủ yếu, trong đó chú trọng nâng cao chất lượng hoạt động của Ban công tác Mặt trận.",
                   "Ban Thường trực đề nghị các thôn khắc phục tình trạng sinh hoạt chưa đều, báo cáo chưa đúng hạn."]),
    "đại hội": dict(
        category=HOAT_DONG, tags=["đại hội Mặt trận", "nhiệm kỳ", "Ban công tác Mặt trận"], months=[4, 5, 6, 7],
        titles=["Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã nhiệm kỳ mới",
                "Thôn {thon} tổ chức Hội nghị Ban công tác Mặt trận nhiệm kỳ mới",
                "Hiệp thương cử Ban Thường trực Ủy ban MTTQ Việt Nam xã"],
        sentences=["Đại hội đã hiệp thương cử {so} vị vào Ủy ban MTTQ Việt Nam xã nhiệm kỳ mới.",
                   "Văn kiện đại hội đánh giá kết quả nhiệm kỳ qua và đề ra chương trình hành động nhiệm kỳ tới.",
                   "Đại biểu dự đại hội là đại diện các tổ chức thành viên, chức sắc tôn giáo, người tiêu biểu ở khu dân cư.",
                   "Hội nghị Ban công tác Mặt trận thôn {thon} đã bầu trưởng ban và các thành viên."]),
    "tiếp xúc cử tri": dict(
        category=GIAM_SAT, tags=["tiếp xúc cử tri", "kiến nghị cử tri", "HĐND"], months=[5, 6, 11, 12],
        titles=["Đại biểu HĐND tiếp xúc cử tri trước kỳ họp",
                "Cử tri thôn {thon} kiến nghị sửa chữa đường và kênh mương",
                "Trả lời kiến nghị cử tri sau kỳ họp HĐND xã"],
        sentences=["Tại buổi tiếp xúc cử tri, đại biểu HĐND đã thông báo dự kiến nội dung kỳ họp.",
                   "Cử tri thôn {thon} kiến nghị sớm sửa chữa tuyến kênh mương nội đồng bị xuống cấp.",
                   "Lãnh đạo Ủy ban nhân dân xã đã trả lời, tiếp thu {so} ý kiến, kiến nghị của cử tri.",
                   "Ủy ban MTTQ Việt Nam xã sẽ theo dõi, giám sát việc giải quyết kiến nghị của cử tri."]),
    "môi trường": dict(
        category=HOAT_DONG, tags=["môi trường", "ngày Chủ nhật xanh", "rác thải"], months=list(range(1, 13)),
        titles=["Ra quân ngày Chủ nhật xanh tại thôn {thon}",
                "Phân loại rác thải tại nguồn, bắt đầu từ mỗi gia đình",
                "Trồng cây xanh, làm đường hoa ở khu dân cư"],
        sentences=["Hàng trăm đoàn viên, hội viên và người dân ra quân thu gom rác thải, khơi thông cống rãnh.",
                   "Mô hình phân loại rác thải tại nguồn được triển khai thí điểm ở {so} hộ gia đình thôn {thon}.",
                   "Các tuyến đường hoa, hàng cây xanh được chăm sóc, góp phần làm sạch đẹp cảnh quan môi trường.",
                   "Người dân được hướng dẫn hạn chế sử dụng túi ni lông và sản phẩm nhựa dùng một lần."]),
    "khuyến học": dict(
        category=DAI_DOAN_KET, tags=["khuyến học", "học bổng", "học sinh"], months=[8, 9],
        titles=["Trao học bổng cho học sinh nghèo vượt khó",
                "Tiếp sức đến trường cho học sinh thôn {thon}",
                "Quỹ khuyến học dòng họ khen thưởng học sinh giỏi"],
        sentences=["Nhân dịp năm học mới, {so} suất học bổng được trao cho học sinh có hoàn cảnh khó khăn, vượt khó học giỏi.",
                   "Mỗi suất học bổng gồm tiền mặt, sách vở và đồ dùng học tập.",
                   "Phong trào khuyến học, khuyến tài trong các dòng họ được duy trì nhiều năm liền.",
                   "Các em học sinh hứa sẽ cố gắng học tập tốt để không phụ lòng gia đình và thầy cô."]),
    "thông báo tiếp dân": dict(
        category=THONG_BAO, tags=["tiếp công dân", "lịch làm việc"], months=list(range(1, 13)),
        titles=["Thông báo lịch tiếp công dân của Ban Thường trực tháng {thang}",
                "Thông báo thay đổi lịch tiếp công dân",
                "Lịch làm việc của Ủy ban MTTQ Việt Nam xã tuần này"],
        sentences=["Ban Thường trực Ủy ban MTTQ Việt Nam xã thông báo lịch tiếp công dân định kỳ vào sáng thứ Năm hằng tuần.",
                   "Địa điểm tiếp công dân tại phòng tiếp dân, trụ sở Ủy ban nhân dân xã.",
                   "Công dân đến liên hệ vui lòng mang theo căn cước công dân và các giấy tờ có liên quan.",
                   "Trường hợp thay đổi lịch, Ban Thường trực sẽ thông báo trên loa truyền thanh và trang thông tin này."]),
    "chuyển đổi số": dict(
        category=HOAT_DONG, tags=["chuyển đổi số", "dịch vụ công trực tuyến", "định danh điện tử"], months=list(range(1, 13)),
        titles=["Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt định danh điện tử",
                "Mặt trận xã tuyên truyền sử dụng dịch vụ công trực tuyến",
                "Thanh toán không dùng tiền mặt ở chợ thôn {thon}"],
        sentences=["Tổ công nghệ số cộng đồng đã hướng dẫn {so} người dân kích hoạt tài khoản định danh điện tử.",
                   "Người dân được hướng dẫn nộp hồ sơ qua cổng dịch vụ công trực tuyến mà không phải đến trụ sở.",
                   "Tiểu thương chợ thôn {thon} được hỗ trợ tạo mã QR để thanh toán không dùng tiền mặt.",
                   "Đoàn viên thanh niên tình nguyện đến từng nhà giúp người cao tuổi sử dụng điện thoại thông minh."]),
    "tôn giáo": dict(
        category=DAI_DOAN_KET, tags=["tôn giáo", "đồng bào có đạo", "chức sắc tôn giáo"], months=[5, 12],
        titles=["Thăm, chúc mừng Đại lễ Phật đản tại chùa {thon}",
                "Mặt trận xã chúc mừng Lễ Giáng sinh giáo xứ",
                "Gặp mặt chức sắc, chức việc các tôn giáo trên địa bàn"],
        sentences=["Đoàn đã đến thăm, chúc mừng các vị chức sắc, tăng ni, phật tử nhân dịp Đại lễ Phật đản.",
                   "Nhân dịp Lễ Giáng sinh, lãnh đạo xã đến thăm, tặng quà linh mục và bà con giáo dân.",
                   "Đồng bào các tôn giáo sống tốt đời, đẹp đạo, tích cực tham gia các cuộc vận động của Mặt trận.",
                   "Các cơ sở tôn giáo đã đóng góp {so} triệu đồng cho công tác từ thiện xã hội."]),
    "hòa giải": dict(
        category=HOAT_DONG, tags=["hòa giải ở cơ sở", "pháp luật", "khu dân cư"], months=list(range(1, 13)),
        titles=["Tổ hòa giải thôn {thon} hòa giải thành tranh chấp đất đai",
                "Tập huấn nghiệp vụ cho hòa giải viên ở cơ sở",
                "Nâng cao hiệu quả công tác hòa giải ở cơ sở"],
        sentences=["Tổ hòa giải thôn {thon} đã hòa giải thành {so} vụ việc mâu thuẫn, tranh chấp trong nhân dân.",
                   "Hòa giải viên được tập huấn kỹ năng, kiến thức pháp luật về đất đai, hôn nhân và gia đình.",
                   "Nhờ hòa giải kịp thời, nhiều vụ việc được giải quyết ngay tại khu dân cư, giữ gìn tình làng nghĩa xóm."]),
    "hiến máu": dict(
        category=DAI_DOAN_KET, tags=["hiến máu tình nguyện", "nhân đạo"], months=[1, 4, 7, 10],
        titles=["Ngày hội hiến máu tình nguyện năm {nam}",
                "Hàng trăm người tham gia hiến máu cứu người",
                "Giọt máu hồng từ thôn {thon}"],
        sentences=["Ngày hội hiến máu tình nguyện đã tiếp nhận {so} đơn vị máu an toàn.",
                   "Nhiều đoàn viên thanh niên, cán bộ và người dân đã tham gia hiến máu nhiều lần.",
                   "Mỗi giọt máu cho đi, một cuộc đời ở lại là thông điệp của chương trình."]),
    "người cao tuổi": dict(
        category=DAI_DOAN_KET, tags=["người cao tuổi", "mừng thọ"], months=[1, 2, 10],
        titles=["Mừng thọ người cao tuổi thôn {thon}",
                "Hội Người cao tuổi xã chúc thọ các cụ tròn tuổi",
                "Chăm sóc, phát huy vai trò người cao tuổi"],
        sentences=["Nhân dịp đầu xuân, Hội Người cao tuổi tổ chức mừng thọ cho {so} cụ tròn tuổi.",
                   "Các cụ được tặng giấy chúc thọ, khăn và quà của Ủy ban nhân dân xã.",
                   "Người cao tuổi luôn là tấm gương sáng, tích cực tham gia công tác hòa giải và khuyến học."]),
}
# The long tail of real vocabulary (names, places, things), which makes a real
# index big: syllables built from onsets, rhymes and tones, drawn by Zipf's law.
ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu",
          "r", "s", "t", "th", "tr", "v", "x"]
RHYMES = ["a", "ai", "am", "an", "ang", "anh", "ao", "au", "ay", "ăm", "ăn", "ăng", "âm", "ân", "âu",
          "ây", "e", "em", "en", "eo", "ê", "ên", "ênh", "êu", "i", "im", "in", "inh", "iu", "iêm",
          "iên", "o", "oa", "oai", "oan", "oang", "oanh", "oi", "om", "on", "ong", "ô", "ôi", "ôm",
          "ôn", "ông", "ơ", "ơi", "ơm", "ơn", "u", "ua", "uân", "ui", "um", "un", "ung", "uy", "uyên",
          "ư", "ưa", "ưng", "ươi", "ương", "ưu"]
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]


def _syllables():
    """About 9,000 distinct syllables, in a fixed pseudo-random order (rank = frequency)."""
    import unicodedata

    found = []
    for onset in ONSETS:
        for rhyme in RHYMES:
            for tone in TONES:
                vowel = next(i for i, ch in enumerate(rhyme) if ch in "aăâeêioôơuưy")
                found.append(unicodedata.normalize("NFC", onset + rhyme[: vowel + 1] + tone + rhyme[vowel + 1:]))
    random.Random(7).shuffle(found)
    return found


TAIL = _syllables()
_TAIL_WEIGHTS = list(__import__("itertools").accumulate(1.0 / (rank + 1) for rank in range(len(TAIL))))
TOPIC_NAMES = sorted(TOPICS)
_TOPIC_WEIGHTS = [1.0 / math.sqrt(rank + 1) for rank in range(len(TOPIC_NAMES))]  # a few topics dominate


def _person(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _fill(template, rng, year):
    return template.format(
        thon=rng.choice(VILLAGES), nguoi=_person(rng), so=rng.choice([3, 12, 25, 48, 120, 365, 1200]),
        nam=year, lan=rng.choice(["nhất", "hai", "ba"]), thang=rng.randint(1, 12),
    )


def _details(rng, size):
    """A paragraph of ``size`` long-tail syllables, in sentences."""
    words = rng.choices(TAIL, cum_weights=_TAIL_WEIGHTS, k=size)
    sentences, start = [], 0
    while start < size:
        end = start + rng.randint(6, 18)
        sentence = " ".join(words[start:end])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        start = end
    return " ".join(sentences)


def _body(rng, topic, year, target):
    """Paragraphs of about ``target`` syllables: topic sentences among general
    ones, the second paragraph long-tail details (a third of the length)."""
    paragraphs, size = [], 0
    pools = {True: list(topic["sentences"]), False: list(GENERAL)}
    for pool in pools.values():
        rng.shuffle(pool)
    turns = {True: 0, False: 0}
    while size < target:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            on_topic = rng.random() < 0.45
            pool = pools[on_topic]  # go round each shuffled pool: few repeats within a post
            sentence = _fill(pool[turns[on_topic] % len(pool)], rng, year)
            turns[on_topic] += 1
            sentences.append(sentence)
            size += len(sentence.split())
        paragraphs.append(" ".join(sentences))
        if len(paragraphs) == 1:
            detail = max(20, target // 3)
            paragraphs.append(_details(rng, detail))
            size += detail
    return "\n\n".join(paragraphs)


def _yaml_text(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_post(index, rng, by_topic):
    """Front matter and body of post ``index``; ``by_topic`` (topic -> earlier
    slugs) lets a post name earlier posts of its topic in ``related:``."""
    name = rng.choices(TOPIC_NAMES, weights=_TOPIC_WEIGHTS)[0]
    topic = TOPICS[name]
    year = 2016 + index * 10 // max(1, by_topic["__n__"])  # years fill in order: later posts are newer
    year = min(year, 2025)
    month = rng.choice(topic["months"])
    day = rng.randint(1, 28)
    stamp = dt.datetime(year, month, day, rng.randint(6, 20), rng.choice([0, 15, 30, 45]))
    title = _fill(rng.choice(topic["titles"]), rng, year)
    slug = f"{slugify(title)[:70].rstrip('-')}-{index:05d}"
    category = topic["category"] if rng.random() < 0.8 else rng.choice(CATEGORIES)
    tags = rng.sample(topic["tags"], rng.randint(1, len(topic["tags"])))
    if rng.random() < 0.5:
        tags.append(rng.choice(GENERAL_TAGS))
    target = int(math.exp(rng.uniform(math.log(100), math.log(1500))))
    body = _body(rng, topic, year, target)
    lines = [
        "---",
        f"# chủ đề: {name}",
        f"title: {_yaml_text(title)}",
        f"slug: {slug}",
        f"date: {stamp:%d/%m/%Y %H:%M}",
        f"category: {category}",
        f"author: {rng.choice(AUTHORS)}",
        "tags: [" + ", ".join(tags) + "]",
    ]
    if rng.random() < 0.6:
        lines.append(f"summary: {_yaml_text(body.split('. ')[0].strip('.') + '.')}")
    earlier = by_topic.setdefault(name, [])
    if earlier and rng.random() < 0.05:
        lines.append("related: [" + ", ".join(earlier[-rng.randint(1, 2):]) + "]")
    earlier.append(slug)
    lines.append("---")
    return f"{year}/{index:05d}.md", "\n".join(lines) + "\n\n" + body + "\n", name


def generate(dest_dir, n, seed=2024):
    """Write ``n`` posts under ``dest_dir/posts`` (the folder is emptied first);
    return ``{relative path: topic}``."""
    dest = Path(dest_dir)
    posts_dir = dest / "posts"
    if posts_dir.exists():
        shutil.rmtree(posts_dir)
    (dest / "pages").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    by_topic = {"__n__": n}
    topics = {}
    for index in range(n):
        rel, text, name = make_post(index, rng, by_topic)
        target = posts_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        topics[rel] = name
    return topics


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write a deterministic Vietnamese benchmark corpus.")
    parser.add_argument("dest", help="content folder to write (posts/ is replaced)")
    parser.add_argument("n", type=int, help="number of posts")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    generate(args.dest, args.n, args.seed)
    print(f"{args.n} posts written to {Path(args.dest) / 'posts'}")


if __name__ == "__main__":
    main()
