"""Search queries written from content/*.txt and tests/articles/*.txt, with the meeting each must find.

Each entry: (language of the page searched from, query, expected article, what it tests).
Expected articles are named by their source file stem; the harness maps a stem to the
meeting URL it was published under.
"""

THAI = [
    ("th", "สมาชิกพรรค", "001_94da9129867dff51", "figure label (shows 1,549)"),
    ("th", "วิสาหกิจ", "001_94da9129867dff51", "word mid-sentence"),
    ("th", "ทหารผ่านศึก", "001_94da9129867dff51", "word mid-sentence"),
    ("th", "เหงียน ทันห์ นาม", "001_94da9129867dff51", "name"),
    ("th", "1549", "001_94da9129867dff51", "number without grouping"),
    ("th", "๑,๕๔๙", "001_94da9129867dff51", "Thai digits with grouping"),
    ("th", "१५४९", "001_94da9129867dff51", "Devanagari digits"),
    ("th", "2023 วิสาหกิจ", "001_94da9129867dff51", "Gregorian year for BE 2566 text, with a word"),
    ("th", "งบประมาณแผ่นดิน", "budget.th", "phrase mid-sentence"),
    ("th", "เวนคืนที่ดิน", "budget.th", "phrase mid-sentence"),
    ("th", "ถนนเลียบชายฝั่ง", "budget.th", "phrase mid-sentence"),
    ("th", "ฝ่าม ถิ ฮวา", "budget.th", "name"),
    ("th", "11250 พันล้านดอง", "budget.th", "number + unit"),
    ("th", "ศูนย์วัฒนธรรม", "culture.th", "word"),
    ("th", "งานศพ", "culture.th", "word mid-sentence"),
    ("th", "เพลงพื้นบ้าน", "culture.th", "compound mid-sentence"),
    ("th", "เจิ่น ถิ ลาน", "culture.th", "name"),
    ("th", "อ่างเก็บน้ำ", "flood.th", "word"),
    ("th", "ลานีญา", "flood.th", "loan word"),
    ("th", "พายุดีเปรสชัน", "flood.th", "compound"),
    ("th", "41,268", "flood.th", "ASCII query, Thai-digit text"),
    ("th", "125000", "flood.th", "ungrouped, Thai-digit grouped text"),
    ("th", "ไข้เลือดออก", "health.th", "word"),
    ("th", "เวชระเบียนอิเล็กทรอนิกส์", "health.th", "compound"),
    ("th", "๒,๘๔๖", "health.th", "Thai digits, ASCII text"),
    ("th", "๑๐๐๐๐", "health.th", "Thai digits ungrouped, text 10,000"),
    ("th", "2025", "health.th", "Gregorian year for BE 2568"),
    ("th", "ร้อยละ 96.5", "health.th", "percentage phrase"),
    ("th", "ผลิตภัณฑ์ OCOP", "rural.th", "Thai word with a Latin acronym"),
    ("th", "ท่องเที่ยวชายหาด", "tourism.th", "compound mid-sentence"),
]

HINDI = [
    ("hi", "पार्टी सदस्य", "000_23a266ace8edb898", "figure label"),
    ("hi", "वेटरन्स एसोसिएशन", "000_23a266ace8edb898", "phrase"),
    ("hi", "गुयेन थान नाम", "000_23a266ace8edb898", "name"),
    ("hi", "ज़िला-स्तरीय संचालन", "000_23a266ace8edb898", "nukta added (text: जिला-स्तरीय)"),
    ("hi", "शाखाएं", "000_23a266ace8edb898", "anusvara for chandrabindu (text: शाखाएँ)"),
    ("hi", "1549", "000_23a266ace8edb898", "ungrouped, text 1,549"),
    ("hi", "१,५४९", "000_23a266ace8edb898", "Devanagari digits"),
    ("hi", "๑๕๔๙", "000_23a266ace8edb898", "Thai digits"),
    ("hi", "2566", "000_23a266ace8edb898", "BE year for Gregorian 2023 text"),
    ("hi", "छात्रवृत्ति", "budget.hi", "word"),
    ("hi", "भूमि अधिग्रहण", "budget.hi", "phrase"),
    ("hi", "फाम थी होआ", "budget.hi", "name"),
    ("hi", "मंजूरी", "budget.hi", "nukta dropped (text: मंज़ूरी)"),
    ("hi", "2569", "budget.hi", "BE year for 2026 (term 2021-2026)"),
    ("hi", "11250 अरब", "budget.hi", "ungrouped number + word"),
    ("hi", "बवंडर", "flood.hi", "word"),
    ("hi", "ले वान हुंग", "flood.hi", "name"),
    ("hi", "डिजाइन क्षमता", "flood.hi", "nukta dropped (text: डिज़ाइन)"),
    ("hi", "घटनाएं", "flood.hi", "anusvara for chandrabindu (text: घटनाएँ)"),
    ("hi", "217", "flood.hi", "ASCII query, Devanagari-digit text"),
    ("hi", "125000", "flood.hi", "ungrouped, Indian-grouped text 1,25,000"),
    ("hi", "सिंचाई जलाशयों", "flood.hi", "phrase"),
    ("hi", "प्रधानाचार्य", "school.hi", "word"),
    ("hi", "गुयेन थी थू", "school.hi", "name"),
    ("hi", "अंग्रेजी", "school.hi", "nukta dropped (text: अंग्रेज़ी)"),
    ("hi", "261,450", "school.hi", "Western grouping, text 2,61,450"),
    ("hi", "उत्तीर्ण दर", "school.hi", "phrase"),
    ("hi", "2568", "school.hi", "BE year for 2025 (2024-2025)"),
    ("hi", "ड्रैगन फ्रूट", "agri.hi", "loan words"),
    ("hi", "शराब पीकर", "traffic.hi", "phrase mid-sentence"),
]

QUERIES = THAI + HINDI
