/**
 * Vietnamese: how the Vietnamese press writes about trafficking and the scam compounds ("mua bán người",
 * "việc nhẹ lương cao", "hang ổ lừa đảo ở Campuchia"), and the look-alikes it prints far more often: domestic
 * fraud ("lừa đảo chiếm đoạt tài sản", "giả danh công an"), flood rescues ("giải cứu", "cứu hộ"), drug and
 * ivory smuggling from Laos, road crashes. Written from the development sets tests/fixtures/headlines/lang/vi-dev.jsonl
 * and vi-dev-2.jsonl.
 *
 * Much of this press tells the compound story without naming it: people "bị lừa sang Campuchia", "bị giam giữ,
 * đánh đập" there, "bị bán qua lại giữa các công ty", "trốn thoát" and are "tiếp nhận" at the border, while rings
 * "đưa người xuất cảnh trái phép sang Campuchia". A verb of that story is weak alone (fugitives also "trốn sang
 * Campuchia", flood victims are also "giải cứu"), so these are phrases that carry their destination: the
 * neighbouring countries of the compounds (DEST below) written into the spelling.
 */
import type { LanguagePack } from "./language-pack.js";

/** Where the compounds are, as a destination inside a phrase ("bị lừa sang {DEST}"). */
const DEST =
  "{campuchia,cam-pu-chia,căm-pu-chia,myanmar,mi-an-ma,miến điện,lào,bavet,ba vét,bà vét,bà vẹt,sihanoukville,xi-ha-núc-vin,poipet,myawaddy,tam giác vàng,bò kẹo}";
const d = (spellings: string): string => spellings.replaceAll("DEST", DEST);

