/**
 * The demo newsroom: Pemerintah Provinsi Jawa Timur with Diskominfo, two OPD and two kabupaten.
 * People are fictional; the work is what humas offices do (see shared/seeds).
 * References between items use keys, resolved to ids by the seeder.
 */
export const DEMO_PASSWORDS = {
  admin: 'Admin-Humas-2026',
  editor: 'Redaktur-Humas-2026',
  writer: 'Penulis-Humas-2026',
  protocol: 'Protokol-Humas-2026',
} as const

export const demoUnits = [
  { key: 'jatim', name: 'Pemerintah Provinsi Jawa Timur', type: 'provinsi', regionCode: '35', parent: null, contact: { phone: '031-3520881', email: 'humas@jatimprov.go.id', website: 'https://jatimprov.go.id', address: 'Jl. Pahlawan No. 110, Surabaya' } },
  { key: 'diskominfo', name: 'Dinas Komunikasi dan Informatika Provinsi Jawa Timur', type: 'opd', regionCode: '35', parent: 'jatim', contact: { phone: '031-8294608', email: 'kominfo@jatimprov.go.id', website: 'https://kominfo.jatimprov.go.id', address: 'Jl. Ahmad Yani No. 242-244, Surabaya' } },
  { key: 'dinkes', name: 'Dinas Kesehatan Provinsi Jawa Timur', type: 'opd', regionCode: '35', parent: 'jatim', contact: { phone: '031-8280356', email: 'dinkes@jatimprov.go.id' } },
  { key: 'dispendik', name: 'Dinas Pendidikan Provinsi Jawa Timur', type: 'opd', regionCode: '35', parent: 'jatim', contact: { phone: '031-8290300', email: 'dindik@jatimprov.go.id' } },
  { key: 'sidoarjo', name: 'Pemerintah Kabupaten Sidoarjo', type: 'kabupaten', regionCode: '35.15', parent: 'jatim', contact: { email: 'humas@sidoarjokab.go.id' } },
  { key: 'banyuwangi', name: 'Pemerintah Kabupaten Banyuwangi', type: 'kabupaten', regionCode: '35.10', parent: 'jatim', contact: { email: 'humas@banyuwangikab.go.id' } },
] as const

export const demoUsers = [
  { key: 'admin', email: 'admin@humas.jatimprov.test', name: 'Rina Kartikasari', role: 'admin', unit: 'diskominfo', position: 'Pranata Komputer Ahli Muda', nip: '198703122010012004' },
  { key: 'editor', email: 'redaktur@humas.jatimprov.test', name: 'Bambang Sutrisno, S.Sos.', role: 'editor', unit: 'diskominfo', position: 'Kepala Bidang Informasi dan Komunikasi Publik', nip: '197905252005011003' },
  { key: 'writer', email: 'penulis@humas.jatimprov.test', name: 'Dewi Lestari, S.I.Kom.', role: 'writer', unit: 'diskominfo', position: 'Pranata Humas Ahli Pertama', nip: '199410082019032011' },
  { key: 'protocol', email: 'protokol@humas.jatimprov.test', name: 'Agus Setiawan', role: 'protocol', unit: 'jatim', position: 'Analis Keprotokolan', nip: '198811192011011002' },
  { key: 'editorSidoarjo', email: 'redaktur.sidoarjo@humas.jatimprov.test', name: 'Siti Nurhaliza, S.H.', role: 'editor', unit: 'sidoarjo', position: 'Kepala Bagian Protokol dan Komunikasi Pimpinan', nip: '198201142006042009' },
] as const

