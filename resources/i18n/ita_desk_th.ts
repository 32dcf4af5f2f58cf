<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>เกี่ยวกับ ITA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>โฟลเดอร์บันทึกการทำงาน (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รุ่นของส่วนประกอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่วนประกอบทั้งหมดที่มากับโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สัญญาอนุญาต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อความสัญญาอนุญาตฉบับเต็ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สัญญาอนุญาตฟอนต์ (OFL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คัดลอกข้อมูลรุ่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คัดลอกข้อมูลทั้งหมดไปวางในอีเมลหรือข้อความถึงผู้ดูแลโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>คัดลอกบทวิเคราะห์ของปีก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แทนที่บทวิเคราะห์ทั้งหมดของปีนี้ด้วยของปีก่อนหน้า (เลิกทำได้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คลังวลี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค้นหาวลี…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แทรกวลี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เก็บเป็นวลีของฉัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เก็บข้อความที่เลือกไว้ (หรือทั้งช่อง) ลงในคลังวลีของฉัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบวลีของฉัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ %1 ยังไม่มีผลการประเมิน — บทวิเคราะห์เขียนจากผลปี %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีผลการประเมินของปีงบประมาณนี้ — เริ่มที่หน้า “คะแนน”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไปที่ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บทวิเคราะห์ผลการประเมิน %1 ปีงบประมาณ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — คะแนน %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชุดตัวชี้วัดของปีงบประมาณ %1 เป็นระดับตัวชี้วัด: มีคะแนนรายตัวชี้วัดเท่านั้น ไม่มีข้อคำถามและคะแนนรายข้อ เขียนบทวิเคราะห์จากคะแนนของตัวชี้วัดได้ตามปกติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัดนี้ไม่มีข้อคำถามรายข้อในชุดตัวชี้วัดของปีนี้ มีเฉพาะคะแนนของตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกวลีและช่องข้อความที่จะแทรกก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบได้เฉพาะวลีของฉัน (มีเครื่องหมาย ★)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หัวข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อคำถาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>วลี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนต่ำสุดของตัวชี้วัดนี้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>อ่านหรือเขียนไฟล์ไม่ได้: %1 (ถ้าไฟล์เปิดอยู่ใน Excel ให้ปิดก่อนแล้วลองใหม่)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทำงานไม่สำเร็จ: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryPlanDialog</name>
    <message>
        <source>เริ่มแผนมาตรการปี %1 จากแผนปี %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกมาตรการของแผนปี %2 ที่จะยกมาเป็นแผนปี %1 — ระยะเวลาเลื่อนไปหนึ่งปี ผลการดำเนินการไม่ถูกยกมา แก้ไขหรือเพิ่มมาตรการได้ภายหลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่มีแผนมาตรการปีงบประมาณ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนมาตรการปี %1 จาก %2 มาตรการของแผนปี %3 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryRoundBar</name>
    <message>
        <source>เริ่มรอบ ๑๒ เดือนจากรอบ ๖ เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รอบ ๑๒ เดือนยังว่าง %1 มาตรการที่มีผลรอบ ๖ เดือนแล้ว — เริ่มจากสถานะ สรุปผล และผลลัพธ์ของรอบ ๖ เดือนได้ แล้วแก้ต่อ (เลิกทำได้ในครั้งเดียวด้วย Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = ยกมาจากรอบ ๖ เดือน ยังไม่ได้แก้ (%2 มาตรการ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>ค้นหา…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>รวมผลหลายหน่วยงาน (อำเภอ/จังหวัด)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์สรุปผล Excel ของแต่ละหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มไฟล์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มทั้งโฟลเดอร์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ล้างรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลากไฟล์ .xlsx หรือโฟลเดอร์มาวางในหน้าต่างนี้ได้ • ไฟล์ที่อ่านไม่ได้ ไม่ใช่สรุปผล ต่างปี หรือซ้ำ จะถูกข้ามและแจ้งเหตุผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ผลรวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ .xlsx ที่จะเขียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือก…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้าง PDF ด้วย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เช่น อำเภอเวียงแก่น จังหวัดเชียงราย (เว้นว่าง = ตามข้อมูลในไฟล์)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตามปีของไฟล์ส่วนใหญ่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อพื้นที่ในหัวเรื่อง:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มไฟล์แล้วกด “รวมผล”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลรายหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ที่ข้าม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รวมผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปิดโฟลเดอร์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รวมผล ITA หลายหน่วยงาน.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกไฟล์สรุปผลของหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สมุดงาน Excel (*.xlsx);;ทุกไฟล์ (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกโฟลเดอร์ที่เก็บไฟล์สรุปผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n ไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกไฟล์ผลรวมเป็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึก PDF เป็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีไฟล์ให้รวม — เพิ่มไฟล์สรุปผลของหน่วยงานก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระบุไฟล์ผลรวม (.xlsx) ที่จะเขียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระบุไฟล์ PDF ที่จะเขียน หรือไม่เลือก “สร้าง PDF ด้วย”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ผลรวม %1 อยู่ในรายการไฟล์ที่จะรวม จะเขียนทับไฟล์ของหน่วยงานไม่ได้ กรุณาเลือกชื่ออื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พบโฟลเดอร์ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังอ่าน %1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังเขียนไฟล์ผลรวม และ PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังเขียนไฟล์ผลรวม…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มรวมผล %n ไฟล์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลรายหน่วยงาน (%n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ที่ข้าม (%n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รวมผล %n หน่วยงาน ปีงบประมาณ %1 ไว้ที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผ่านเกณฑ์ %1 จาก %2 หน่วยงาน (ร้อยละ %3) • คะแนนเฉลี่ย %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้าม %n ไฟล์ — ดูเหตุผลที่แท็บ “ไฟล์ที่ข้าม”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังรวมผลอยู่ รอให้เสร็จก่อนปิดหน้าต่าง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>รอบ ๖ เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รอบ ๑๒ เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตามที่ตั้งไว้ในแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ประเด็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตามที่ตั้งค่าหน่วยงานไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลขไทย (๑๒๓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลขอารบิก (123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คอลัมน์ที่พิมพ์ของเอกสารนี้ (จำไว้เฉพาะเอกสารนี้ ปีนี้ รอบนี้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์ภาพประกอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ต่อท้ายด้วยมาตรการของปีถัดไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ต่อท้ายด้วยผลเปรียบเทียบสองปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีบันทึกข้อความนำหน้า (พิมพ์รวมเป็นไฟล์เดียว)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รอบรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รูปแบบรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จัดกลุ่มตาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกข้อความของ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เทียบกับปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบอักษร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คอลัมน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เอกสารและตัวเลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างเอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 หรือ Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หยุดสร้างเอกสาร (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไปที่หน้าข้อมูลหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวเลือกเปลี่ยนแล้ว — กด “สร้างเอกสาร” (F5) เพื่อสร้างใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อมูลเปลี่ยนไปแล้ว — กด “สร้างเอกสาร” (F5) เพื่อพิมพ์หรือบันทึกฉบับล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ต้องเลือกอย่างน้อยหนึ่งคอลัมน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิกการสร้างเอกสารแล้ว — กด “สร้างเอกสาร” (F5) เมื่อพร้อม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิกการพิมพ์แล้ว (หรือเครื่องพิมพ์ไม่พร้อม)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกเป็น PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือก “มีบันทึกข้อความนำหน้า” ก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เอกสาร ปีงบประมาณ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่ได้เลือกหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกหน่วยงานและปีงบประมาณก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังสร้างเอกสาร…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังสร้างเอกสาร: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวเลือกเปลี่ยนระหว่างสร้าง — กด “สร้างเอกสาร” (F5) อีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างเอกสารแล้ว %1 หน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปิดไฟล์ PDF ที่สร้างไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกเป็น PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกไฟล์ไม่ได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกไฟล์ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์เอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังส่งเอกสารไปที่เครื่องพิมพ์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิกการพิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังพิมพ์หน้า %1 จาก %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่งพิมพ์แล้ว %1 หน้า</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingOffers</name>
    <message>
        <source>ใช้ผลการวิเคราะห์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีบทวิเคราะห์ตัวชี้วัดที่ %1 ของปี %2 ให้เลือกใช้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ใช้ผลการวิเคราะห์เป็นผลการวิเคราะห์ที่สอดคล้อง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>เริ่มใช้งาน ITA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กรอกข้อมูลหน่วยงานที่จะเพิ่ม (แก้ไขภายหลังได้ที่หน้า “ข้อมูลหน่วยงาน”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กรอกข้อมูลหน่วยงานของท่านเพื่อเริ่มใช้งาน (แก้ไขภายหลังได้ที่หน้า “ข้อมูลหน่วยงาน”) หรือเปิดข้อมูลตัวอย่างเพื่อทดลองใช้ก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เช่น องค์การบริหารส่วนตำบลเขาสมอคอน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เช่น ลบ ๗๖๓๐๑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หนึ่งบรรทัดต่อหนึ่งส่วนราชการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อหน่วยงาน *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>อำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จังหวัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลขที่หนังสือ (อักษรย่อ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตำแหน่งหัวหน้าหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่วนราชการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้ลงนาม (ตำแหน่งละหนึ่งบรรทัด)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มใช้งาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปิดข้อมูลตัวอย่าง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>คู่มือการใช้งาน ITA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ ย้อนกลับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน้าแรกของคู่มือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พบไฟล์คู่มือ (%1) — ติดตั้งโปรแกรมใหม่อีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>ดำเนินการแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>อยู่ระหว่างดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่ดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ITA Desk — งานประเมินคุณธรรมและความโปร่งใส (ITA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงาน (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงานและปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงาน: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ปีงบประมาณ: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มปีงบประมาณ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผลการประเมินหรือแผนมาตรการของปีงบประมาณใดก็ได้ (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แฟ้ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มหน่วยงาน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างหน่วยงานใหม่ (เช่น หน่วยงานของท่านหลังจากทดลองกับข้อมูลตัวอย่าง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ออกจากโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้ไข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลิกทำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทำซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไปที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกปีงบประมาณ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รายการหน้าจอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เครื่องมือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ช่วยเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คู่มือการใช้งาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เกี่ยวกับ ITA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มหน่วยงาน “%1” แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>ตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ประเด็น (๗ ประเด็น)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จัดกลุ่ม&amp;ตาม:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มมาตรการในกลุ่มที่เลือก (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทำสำเนา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบมาตรการที่เลือก (Delete) — เลิกทำได้ด้วย Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ เลื่อนขึ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ เลื่อนลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มแผนปีถัดไปจากแผนนี้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คัดลอกมาตรการทั้งหมดไปเป็นแผนของปีงบประมาณถัดไป (เลื่อนระยะเวลาไปหนึ่งปี ไม่คัดลอกผลการดำเนินการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค้นหามาตรการ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อความแทนวันที่ (ถ้ามี) เช่น ตลอดปีงบประมาณ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผู้รับผิดชอบอื่น (คั่นด้วย , ) แล้วกด Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค้นหาข้อคำถาม เช่น o10 หรือ คู่มือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เช่น รายงานผลต่อนายกฯ รอบ ๖ และ ๑๒ เดือน และเผยแพร่ทางเว็บไซต์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ช่วงสำเร็จรูป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการ/โครงการ/กิจกรรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ประเด็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลการวิเคราะห์ที่สอดคล้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ขั้นตอน/วิธีการดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระยะเวลาดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อคำถามที่เกี่ยวข้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>การติดตามและรายงานผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนมาตรการว่างของปีนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกหน่วยงานและปีงบประมาณก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ %1 ยังไม่มีแผนมาตรการของตัวเอง — มาตรการที่จัดทำจากผลการประเมินปี %1 อยู่ในแผนปีงบประมาณ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ %1 ยังไม่มีแผนมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไปที่แผนมาตรการปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มจากแผนมาตรการปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ %1 (%2 มาตรการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ไม่ระบุ —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— เลือกช่วงเวลา —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบมาตรการแล้ว (กด Ctrl+Z เพื่อเลิกทำ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <source>แบบสั้น (ตามที่ … นั้น … จึงเรียนมาเพื่อโปรดทราบ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบ ๔ ส่วน (เรื่องเดิม / ข้อเท็จจริง / ข้อระเบียบ / ข้อเสนอแนะ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ใส่เนื้อความตามแบบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แทนเนื้อความด้วยข้อความตั้งต้นของแบบที่เลือก (เลิกทำได้ด้วย Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มย่อหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบย่อหน้าสุดท้าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มช่องความเห็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบช่องความเห็นสุดท้าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่วนราชการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เรื่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เรียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รูปแบบเนื้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เนื้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ช่องความเห็นของผู้บังคับบัญชา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้แล้วบันทึกทันที ใช้กับเอกสารนี้ทุกครั้งที่พิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ความเห็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ผู้เสนอบันทึกตามข้อมูลหน่วยงาน —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>เพิ่มปีงบประมาณ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผลการประเมินของปีใดก็ได้ และแผนมาตรการของปีถัดไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรายตัวชี้วัด เทียบกับปีก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จุดอ่อน: ตัวชี้วัดและข้อที่ได้คะแนนต่ำสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการของปีนี้ ตามสถานะ แต่ละรอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการที่เลยกำหนดแล้วแต่ยังไม่แล้วเสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่ได้เลือกหน่วยงานและปีงบประมาณ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงานนี้ยังไม่มีปีงบประมาณ — กด “เพิ่มปีงบประมาณ…” เพื่อกรอกผลการประเมินหรือมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ปีงบประมาณ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีผลการประเมินของปีนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีนี้มีแผนมาตรการ: จัดทำมาตรการที่หน้า “มาตรการ” (Ctrl+4) ติดตามผลที่หน้า “ติดตามผล” (Ctrl+5) ส่วนผลการประเมินของปีนี้ กรอกที่หน้า “คะแนน” เมื่อได้รับจากสำนักงาน ป.ป.ช.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กรอกคะแนนได้ที่หน้า “คะแนน” (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรวม %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ที่ประกาศ: %1  ระดับ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ที่คำนวณได้: %1  ระดับ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปี %1: %2  ระดับ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ ค่าที่ประกาศไม่ตรงกับที่คำนวณ %1 จุด (ดูหน้า “คะแนน”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรายตัวชี้วัด เทียบกับปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ต่ำสุด: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีมาตรการของปีงบประมาณนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการปีงบประมาณ %s (จัดทำจากผลปีนี้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบวัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อคำถาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แล้วเสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัด/ประเด็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สถานะล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนที่ประกาศ %1 ไม่ตรงกับที่คำนวณได้ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รอบ %1 เดือน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>ภาพรวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บทวิเคราะห์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ติดตามผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อมูลหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>หน้าก่อน (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน้าถัดไป (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ย่อ (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ขยาย (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พอดีความกว้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พอดีความกว้าง (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทั้งหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เห็นทั้งหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน้า %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>(ยังไม่มีคำบรรยาย)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>ลากไฟล์ภาพมาวางที่นี่ได้ · ดับเบิลคลิกหรือกด F2 เพื่อพิมพ์คำบรรยาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คำบรรยายภาพที่เลือก เช่น ประชุมชี้แจงเจ้าหน้าที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มภาพ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ เลื่อนก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลื่อนหลัง ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+ซ้าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+ขวา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คำบรรยาย:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกภาพประกอบ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviousMeasuresPicker</name>
    <message>
        <source>ค้นหามาตรการ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เฉพาะที่ยังไม่แล้วเสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่เลือกเลย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือก %1 จาก %2 มาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>๐–๑๐๐</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreImport</name>
    <message>
        <source>ข้อ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กลุ่ม %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบวัด %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับผลการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์นี้ยังมีปัญหา จึงนำเข้าไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าคะแนนจาก Excel (%n รายการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค่าเดิม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค่าใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตำแหน่งในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แผ่นงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปัญหา</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreImportDialog</name>
    <message>
        <source>นำเข้าคะแนนจาก Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปัญหาที่ต้องแก้ในไฟล์ก่อนนำเข้า (%n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค่าที่อ่านได้ ซึ่งจะเปลี่ยนเมื่อแก้ปัญหาแล้ว (%n รายการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สิ่งที่จะเปลี่ยน (%n รายการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้ไฟล์ตามรายการปัญหา บันทึก แล้วเลือกนำเข้าอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนในไฟล์ตรงกับที่บันทึกไว้แล้ว ไม่มีอะไรต้องนำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกคะแนนตามรายการ (เลิกทำได้ด้วย Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงาน: %1 ปีงบประมาณ %2 (ชุดตัวชี้วัด %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีผลการประเมินปีนี้ การนำเข้าจะเริ่มผลการประเมินของปีนี้ให้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พบปัญหา %n รายการ จึงยังนำเข้าไม่ได้ — แก้ไฟล์ตามรายการด้านล่าง บันทึก แล้วเลือกนำเข้าอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนในไฟล์ตรงกับที่บันทึกไว้แล้ว ไม่มีอะไรต้องเปลี่ยน (ตรงกัน %1 ช่อง เว้นว่าง %2 ช่อง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จะเปลี่ยน %n รายการตามตารางด้านล่าง (ค่าตรงกับที่บันทึกไว้ %1 ช่อง ช่องว่างซึ่งจะคงค่าเดิม %2 ช่อง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าคะแนน %n รายการจาก %1 แล้ว (เลิกทำได้ด้วย Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <source>เริ่มกรอกผลการประเมินของปีนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์คะแนนแล้วกด Enter • วางจาก Excel ด้วย Ctrl+V (ครั้งเดียวเลิกทำได้ด้วย Ctrl+Z) • Delete ล้างช่อง • ช่องสีแดง ≠ = ค่าที่ประกาศไม่ตรงกับที่คำนวณ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีผลการประเมินของปีงบประมาณ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ปีงบประมาณ %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรวม %1  ระดับ %2  ไม่ตรงกัน %3 จุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชุดตัวชี้วัดของปีนี้เป็นระดับตัวชี้วัด (ไม่มีข้อคำถามรายข้อ): พิมพ์คะแนนของแต่ละตัวชี้วัด ในช่อง “ที่ประกาศ” แล้วกด Enter • วางจาก Excel ด้วย Ctrl+V • Delete ล้างช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกช่องที่จะเริ่มวางก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่มีคะแนนให้วางในช่องนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่ได้วาง: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>วางคะแนนแล้ว %1 ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ข้าม %1 บรรทัดที่เกินตาราง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ล้างคะแนน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่ระบุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปี พ.ศ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปี พ.ศ. (ลดจนสุดเพื่อไม่ระบุวันที่)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingModel</name>
    <message>
        <source>%1 ยกมาจากรอบ ๖ เดือน ยังไม่ได้แก้ — แก้ให้ตรงกับผลรอบ ๑๒ เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลยกำหนด: สิ้นสุด %1 แต่ยังไม่ได้รายงานว่าดำเนินการแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <source>&amp;รอบ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทุกสถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลยกำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กรอง:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สถานะ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สรุปผลการดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลลัพธ์/ความสำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ภาพประกอบ (ลากไฟล์ภาพมาวางได้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ย่อหน้าบรรยายผลการดำเนินงานของรอบนี้ ซึ่งพิมพ์ไว้เหนือตารางของกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลการดำเนินการของมาตรการที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คำบรรยายรายกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ติดตามผลการดำเนินการตามมาตรการ ปีงบประมาณ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ %1 ไม่มีแผนมาตรการให้ติดตาม — มาตรการที่จัดทำจากผลการประเมินปี %1 ติดตามในปีงบประมาณ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ %1 ยังไม่มีแผนมาตรการ — เพิ่มมาตรการที่หน้า “มาตรการ” ก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกหน่วยงานและปีงบประมาณก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไปที่ปีงบประมาณ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทุกผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทุกตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทุกประเด็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทั้งหมด %1 มาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ดำเนินการแล้วร้อยละ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ เลยกำหนด %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(แสดง %1 รายการตามตัวกรอง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกมาตรการในตารางด้านบน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ภาพรวมของรอบ (ไม่ระบุกลุ่ม)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitSettingsPage</name>
    <message>
        <source>ข้อมูลหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบอักษรในเอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ใช้ตัวเลขไทย (๑๒๓) ในเอกสารและบนหน้าจอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปี จำนวน ลำดับ และวันที่ที่โปรแกรมแสดงใช้ตัวเลขตามที่เลือก ส่วนคะแนนและข้อความที่พิมพ์เองแสดงตามที่พิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงานย่อย (ผู้รับผิดชอบมาตรการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ขึ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อ-สกุล เช่น นางสาวสมใจ ใจดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตำแหน่ง บรรทัดละหนึ่งตำแหน่ง เช่น
ปลัดเทศบาล
รักษาราชการแทน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผู้ลงนาม…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อผู้ลงนามเว้นว่างไม่ได้ (พิมพ์ชื่อใหม่ได้เลย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน้าที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีผู้ลงนาม — กด “เพิ่มผู้ลงนาม…” แล้วพิมพ์ชื่อ-สกุล จากนั้นพิมพ์ตำแหน่งและเลือกหน้าที่ในบันทึกข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ภาพลายมือชื่อ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบลายมือชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตราครุฑสำหรับบันทึกข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกไฟล์ภาพ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ใช้ไฟล์ภาพครุฑของหน่วยงานเอง (PNG หรือ JPG) โปรแกรมไม่มีภาพครุฑให้ ถ้าไม่ใส่ เอกสารจะเว้นที่ว่างไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ความปลอดภัยของข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่มีภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มหน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อหน่วยงานย่อย เช่น กองคลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนชื่อหน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อใหม่ (มาตรการที่ระบุชื่อเดิมจะเปลี่ยนตาม)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อ-สกุลของผู้ลงนาม เช่น นางสาวสมใจ ใจดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกภาพครุฑ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ภาพ (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>อ่านไฟล์ไม่ได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกผู้ลงนามก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกภาพลายมือชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน้าที่ในบันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลายมือชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มี</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>บันทึกเป็น Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์ .docx ที่แก้ไขต่อได้ใน Word หรือ LibreOffice (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังสร้างไฟล์ Word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกเป็น Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกหน่วยงานและปีงบประมาณก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังสร้างไฟล์ Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกไฟล์ Word %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <source>เพิ่มปีงบประมาณ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
วันนี้ %2 อยู่ในปีงบประมาณ %3 — เพิ่มได้ตั้งแต่ปี %4 ถึง %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผลการประเมิน (คะแนน) ที่ได้รับจากสำนักงาน ป.ป.ช.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีที่เพิ่งประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คัดลอกจาก:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีที่จัดทำมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แผนว่าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มจากมาตรการของแผนปี %1 (เลือกได้ว่าจะยกมาตรการใดมา)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่มีแผนมาตรการปี %1 ให้เริ่มต้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชุดตัวชี้วัด: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีงบประมาณ %1 ยังไม่มีชุดตัวชี้วัดของตัวเอง (ทั้งที่มากับโปรแกรมและในฐานข้อมูล) — เลือกชุดที่จะคัดลอกมาใช้กับปีนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จะคัดลอก “%1” เป็นชุดใหม่ “ITA-%2” (ฉบับชั่วคราว) แก้ถ้อยคำข้อคำถามให้ตรงกับปี %3 ได้ภายหลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปี %1 มีแผนมาตรการอยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกอย่างน้อยหนึ่งอย่าง: ผลการประเมิน หรือแผนมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีผลการประเมินปี %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกชุดตัวชี้วัดที่จะคัดลอกก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีแผนมาตรการปี %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกมาตรการจากแผนปีก่อนอย่างน้อยหนึ่งมาตรการ หรือเลือก “แผนว่าง”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผลการประเมินปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (คัดลอกชุดตัวชี้วัด %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนมาตรการว่างของปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนมาตรการปี %1 จาก %2 มาตรการของปี %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>จะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> และ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างหรือเลือกหน่วยงานก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปีปัจจุบัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีผลการประเมินแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีแผนมาตรการแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนมาตรการปี %1 แล้ว (%2 มาตรการ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CommentRow</name>
    <message>
        <source>ตำแหน่ง บรรทัดละหนึ่งตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หัวข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DropListView</name>
    <message>
        <source>ยังไม่มีภาพประกอบ
ลากไฟล์ภาพมาวางที่นี่ หรือกด “เพิ่มภาพ…”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SectionRow</name>
    <message>
        <source>หัวข้อ (ถ้ามี) เช่น เรื่องเดิม</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>เปิดแบบอ่านอย่างเดียว: มีหน้าต่างอื่นกำลังแก้ไขฐานข้อมูลนี้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>แก้ระดับผลการประเมินที่ประกาศ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คัดลอกบทวิเคราะห์ของปีก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มวลีในคลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบวลีจากคลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มหน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนชื่อหน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบหน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลื่อนหน่วยงานย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้ผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนหน้าที่ผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลื่อนผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้ถ้อยคำของเอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่มีผลการประเมินของปีงบประมาณนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนภาพครุฑ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบภาพครุฑ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พบผู้ลงนาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนลายมือชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบลายมือชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มผลการประเมินปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้บทวิเคราะห์ตัวชี้วัดที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้หัวข้อ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>วางคะแนน %n ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนการจัดกลุ่มมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ทำสำเนามาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลื่อนมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแผนมาตรการปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปลี่ยนสถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้ผลการดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้คำบรรยายผลการดำเนินงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ลบภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลื่อนภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้คำบรรยายภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แก้บันทึกข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มภาพ %n ภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มแผนมาตรการปี %1 จากแผนปีก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เริ่มรอบ ๑๒ เดือนจากรอบ ๖ เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผลการประเมินปี %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>อันดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>อำเภอ/จังหวัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผ่านเกณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เหตุที่ข้าม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผ่าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่ผ่าน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>ถ้อยคำของเอกสาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ใช้แบบนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อรายงาน (บรรทัดละหนึ่งบรรทัดของหัวเรื่อง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อที่พิมพ์ชื่อหน่วยงานหรือคำว่า “ปีงบประมาณ” ไว้เอง โปรแกรมจะไม่เติมบรรทัดชื่อหน่วยงานหรือปีงบประมาณซ้ำให้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีหน้าปก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ว่างไว้ = ใช้ชื่อรายงาน; ปีงบประมาณและรอบต่อท้ายให้เอง เว้นแต่พิมพ์คำว่า “ปีงบประมาณ” ไว้เอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เช่น ภาค ๖ หรือคำขวัญของหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์ใต้ชื่อหน่วยงานบนหน้าปก บรรทัดละหนึ่งบรรทัด บรรทัดว่างเว้นระยะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ท้ายรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ต่อท้ายแต่ละกลุ่ม/ประเด็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บรรทัดรอบการรายงานในหัวรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์หมายเหตุเมื่อค่าที่คำนวณต่างจากที่ประกาศ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบตามตัวอย่าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>หัวคอลัมน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ผู้จัดทำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ภาพประกอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รอบการรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อบนหน้าปก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อความเพิ่มบนหน้าปก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พิมพ์บรรทัดรอบ (ชื่อรายงานระบุเอง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำหนดเอง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>ส่งออกสรุป Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เขียนสรุปผล ITA ของหน่วยงานและปีที่เลือกเป็นไฟล์ Excel เพื่อส่งอำเภอ/จังหวัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แบบฟอร์มกรอกคะแนน (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแบบกรอกคะแนนของปีที่เลือก (เติมคะแนนที่บันทึกไว้ให้แล้ว)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าคะแนนจาก Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>อ่านแบบกรอกคะแนนที่กรอกแล้ว แสดงสิ่งที่จะเปลี่ยนก่อนบันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รวมผลหลายหน่วยงาน (อำเภอ/จังหวัด)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>รวมไฟล์สรุปผล Excel ของหลายหน่วยงานเป็นไฟล์เดียว พร้อมอันดับและค่าเฉลี่ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ปิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เขียนไฟล์ Excel ไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่งออกสรุปผล ITA เป็น Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังส่งออกสรุป Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกแบบกรอกคะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังสร้างแบบกรอกคะแนน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เขียนไฟล์ Excel แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกแบบกรอกคะแนนที่กรอกแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยังไม่ได้เลือกหน่วยงานและปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกหน่วยงานและปีงบประมาณที่แถบด้านบนก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พบหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่พบหน่วยงานที่เลือก กรุณาเลือกใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปิดโฟลเดอร์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>กำลังเขียนไฟล์ก่อนหน้าอยู่ รอสักครู่แล้วลองใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เขียน %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าคะแนนไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สร้างแบบกรอกคะแนนปีงบประมาณ %1 แล้ว กรอกในช่องสีเหลือง บันทึก แล้วใช้ “นำเข้าคะแนนจาก Excel…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่งออกสรุปผล ITA ปีงบประมาณ %1 ของ %2 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>อ่านไฟล์ %1 ไม่ได้: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>นำเข้าข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แทนที่: ข้อมูลทั้งหมดของหน่วยงานนี้จะถูกแทนด้วยข้อมูลในไฟล์ (โปรแกรมสำรองข้อมูลทั้งหมดไว้ให้ก่อน)
นำเข้าเป็นหน่วยงานใหม่: เก็บหน่วยงานเดิมไว้ และเพิ่มข้อมูลในไฟล์เป็นหน่วยงานชื่อใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แทนที่ (สำรองข้อมูลก่อน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าเป็นหน่วยงานใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าไฟล์แลกเปลี่ยนข้อมูล…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มหรือแทนที่หน่วยงานจากไฟล์ .itaz ที่ส่งออกจาก ITA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่งออกหน่วยงานเป็นไฟล์แลกเปลี่ยนข้อมูล…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกไฟล์แลกเปลี่ยนข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่งออกหน่วยงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>มีหน่วยงาน “%1” อยู่ในโปรแกรมแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าหน่วยงาน “%1” แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ส่งออกไปที่ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>นำเข้าเป็นหน่วยงานใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ชื่อหน่วยงานใหม่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อมูลก่อนแทนที่สำรองไว้ที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (นำเข้า)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message>
        <source>สำรองข้อมูล…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บันทึกสำเนาข้อมูลทั้งหมดเป็นไฟล์เดียว ทำได้ขณะใช้งาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คืนข้อมูลจากไฟล์สำรอง…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>แทนที่ข้อมูลปัจจุบันด้วยไฟล์สำรอง (สำรองข้อมูลปัจจุบันไว้ให้ก่อน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตรวจความถูกต้องของข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เปิดโฟลเดอร์ไฟล์สำรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สำรองข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เลือกไฟล์สำรองข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ยืนยันการคืนข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คืนข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สำรองข้อมูลไว้ที่ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คืนข้อมูลจากไฟล์
%1

ข้อมูลปัจจุบันทั้งหมดจะถูกแทนที่ด้วยข้อมูลในไฟล์นี้ (โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ให้ก่อน) ต้องการดำเนินการต่อหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คืนข้อมูลจาก %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>สำรองข้อมูลประจำวันไม่สำเร็จ: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ข้อมูลก่อนคืนสำรองไว้ที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoYear</name>
    <message>
        <source>หน่วยงานนี้ยังไม่มีปีงบประมาณ — กด “เพิ่มปีงบประมาณ…” เพื่อกรอกผลการประเมินหรือจัดทำแผนมาตรการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มปีงบประมาณ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>เพิ่มผลการประเมินของปีใดก็ได้ และแผนมาตรการของปีถัดไป</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>ค่าเฉลี่ยที่คำนวณได้ (ยังไม่ได้กรอกค่าที่ประกาศ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>พิมพ์คะแนน ๐–๑๐๐ (เลขไทยหรือเลขอารบิก) หรือวางจาก Excel ด้วย Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรวม (ภาพรวม)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIT × 0.3 + EIT × 0.3 + OIT × 0.4 (ตามน้ำหนักของปีนั้น)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับผลการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัด / ข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คำนวณได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ที่ประกาศ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนนรายข้อ ๐–๑๐๐ ทศนิยมสองตำแหน่ง พิมพ์เลขไทยได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน EIT ส่วน Public (ตั้งแต่ปี ๒๕๖๘)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>คะแนน EIT ส่วน Survey (ตั้งแต่ปี ๒๕๖๘)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค่าที่โปรแกรมคำนวณจากระดับที่ต่ำกว่า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ค่าที่ สำนักงาน ป.ป.ช. ประกาศ (พิมพ์ตามผลจริง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับที่ประกาศ “%1” ไม่ตรงกับที่คำนวณตามเกณฑ์ “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ระดับต้องเป็นหนึ่งใน: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ที่ประกาศ %1 ไม่ตรงกับที่คำนวณได้ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ตัวชี้วัดที่ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>บรรทัดที่ %1 ช่องที่ %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleWriter</name>
    <message>
        <source>เปิดแบบอ่านอย่างเดียว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ไม่เปิด</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