export const VI: LanguagePack = {
  language: "vi",
  homeCountries: ["VN"],
  relevance: [
    // Human trafficking by name; selling people, brides and wives.
    [
      "mua bán người|buôn bán người|buôn người|kẻ buôn người|bọn buôn người|tội phạm mua bán người|mua bán người dưới 16 tuổi|mua bán trẻ em|buôn bán trẻ em|mua bán phụ nữ|buôn bán phụ nữ|mua bán người qua biên giới|phòng chống mua bán người|phòng, chống mua bán người|chống buôn người|nạn buôn người|nạn mua bán người|nô lệ thời hiện đại|buôn bán nô lệ",
      "human",
      "human trafficking",
    ],
    [
      "lừa bán|bị lừa bán|lừa bán người|bị bán sang|bị bán qua|bị bán cho|bị bán làm|bị bán vào|bán sang trung quốc|bán qua trung quốc|bán làm vợ|bán làm cô dâu|bị bán làm vợ|bán vợ|bán cô dâu|gả bán|ép bán dâm|cưỡng ép bán dâm|ép làm gái|bóc lột tình dục|bắt cóc sang|bị bắt cóc sang|bắt cóc đưa sang|mua bán thai nhi|mua bán trẻ sơ sinh|bán trẻ sơ sinh|đường dây đẻ thuê|mua bán nội tạng|buôn bán nội tạng|mua bán thận",
      "human",
      "sold (trafficked)",
    ],
    // Sold on between the compounds ("bị bán qua lại giữa các công ty"), or sold to one.
    [
      d(
        "{người,phụ nữ,trẻ em,thiếu nữ,cô gái,nạn nhân,lao động,công dân} bị {mua bán,buôn bán}|bị bán qua lại|bán qua lại giữa các công ty|bị bán qua bán lại|bị bán đi bán lại|bị bán nhiều lần|bị bán {sang,qua} {công ty,các công ty} khác|bán cho {công ty,các công ty,một công ty} {lừa đảo,cờ bạc,casino}|bán người {sang,qua,cho,ra nước ngoài}|bán nạn nhân cho|đưa {sang,qua} DEST bán",
      ),
      "human",
      "sold on (trafficked)",
    ],
    // Forced labour, slavery, bondage.
    [
      "cưỡng bức lao động|cưỡng ép lao động|lao động cưỡng bức|lao động cưỡng ép|ép buộc lao động|bị ép làm việc|ép làm việc|bị ép buộc làm việc|bị cưỡng ép làm việc|bóc lột sức lao động|bị bóc lột sức lao động|lao động khổ sai|làm công trả nợ|làm không công|gán nợ|như nô lệ|lao động nô lệ|nô lệ tình dục|bị ép tham gia lừa đảo|ép tham gia lừa đảo|bị ép lừa đảo|ép đi lừa đảo|bị ép gọi điện lừa đảo|bị buộc tham gia đường dây lừa đảo|buộc tham gia đường dây lừa đảo|buộc phải lừa đảo|bị buộc phải làm việc|bị ép làm lừa đảo|ép làm lừa đảo|bị bắt làm lừa đảo|bị bắt đi lừa đảo|bị buộc lừa đảo|bị buộc làm lừa đảo|bị ép lừa|bị ép đi lừa|bị ép gọi điện|bị ép nhắn tin lừa|bị ép làm việc cho",
      "forced",
      "forced labour",
    ],
    // Bare "nô lệ" is also an idiom ("nô lệ của điện thoại"): it needs another cue.
    ["nô lệ", "forced", "slavery", 2],
    // The scam-compound industry by name.
    [
      d(
        "khu phức hợp lừa đảo|trung tâm lừa đảo|trung tâm lừa đảo trực tuyến|hang ổ lừa đảo|hang ổ lừa đảo trực tuyến|ổ lừa đảo|ổ lừa đảo trực tuyến|ổ nhóm lừa đảo xuyên quốc gia|ổ nhóm lừa đảo|sào huyệt lừa đảo|thủ phủ lừa đảo|trại lừa đảo|khu lừa đảo|cơ sở lừa đảo|cơ sở lừa đảo trực tuyến|công ty lừa đảo trực tuyến|nhà máy lừa đảo|xưởng lừa đảo|đại bản doanh lừa đảo|ngành công nghiệp lừa đảo|địa ngục lừa đảo|khu tổ hợp lừa đảo|casino trá hình|sòng bạc trá hình|đặc khu kinh tế tam giác vàng|kk park|shwe kokko|đế chế lừa đảo|thiên đường lừa đảo|khu nhà lừa đảo|tòa nhà lừa đảo|khu vực lừa đảo|đặc khu lừa đảo|lò lừa đảo|khu phức hợp casino|{các,những} công ty lừa đảo {ở,tại,bên} DEST|công ty lừa đảo {ở,tại,bên} DEST",
      ),
      "compound",
      "scam compound",
    ],
    [
      "tập đoàn prince|prince group|ông trùm trần chí|chen zhi|huione|she zhijiang|từ chí giang|zhao wei|triệu vỹ|kings romans",
      "compound",
      "compound group or boss",
    ],
    // Organised scam operations.
    [
      d(
        "lừa đảo trực tuyến|lừa đảo qua mạng|lừa đảo qua không gian mạng|lừa đảo xuyên quốc gia|lừa đảo xuyên biên giới|lừa đảo công nghệ cao|hoạt động lừa đảo|đường dây lừa đảo|tổ chức lừa đảo|băng nhóm lừa đảo|băng đảng lừa đảo|nhóm lừa đảo|mạng lưới lừa đảo|tội phạm lừa đảo|tội phạm công nghệ cao|tội phạm mạng|nạn lừa đảo|lừa đảo tình cảm|lừa tình|lừa đảo đầu tư|app tình yêu|sàn chứng khoán quốc tế|đánh bạc trực tuyến|đánh bạc qua mạng|cờ bạc trực tuyến|cờ bạc online|đánh bạc online|game online lừa đảo|công ty lừa đảo|trùm lừa đảo|ông trùm lừa đảo|khu cờ bạc|cơ sở cờ bạc|cơ sở đánh bạc trực tuyến|pogo|công ty cờ bạc|công ty casino|công ty đánh bạc|nghi phạm lừa đảo|nghi can lừa đảo|lừa đảo {ở,tại,bên} DEST",
      ),
      "scam",
      "organised scam",
    ],
    ["casino|sòng bạc", "scam", "casino", 1],
    [
      "lừa đảo|lừa gạt|kẻ lừa đảo|lừa đảo chiếm đoạt tài sản|chiếm đoạt tài sản|bị lừa đảo|bị lừa gạt|bị lừa tiền|bị lừa mất|{công dân,người việt,lao động,thanh niên} bị lừa {đảo,gạt,tiền,mất}",
      "weakScam",
      "fraud",
    ],
    // Deceptive recruitment.
    [
      d(
        "việc nhẹ lương cao|việc nhẹ mà lương cao|lương cao việc nhẹ|việc nhàn lương cao|việc nhàn mà thu nhập cao|công việc nhẹ thu nhập cao|tuyển dụng giả|lừa đảo tuyển dụng|lừa tuyển dụng|bẫy việc làm|bị lừa sang|bị lừa đưa sang|lừa đưa sang|lừa sang|dụ dỗ sang|dụ dỗ ra nước ngoài|bị dụ dỗ sang|lừa đi làm|bị lừa đi làm|lừa ra nước ngoài|bị lừa {tại,ở,qua,ra,đưa qua} DEST|bị lừa ra nước ngoài|{dụ,bị dụ,rủ,bị rủ,được rủ,dụ dỗ,lôi kéo,rủ rê} {sang,qua} DEST|lừa {người,nhiều người,thanh niên,thiếu niên,thiếu nữ,phụ nữ,cô gái,nam thanh niên,người lao động,lao động,người dân,nạn nhân,đồng hương,bạn} {sang,qua} DEST|{công dân,người việt,lao động,thanh niên} bị lừa|môi giới đưa người|môi giới {người,lao động} {sang,qua,ra nước ngoài}|môi giới {sang,qua} DEST|{cò,cò mồi,đối tượng môi giới,kẻ môi giới} {đưa người,đưa lao động,tuyển người}",
      ),
      "recruit",
      "deceptive recruitment",
    ],
    ["bị lừa|dụ dỗ|bị dụ dỗ|rủ rê|lôi kéo|sập bẫy|sa bẫy|mắc bẫy|môi giới|cò mồi", "recruit", "lured", 1],
    // Going to work there: needs another cue ("sang Campuchia làm việc, bị đánh đập").
    [
      d(
        "{sang,qua} DEST {làm việc,lao động,kiếm việc,tìm việc,làm thuê,xin việc}|{làm việc,làm thuê,lao động} {ở,tại,bên} DEST",
      ),
      "recruit",
      "went to work there",
      1.5,
    ],
    // People held against their will.
    [
      "giam giữ|bị giam giữ|giam lỏng|bị giam lỏng|giam cầm|bị giam cầm|bị nhốt|bắt nhốt|bị khống chế|khống chế|tiền chuộc|đòi tiền chuộc|chuộc người|bị bán|bắt cóc|bị bắt cóc|đánh đập|bị đánh đập|tra tấn|bị tra tấn|chích điện|ngược đãi|bị ngược đãi|hành hạ|bị hành hạ|chuộc con|chuộc về|phải chuộc|nộp tiền chuộc|bị giữ làm con tin|con tin",
      "captive",
      "held captive",
    ],
    // Held there, or Vietnamese stranded there: the destination makes it the compound story.
    [
      d(
        "{giam giữ,bị giam giữ,giam lỏng,bị giam lỏng,bị nhốt,bị khống chế,đánh đập,bị đánh đập,bị hành hạ,bị tra tấn,bị ngược đãi,bị bắt giữ làm con tin,bị cưỡng bức} {ở,tại,bên} DEST|{người việt,người việt nam,công dân việt nam,công dân việt,công dân,lao động việt nam,lao động việt,lao động} {được giải cứu,được giải thoát,bị giam giữ,bị giữ,bị nhốt} {ở,tại,bên} DEST",
      ),
      "captive",
      "held captive there",
      3,
    ],
    // Escaping a company or a compound means having been held there.
    [
      "{trốn,trốn thoát,thoát,chạy trốn,tháo chạy,bỏ trốn} khỏi {casino,sòng bạc,khu phức hợp,đặc khu}",
      "scam",
      "escaped a casino or compound",
    ],
    ["{trốn,trốn thoát,thoát,chạy trốn,tháo chạy,bỏ trốn} khỏi {công ty,các công ty}", "captive", "escaped"],
    [
      d("{trốn,trốn thoát,thoát,chạy trốn,tháo chạy,bỏ trốn} khỏi {công ty,các công ty} {ở,tại,bên} DEST"),
      "captive",
      "escaped a company there",
      3,
    ],
    ["mổ lợn|mổ heo|giết lợn|nuôi lợn|nuôi heo", "pig", "pig butchering"],
    [
      "giải cứu|được giải cứu|giải thoát|trao trả|hồi hương|đưa về nước|về nước|tiếp nhận công dân|bảo hộ công dân|trốn thoát|tháo chạy|thoát khỏi|thoát nạn|mắc kẹt|trục xuất|trốn khỏi|thoát ra|trốn về|kêu cứu|cầu cứu|được đưa về|đón về|được trả tự do",
      "plight",
      "rescue or repatriation",
    ],
    // Compound hotspots as Vietnamese writes them (and the usual romanisation).
    [
      "bavet|ba vét|bà vét|bà vẹt|ba vet|kim sa|sihanoukville|xi-ha-núc-vin|preah sihanouk|poipet|pôi-pét|o'smach|o smach|ô xa mát|osamach|svay rieng|svay riêng|banteay meanchey|oddar meanchey|chrey thom|tam giác vàng|bò kẹo|bokeo|myawaddy|mya-oa-đi|myawadi|myawady|mae sot|tachileik|tachilek|thà khí lếch|kokang|laukkaing|mong la|bang wa|vùng wa|khu tự trị|khu phức hợp|đặc khu kinh tế",
      "hotspot",
      "compound hotspot",
    ],
    [
      "buôn lậu người|đưa người vượt biên|đưa người xuất cảnh trái phép|xuất cảnh trái phép sang|vượt biên trái phép|tổ chức cho người khác xuất cảnh trái phép|tổ chức cho người khác trốn đi nước ngoài|trốn đi nước ngoài trái phép|tổ chức vượt biên|đường dây đưa người|tổ chức đưa người",
      "smuggling",
      "people smuggling",
    ],
    // Taken across to the compounds: a ring's charge with its destination ("xuất cảnh trái phép sang Campuchia").
    [
      d(
        "xuất cảnh trái phép {sang,qua} DEST|{đưa người,đưa lao động,tổ chức đưa người,đưa người trái phép} {sang,qua} DEST|{đưa người,đưa lao động,tổ chức cho người khác,tổ chức cho người,tổ chức đưa người} {xuất cảnh,vượt biên,trốn} {trái phép ,}{sang,qua} DEST",
      ),
      "smuggling",
      "smuggled to the compounds",
      3,
    ],
    [
      "bóc lột|bị bóc lột|lạm dụng|bị lạm dụng|tước hộ chiếu|bị tước hộ chiếu|giữ hộ chiếu|bị giữ hộ chiếu|thu giữ hộ chiếu|tịch thu hộ chiếu",
      "exploit",
      "exploited",
    ],
    [
      "người lao động|lao động|lao động di cư|lao động nhập cư|lao động nước ngoài|thuyền viên|ngư dân|lao động tàu cá|người giúp việc|giúp việc gia đình|công nhân",
      "workers",
      "workers",
    ],
    // Look-alikes.
    [
      "ma túy|ma túy tổng hợp|ma túy đá|chất ma túy|viên ma túy|heroin|hê-rô-in|bánh heroin|thuốc lắc|cần sa|thuốc phiện|cocaine|methamphetamine|ketamine|hồng phiến|yaba|buôn bán ma túy|mua bán trái phép chất ma túy|vận chuyển trái phép chất ma túy|vận chuyển ma túy|buôn lậu ma túy",
      "negDrug",
      "drugs",
    ],
    [
      "ngà voi|tê tê|vảy tê tê|sừng tê giác|động vật hoang dã|động vật quý hiếm|săn trộm|kiểm lâm|gỗ lậu|gỗ trắc|lâm sản|tôm hùm giống|rùa biển|hổ|voi|khỉ|chim",
      "negWildlife",
      "wildlife",
    ],
    ["vũ khí|súng|đạn|đạn pháo|pháo kích|đấu pháo|vũ khí quân dụng|buôn bán vũ khí", "negArms", "weapons"],
    [
      "cổ vật|đồ cổ|tượng cổ|di vật|buôn lậu|hàng lậu|hàng giả|xăng dầu lậu|thuốc lá lậu",
      "negAntiquities",
      "contraband",
    ],
    [
      "tai nạn giao thông|giao thông|ùn tắc|kẹt xe|cảnh sát giao thông|lật xe|xe khách|tai nạn",
      "negTraffic",
      "road traffic",
    ],
    [
      "thời chiến|chiến tranh thế giới|thế chiến|phát xít nhật|quân đội nhật|thời phong kiến|thời thuộc địa|thực dân|lịch sử",
      "negHistorical",
      "historical",
    ],
    [
      "giả danh công an|giả danh cán bộ|giả danh cơ quan|giả danh lực lượng chức năng|giả danh|mạo danh công an|mạo danh cơ quan|mạo danh|công an rởm|công an giả|chứng minh tiền sạch|sàn giao dịch giả|sàn giả|sàn ảo|đa cấp|kinh doanh đa cấp|huy động vốn|lạm dụng tín nhiệm|cuộc gọi lừa đảo|cuộc gọi giả mạo|tin nhắn giả mạo|tin nhắn lừa đảo|ứng dụng giả|app giả|dịch vụ công giả|link lạ|đường link lạ|mã otp|otp|mua hàng online|bán hàng online|vay online|vay tiền online|tín dụng đen|chạy án|chạy việc|lừa chạy xuất khẩu|chạy xuất khẩu lao động|tiền ảo|đầu tư tiền ảo|xuất khẩu lao động {ma,chui}|lừa đảo xuất khẩu lao động|lừa xuất khẩu lao động|việc làm ảo|chạy visa|du học|{bỏ trốn,trốn} khỏi {nơi cư trú,địa phương}",
      "negLocalScam",
      "domestic fraud",
    ],
    [
      "không phải|không phải là|không có dấu hiệu|không có chuyện|không liên quan|không liên quan đến|không bị|chưa phát hiện|bác bỏ|phủ nhận",
      "negation",
      "not",
    ],
  ],
  places: [
    [
      "campuchia|cam-pu-chia|căm-pu-chia|cambodia|cao miên|đất nước chùa tháp|người campuchia|phnom penh|phnôm pênh|nông pênh|pnôm pênh|sihanoukville|xi-ha-núc-vin|preah sihanouk|bavet|ba vét|bà vét|bà vẹt|ba vet|poipet|pôi-pét|svay rieng|svay riêng|kandal|kaoh thom|koh thom|koh kong|kampot|banteay meanchey|oddar meanchey|ô xa mát|osamach|chrey thom|kim sa|mondulkiri|siem reap|xiêm riệp|trapeang phlong",
      "KH",
    ],
    [
      "myanmar|mi-an-ma|mianma|miến điện|người myanmar|yangon|rangoon|naypyidaw|nay pyi taw|myawaddy|mya-oa-đi|myawadi|myawady|mong la|bang wa|vùng wa|bang karen|bang kayin|bang karren|bang shan|tachileik|tachilek|thà khí lếch|shwe kokko|kk park|kokang|laukkaing",
      "MM",
    ],
    [
      "lào|nước lào|người lào|viêng chăn|vientiane|bò kẹo|bokeo|tam giác vàng|đặc khu kinh tế tam giác vàng|luang prabang|luông pha băng|xiêng khoảng|bôlykhămxay|bolikhamxay|u đôm xay|oudomxay|savannakhet|xa-van-na-khẹt|champasak|chăm pa xắc|lạc xao",
      "LA",
    ],
    ["thái lan|bangkok|băng cốc|mae sot|chiang rai|chiêng rai|chiang mai|chiềng mai|pattaya|phuket", "TH"],
    ["malaysia|ma-lai-xi-a|người malaysia|kuala lumpur|sabah|sarawak", "MY"],
    ["philippines|phi-líp-pin|philippin|người philippines|manila|ma-ni-la|pogo", "PH"],
    ["indonesia|in-đô-nê-xi-a|người indonesia|jakarta|gia-các-ta|bali", "ID"],
    ["singapore|xin-ga-po|xinh-ga-po", "SG"],
    ["brunei|bru-nây", "BN"],
    ["đông timor|timor-leste|timor leste", "TL"],
    [
      "việt nam|vn|người việt|việt|hà nội|tp.hcm|tphcm|tp hcm|thành phố hồ chí minh|sài gòn|tây ninh|an giang|kiên giang|hà tiên|cà mau|đồng nai|lâm đồng|cần thơ|hà tĩnh|nghệ an|quảng ninh|móng cái|lào cai|điện biên|quảng trị|thanh hóa|bắc giang|phú thọ|đà nẵng|khánh hòa|gia lai|đắk lắk|vĩnh long|hưng yên|mộc bài|xa mát|hoa lư|cầu treo",
      "VN",
    ],
    [
      "trung quốc|người trung quốc|quảng tây|vân nam|hà khẩu|đông hưng|hà bắc|hồ bắc|hà nam|giang tây|an huy|nội mông|bắc kinh|thượng hải|quảng châu|thâm quyến",
      "CN",
    ],
    ["đài loan|người đài loan|đài bắc", "TW"],
    ["hồng kông|hong kong|hương cảng", "HK"],
    ["hàn quốc|người hàn quốc|seoul|xơ-un|busan", "KR"],
    ["nhật bản|người nhật|tokyo", "JP"],
    ["ấn độ|người ấn độ|new delhi", "IN"],
    ["pakistan|pa-ki-xtan", "PK"],
    ["sri lanka|xri lan-ca", "LK"],
    ["bangladesh|băng-la-đét", "BD"],
    ["nepal|nê-pan", "NP"],
    ["ethiopia|ê-ti-ô-pi-a", "ET"],
    ["kenya|kê-ni-a", "KE"],
    ["nigeria|ni-giê-ri-a", "NG"],
    ["uganda|u-gan-đa", "UG"],
    ["ghana|ga-na", "GH"],
    ["hoa kỳ|hoa kì|nước mỹ|người mỹ|washington|new york", "US"],
    ["vương quốc anh|nước anh|london|luân đôn", "GB"],
    ["australia|ô-xtrây-li-a", "AU"],
    ["new zealand|niu di-lân", "NZ"],
    ["đông nam á|khu vực đông nam á|asean|tiểu vùng mekong|tiểu vùng mê kông", "region"],
    // The foreign ministry's warnings name no country: "lời mời chào ra nước ngoài làm việc", "việc nhẹ lương cao ở
    // nước ngoài" mean the compounds next door. Only work abroad, not every "nước ngoài" (money sent abroad).
    [
      "{làm việc,lao động,việc làm,kiếm việc,tìm việc,lương cao} {ở,tại} nước ngoài|{ra,đi,sang} nước ngoài {làm việc,lao động,kiếm việc,tìm việc}|lời {mời,mời chào} {ra,đi,sang,làm việc ở,làm việc tại} nước ngoài",
      "region",
    ],
  ],
  topics: [
    [
      "khu phức hợp lừa đảo|trung tâm lừa đảo|hang ổ lừa đảo|ổ lừa đảo|sào huyệt lừa đảo|thủ phủ lừa đảo|trại lừa đảo|khu lừa đảo|cơ sở lừa đảo|khu tự trị|khu phức hợp|casino|sòng bạc|lừa đảo trực tuyến|lừa đảo qua mạng|đường dây lừa đảo|mạng lưới lừa đảo|ngành công nghiệp lừa đảo|đánh bạc trực tuyến|cờ bạc trực tuyến|cờ bạc online|app tình yêu|sàn chứng khoán quốc tế|kk park|shwe kokko|kim sa|tam giác vàng|lừa đảo",
      "scam_compounds",
    ],
    [
      "cưỡng bức lao động|cưỡng ép lao động|lao động cưỡng bức|ép làm việc|bị ép|ép buộc|cưỡng ép|bóc lột sức lao động|bóc lột|nô lệ|khổ sai|làm công trả nợ|gán nợ|tước hộ chiếu|giữ hộ chiếu|bị ép lừa|không được trả lương",
      "forced_labour",
    ],
    [
      "bán làm vợ|làm vợ|cô dâu|lấy chồng|bán vợ|gả bán|bán dâm|mại dâm|bóc lột tình dục|nô lệ tình dục|xâm hại tình dục|buôn bán phụ nữ|mua bán phụ nữ",
      "sex_trafficking",
    ],
    [
      "việc nhẹ lương cao|việc nhàn lương cao|lương cao|thu nhập cao|tuyển dụng|tuyển người|tuyển lao động|lời mời|mời chào|hứa hẹn|dụ dỗ|rủ rê|lôi kéo|môi giới|lừa sang|bị lừa|tìm việc|việc làm|xuất khẩu lao động|mạng xã hội|cò mồi|rủ sang|dụ sang|làm việc ở nước ngoài|ra nước ngoài làm việc",
      "recruitment_fake_jobs",
    ],
    [
      "giải cứu|giải thoát|trao trả|tiếp nhận|hồi hương|về nước|đưa về|bảo hộ công dân|trốn thoát|tháo chạy|bỏ trốn|thoát khỏi|thoát nạn|trục xuất|bàn giao|đoàn tụ|trở về|trốn khỏi|chạy trốn|kêu cứu|cầu cứu|được trả tự do|tiền chuộc",
      "rescue_repatriation",
    ],
    [
      "công an|cảnh sát|bắt|bắt giữ|bắt giam|tạm giam|khởi tố|truy tố|xét xử|tuyên án|tuyên phạt|phạt tù|tòa án|tand|triệt phá|truy quét|đột kích|chuyên án|điều tra|trấn áp|bị can|bị cáo|biên phòng|bộ đội biên phòng|quân đội|truy nã|dẫn độ|khám xét|phá|trục xuất|ông trùm|trùm|cầm đầu",
      "law_enforcement",
    ],
    [
      "bộ ngoại giao|đại sứ quán|đại sứ|lãnh sự|tổng lãnh sự quán|cục lãnh sự|chính phủ|thủ tướng|bộ trưởng|phó thủ tướng|hội nghị|hội thảo|hợp tác|asean|liên hợp quốc|iom|ilo|unodc|khuyến cáo|cảnh báo|người phát ngôn|chính sách|luật|bộ công an|quốc hội|mạng lưới phòng chống",
      "policy_diplomacy",
    ],
    [
      "lời kể|kể lại|chia sẻ|tâm sự|ám ảnh|địa ngục|ác mộng|cơn ác mộng|nước mắt|tố giác|bi kịch|trở về từ|sự thật phía sau|hành hạ|đánh đập",
      "victims_testimony",
    ],
    [
      "chiếm đoạt|tỷ đồng|tỉ đồng|triệu usd|tỷ usd|tỉ usd|mất tiền|thiệt hại|lừa đảo đầu tư|tiền ảo|tiền điện tử|mổ lợn|lừa tình|sàn giao dịch",
      "online_fraud_losses",
    ],
    ["tham nhũng|hối lộ|nhận hối lộ|bảo kê|tiếp tay|dung túng|bao che|lợi ích nhóm", "corruption"],
    [
      "trừng phạt|lệnh trừng phạt|cấm vận|rửa tiền|phong tỏa tài sản|đóng băng tài sản|tiền mã hóa|tiền điện tử|bộ tài chính mỹ|ofac|prince group|tập đoàn prince|huione",
      "sanctions_finance",
    ],
    [
      "ma túy|ma túy tổng hợp|ma túy đá|heroin|bánh heroin|thuốc lắc|cần sa|thuốc phiện|hồng phiến|buôn bán ma túy|vận chuyển ma túy",
      "drug_trafficking",
    ],
  ],
  urgency: [
    [
      "giải cứu|bắt giữ|bắt khẩn cấp|đột kích|triệt phá|trao trả|tiếp nhận|trục xuất|khởi tố|tuyên án|tuyên phạt|truy quét|thoát khỏi|trốn thoát|tháo chạy|tử vong|thiệt mạng|khẩn cấp|khẩn|nóng|mới đây|hôm nay|sáng nay|chiều nay|tối nay|đêm qua|vừa",
      "breaking",
    ],
    [
      "vì sao|tại sao|thực chất là gì|là gì|bên trong|góc tối|phân tích|bình luận|góc nhìn|phóng sự|ký sự|bài 1|kỳ 1|nhìn lại|câu chuyện|sự thật phía sau|lời cảnh tỉnh|lý giải|nguyên nhân|toàn cảnh|hành trình|khủng hoảng|liệu có",
      "background",
    ],
  ],
};