export const demoSpokespeople = [
  { key: 'gubernur', name: 'Hartono Wibisono', titlesBefore: 'Dr. H.', titlesAfter: 'M.Si.', position: 'Gubernur Jawa Timur', actingStatus: 'definitif', unit: 'jatim', termStart: '2025-02-20', termEnd: '2030-02-20' },
  { key: 'sekda', name: 'Sri Wahyuni', titlesBefore: 'Ir.', titlesAfter: 'M.T.', position: 'Sekretaris Daerah Provinsi Jawa Timur', actingStatus: 'definitif', unit: 'jatim', termStart: '2023-08-01' },
  { key: 'kadiskominfo', name: 'Yusuf Hidayat', titlesBefore: '', titlesAfter: 'S.Sos., M.Si.', position: 'Kepala Dinas Komunikasi dan Informatika', actingStatus: 'definitif', unit: 'diskominfo', termStart: '2024-01-15' },
  { key: 'kadinkes', name: 'Anisa Rahmawati', titlesBefore: 'dr.', titlesAfter: 'M.Kes.', position: 'Kepala Dinas Kesehatan', actingStatus: 'plt', unit: 'dinkes', termStart: '2026-06-01' },
  { key: 'bupatiSidoarjo', name: 'Mochamad Arifin', titlesBefore: 'H.', titlesAfter: 'S.E.', position: 'Bupati Sidoarjo', actingStatus: 'definitif', unit: 'sidoarjo', termStart: '2025-02-20' },
] as const

export const demoTopics = [
  { key: 'pemerintahan', name: 'Pemerintahan', kind: 'category' },
  { key: 'kesehatan', name: 'Kesehatan', kind: 'category' },
  { key: 'pendidikan', name: 'Pendidikan', kind: 'category' },
  { key: 'ekonomi', name: 'Ekonomi dan UMKM', kind: 'category' },
  { key: 'kehumasan', name: 'Kehumasan', kind: 'category' },
  { key: 'narasiTunggal', name: 'Narasi Tunggal', kind: 'tag' },
  { key: 'transformasiDigital', name: 'Transformasi Digital', kind: 'tag' },
] as const

export const demoPhotos = [
  { key: 'rakor', label: 'Rakor Humas Jatim', hue: 210, alt: 'Peserta rapat koordinasi humas perangkat daerah duduk di aula', caption: 'Rapat koordinasi humas perangkat daerah se-Jawa Timur di Gedung Negara Grahadi, Surabaya.', credit: 'Foto: Humas Diskominfo Jatim', unit: 'diskominfo', isPublic: true },
  { key: 'posyandu', label: 'Posyandu Sidoarjo', hue: 140, alt: 'Petugas kesehatan menimbang balita di posyandu', caption: 'Petugas menimbang balita dalam kegiatan posyandu serentak di Sidoarjo.', credit: 'Foto: Humas Dinkes Jatim', unit: 'dinkes', isPublic: true, containsMinors: true, consentRecorded: true },
  { key: 'umkm', label: 'Bazar UMKM', hue: 30, alt: 'Pengunjung melihat produk batik di stan UMKM', caption: 'Pengunjung memadati stan batik pada bazar UMKM Jawa Timur.', credit: 'Foto: Humas Pemkab Banyuwangi', unit: 'banyuwangi', isPublic: true },
  { key: 'bimtek', label: 'Bimtek Keprotokolan', hue: 280, alt: 'Narasumber memberikan materi keprotokolan di depan peserta', caption: 'Bimbingan teknis keprotokolan dan kehumasan bagi pranata humas kabupaten/kota.', credit: 'Foto: Humas Diskominfo Jatim', unit: 'diskominfo', isPublic: false },
] as const

const HOUR = 3600_000
const DAY = 24 * HOUR

/** Editorial items. `offsetHours` places dates relative to seeding time, so the demo always looks current. */
export const demoPressReleases = [
  {
    key: 'rakorHumas', state: 'published', publishedOffset: -26, unit: 'diskominfo', topics: ['kehumasan', 'narasiTunggal'], spokespeople: ['kadiskominfo'], photo: 'rakor', syndicated: true,
    title: 'Pemprov Jatim Satukan Narasi Humas 38 Kabupaten/Kota dalam Rakor Kehumasan',
    summary: 'Diskominfo Jatim mengajak humas perangkat daerah dan kabupaten/kota menyatukan langkah mengawal narasi tunggal pembangunan Jawa Timur.',
    dateline: 'SURABAYA',
    body: [
      'Dinas Komunikasi dan Informatika Provinsi Jawa Timur menggelar rapat koordinasi kehumasan yang diikuti humas perangkat daerah serta 38 kabupaten/kota se-Jawa Timur.',
      'Kepala Diskominfo Jatim Yusuf Hidayat, S.Sos., M.Si. menegaskan pentingnya narasi tunggal agar informasi program pemerintah sampai ke masyarakat secara utuh, cepat, dan tidak simpang siur.',
      '"Humas adalah garda terdepan komunikasi publik. Setiap siaran pers harus akurat, berimbang, dan terverifikasi sebelum diterbitkan," ujarnya.',
    ],
  },
  {
    key: 'posyandu', state: 'published', publishedOffset: -50, unit: 'dinkes', topics: ['kesehatan'], spokespeople: ['kadinkes'], photo: 'posyandu',
    title: 'Dinkes Jatim Gelar Posyandu Serentak untuk Turunkan Angka Stunting',
    summary: 'Sebanyak 46.000 posyandu di Jawa Timur bergerak serentak menimbang dan mengukur balita.',
    dateline: 'SIDOARJO',
    body: ['Dinas Kesehatan Provinsi Jawa Timur menggelar posyandu serentak di seluruh kabupaten/kota sebagai bagian dari percepatan penurunan stunting.', 'Plt. Kepala Dinas Kesehatan dr. Anisa Rahmawati, M.Kes. mengajak orang tua membawa balita ke posyandu terdekat.'],
  },
  {
    key: 'bazarUmkm', state: 'published', publishedOffset: -5, unit: 'banyuwangi', topics: ['ekonomi'], spokespeople: [], photo: 'umkm',
    title: 'Bazar UMKM Banyuwangi Catat Transaksi Rp 2,3 Miliar dalam Tiga Hari',
    summary: 'Produk batik, kopi, dan olahan hasil laut mendominasi transaksi bazar UMKM di Taman Blambangan.',
    dateline: 'BANYUWANGI',
    body: ['Pemerintah Kabupaten Banyuwangi mencatat transaksi sebesar Rp 2,3 miliar selama bazar UMKM tiga hari di Taman Blambangan.'],
  },
  {
    key: 'embargoApbd', state: 'published', publishedOffset: -1, embargoOffset: 20, unit: 'jatim', topics: ['pemerintahan'], spokespeople: ['gubernur'],
    title: 'Gubernur Sampaikan Nota Keuangan RAPBD Jawa Timur Tahun Anggaran 2027',
    summary: 'Embargo: materi nota keuangan untuk portal mitra; terbit publik setelah rapat paripurna.',
    dateline: 'SURABAYA',
    body: ['Gubernur Jawa Timur Dr. H. Hartono Wibisono, M.Si. menyampaikan nota keuangan Rancangan APBD Tahun Anggaran 2027 dalam rapat paripurna DPRD.'],
  },
  {
    key: 'jadwalBeasiswa', state: 'scheduled', publishAtOffset: 30, unit: 'dispendik', topics: ['pendidikan'], spokespeople: [],
    title: 'Pendaftaran Beasiswa Jatim Cerdas Dibuka Mulai Pekan Depan',
    summary: 'Beasiswa bagi siswa SMA/SMK dari keluarga kurang mampu dibuka secara daring.',
    dateline: 'SURABAYA',
    body: ['Dinas Pendidikan Provinsi Jawa Timur membuka pendaftaran beasiswa Jatim Cerdas secara daring.'],
  },
  {
    key: 'draftSatuData', state: 'draft', unit: 'diskominfo', topics: ['pemerintahan', 'transformasiDigital'], spokespeople: ['kadiskominfo'],
    title: 'Diskominfo Jatim Luncurkan Portal Satu Data Jawa Timur',
    summary: 'Portal Satu Data memuat lebih dari 5.000 set data perangkat daerah.',
    dateline: 'SURABAYA',
    body: ['Draf: mohon dilengkapi kutipan Kepala Diskominfo dan jumlah set data terbaru.'],
    internalNotes: 'Menunggu angka final dari Bidang Statistik.',
  },
  {
    key: 'reviewBimtek', state: 'in_review', unit: 'diskominfo', topics: ['kehumasan'], spokespeople: [], photo: 'bimtek',
    title: 'Bimtek Keprotokolan dan Kehumasan Tingkatkan Kapasitas Pranata Humas',
    summary: 'Sebanyak 120 pranata humas kabupaten/kota mengikuti bimbingan teknis keprotokolan.',
    dateline: 'MALANG',
    body: ['Diskominfo Jatim menyelenggarakan bimbingan teknis peningkatan tugas pokok dan fungsi keprotokolan dan kehumasan.'],
  },
  {
    key: 'perbaikanBanjir', state: 'changes_requested', unit: 'sidoarjo', topics: ['pemerintahan'], spokespeople: ['bupatiSidoarjo'],
    title: 'Pemkab Sidoarjo Siagakan Posko Banjir di Lima Kecamatan',
    summary: 'Posko siaga banjir disiapkan menjelang puncak musim hujan.',
    dateline: 'SIDOARJO',
    body: ['Pemerintah Kabupaten Sidoarjo menyiagakan posko banjir di lima kecamatan rawan genangan.'],
    internalNotes: 'Redaktur: mohon cantumkan nomor telepon posko dan sumber data BPBD.',
  },
  {
    key: 'approvedVaksin', state: 'approved', unit: 'dinkes', topics: ['kesehatan'], spokespeople: ['kadinkes'],
    title: 'Imunisasi Kejar Sasar 15.000 Anak di Jawa Timur',
    summary: 'Imunisasi kejar diberikan bagi anak yang belum lengkap status imunisasinya.',
    dateline: 'SURABAYA',
    body: ['Dinas Kesehatan Provinsi Jawa Timur menargetkan 15.000 anak menerima imunisasi kejar hingga akhir tahun.'],
  },
  {
    key: 'ditarikJadwal', state: 'withdrawn', publishedOffset: -72, unit: 'diskominfo', topics: ['pemerintahan'], spokespeople: [],
    title: 'Jadwal Layanan Samsat Keliling Akhir Pekan',
    summary: 'Jadwal layanan Samsat keliling di Surabaya dan sekitarnya.',
    dateline: 'SURABAYA',
    body: ['Jadwal layanan Samsat keliling untuk akhir pekan.'],
    withdrawalReason: 'Jadwal berubah karena penyesuaian dari Bapenda; informasi terbaru akan diterbitkan terpisah.',
  },
] as const

export const demoCoverage = [
  {
    key: 'liputanRakor', state: 'published', publishedOffset: -24, unit: 'diskominfo', topics: ['kehumasan'], spokespeople: ['kadiskominfo'], photo: 'rakor', agenda: 'rakorHumas', phase: 'pasca',
    officialsPresent: ['kadiskominfo', 'sekda'], representedBy: 'sekda', location: 'Gedung Negara Grahadi, Surabaya',
    title: 'Sekda Jatim Buka Rakor Humas, Wakili Gubernur',
    summary: 'Sekretaris Daerah mewakili Gubernur membuka rapat koordinasi kehumasan.',
    dateline: 'SURABAYA',
    body: ['Sekretaris Daerah Provinsi Jawa Timur Ir. Sri Wahyuni, M.T. membuka rapat koordinasi kehumasan mewakili Gubernur yang berhalangan hadir.'],
  },
  {
    key: 'liputanPosyandu', state: 'published', publishedOffset: -48, unit: 'dinkes', topics: ['kesehatan'], spokespeople: ['kadinkes'], photo: 'posyandu', agenda: null, phase: 'pasca',
    officialsPresent: ['kadinkes'], representedBy: null, location: 'Posyandu Melati, Sidoarjo',
    title: 'Plt. Kadinkes Tinjau Posyandu Serentak di Sidoarjo',
    summary: 'Peninjauan posyandu serentak di Kecamatan Candi.',
    dateline: 'SIDOARJO',
    body: ['Plt. Kepala Dinas Kesehatan meninjau pelaksanaan posyandu serentak di Kecamatan Candi, Sidoarjo.'],
  },
  {
    key: 'liveParipurna', state: 'draft', unit: 'jatim', topics: ['pemerintahan'], spokespeople: ['gubernur'], agenda: 'paripurna', phase: 'pra',
    officialsPresent: ['gubernur'], representedBy: null, location: 'Gedung DPRD Provinsi Jawa Timur',
    title: 'Rapat Paripurna Nota Keuangan RAPBD 2027 Digelar Besok',
    summary: 'Gubernur dijadwalkan menyampaikan nota keuangan.',
    dateline: 'SURABAYA',
    body: ['Pra-kegiatan: rapat paripurna DPRD dengan agenda penyampaian nota keuangan RAPBD 2027.'],
  },
  {
    key: 'reviewUmkm', state: 'in_review', unit: 'banyuwangi', topics: ['ekonomi'], spokespeople: [], agenda: null, phase: 'pasca',
    officialsPresent: [], representedBy: null, location: 'Taman Blambangan, Banyuwangi',
    title: 'Penutupan Bazar UMKM Banyuwangi Dimeriahkan Tari Gandrung',
    summary: 'Penutupan bazar UMKM dimeriahkan pertunjukan tari Gandrung.',
    dateline: 'BANYUWANGI',
    body: ['Penutupan bazar UMKM Banyuwangi dimeriahkan pertunjukan tari Gandrung Sewu.'],
  },
] as const

export const demoAgenda = [
  { key: 'rakorHumas', title: 'Rapat Koordinasi Kehumasan se-Jawa Timur', unit: 'diskominfo', startOffset: -26, hours: 3, location: 'Gedung Negara Grahadi, Surabaya', status: 'selesai', visibility: 'public', officials: ['gubernur'], representedBy: 'sekda', protocolNotes: 'Gubernur berhalangan; Sekda mewakili. Sambutan: Kadiskominfo, lalu Sekda. Busana: PDH batik.' },
  { key: 'paripurna', title: 'Rapat Paripurna DPRD: Penyampaian Nota Keuangan RAPBD 2027', unit: 'jatim', startOffset: 20, hours: 2, location: 'Gedung DPRD Provinsi Jawa Timur, Surabaya', status: 'terjadwal', visibility: 'public', officials: ['gubernur'], representedBy: null, protocolNotes: 'Tata tempat VIP baris pertama; Gubernur tiba 09.45 WIB melalui pintu timur. Busana: PSL.' },
  { key: 'hariIni', title: 'Penyerahan Bantuan Alat Kesehatan untuk Puskesmas', unit: 'dinkes', startOffset: 2, hours: 2, location: 'Puskesmas Candi, Sidoarjo', status: 'terjadwal', visibility: 'public', officials: ['kadinkes'], representedBy: null, protocolNotes: 'Koordinasi dengan Camat Candi; siapkan 40 kursi tamu.' },
  { key: 'internalSekda', title: 'Rapat Terbatas Persiapan Kunjungan Kerja Menteri', unit: 'jatim', startOffset: 4, hours: 1, location: 'Ruang Rapat Sekda', status: 'terjadwal', visibility: 'internal', officials: ['sekda'], representedBy: null, protocolNotes: 'Tertutup untuk media. Daftar hadir terbatas eselon II.' },
  { key: 'ditunda', title: 'Kunjungan Kerja Bupati ke Sentra Industri Kerupuk', unit: 'sidoarjo', startOffset: 50, hours: 2, location: 'Desa Kedungrejo, Sidoarjo', status: 'ditunda', visibility: 'public', officials: ['bupatiSidoarjo'], representedBy: null, protocolNotes: 'Ditunda menunggu jadwal baru dari ajudan.' },
] as const

export const hoursFromNow = (now: Date, hours: number): string => new Date(now.getTime() + hours * HOUR).toISOString()
export { DAY }
