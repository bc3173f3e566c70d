"""The support team and the customer organisations of the demo archive."""

# Support engineers who own cases (技术支持工程师).
ENGINEERS = ["张伟", "李静", "王磊", "刘洋", "陈晨", "杨帆", "赵敏", "周婷"]

# Technical service managers / duty leads (技术服务经理 / 值班长).
SERVICE_MANAGERS = ["孙海涛", "吴佳琪", "郑凯"]
TECHNICAL_MANAGERS = ["何志远", "马俊", "林晓雯"]
DUTY_LEADS = ["郑凯", "何志远"]
TRAINERS = ["林晓雯", "马俊", "陈晨", "李静"]
DOC_MANAGER = "许文博"

# key, name, organisation, plan level, service manager, technical manager,
# region, notes, business systems (used in case texts), contacts,
# behind: which parts of the service plan this customer falls behind on.
CUSTOMERS = [
    {
        "key": "hxbank",
        "name": "华信银行股份有限公司",
        "organisation": "信息科技部 / 基础架构处",
        "plan": "enterprise",
        "sm": "孙海涛", "tm": "何志远",
        "region": "北京",
        "notes": "核心系统同城双活，云上承载手机银行、网银前置及数据中台。"
                 "变更窗口为每周四 22:00–次日 02:00；重大故障须 10 分钟内电话通知指定联系人。",
        "apps": ["手机银行", "网银前置", "信贷管理系统", "反洗钱监测平台"],
        "contacts": [
            ("高建国", "信息科技部副总经理", "010-6688 1201", "gaojg@hxbank.example.cn", True),
            ("冯蕾", "云平台运维主管", "138 1102 4471", "fenglei@hxbank.example.cn", False),
            ("韩东", "DBA 组长", "139 1024 8830", "handong@hxbank.example.cn", False),
        ],
    },
    {
        "key": "dhrcb",
        "name": "东海农村商业银行",
        "organisation": "金融科技部",
        "plan": "premium",
        "sm": "吴佳琪", "tm": "马俊",
        "region": "上海",
        "notes": "互联网金融业务上云，等保三级。对外接口需经堡垒机审计。",
        "apps": ["互联网贷款平台", "柜面前置", "统一支付网关"],
        "contacts": [
            ("钱立新", "金融科技部总经理", "021-5012 7788", "qianlx@dhrcb.example.cn", True),
            ("邵雨桐", "系统管理员", "137 6120 3345", "shaoyt@dhrcb.example.cn", False),
        ],
    },
    {
        "key": "ylgov",
        "name": "云岭省政务云运营中心",
        "organisation": "省大数据局 政务云运营中心",
        "plan": "enterprise",
        "sm": "孙海涛", "tm": "林晓雯",
        "region": "昆明",
        "notes": "承载 60+ 委办厅局系统，多租户 VPC。节假日期间实行 7×24 驻场保障。",
        "apps": ["一网通办", "政务服务 APP", "电子证照库", "公共资源交易平台"],
        "contacts": [
            ("段永明", "运营中心主任", "0871-6309 5520", "duanym@ylgov.example.cn", True),
            ("普丽华", "安全运维负责人", "151 8720 6613", "pulh@ylgov.example.cn", False),
            ("杨志刚", "网络组", "138 8812 0054", "yangzg@ylgov.example.cn", False),
        ],
    },
    {
        "key": "xjdata",
        "name": "湘江市大数据管理局",
        "organisation": "数据资源处",
        "plan": "standard",
        "sm": "郑凯", "tm": "马俊",
        "region": "长沙",
        "notes": "城市运行指挥中心大屏及数据共享交换平台。预算有限，培训以远程为主。",
        "apps": ["城市大脑指挥大屏", "数据共享交换平台", "12345 热线工单系统"],
        "contacts": [
            ("彭卫东", "数据资源处处长", "0731-8899 2016", "pengwd@xjdata.example.cn", True),
        ],
        "behind": ["training", "consultation"],
    },
    {
        "key": "renhe",
        "name": "北方仁和医院集团",
        "organisation": "信息中心",
        "plan": "premium",
        "sm": "吴佳琪", "tm": "何志远",
        "region": "天津",
        "notes": "三院区统一 HIS，影像数据归档到对象存储。门诊高峰 08:00–11:30，此时段禁止变更。",
        "apps": ["HIS", "PACS 影像系统", "互联网医院", "LIS 检验系统"],
        "contacts": [
            ("董明辉", "信息中心主任", "022-2378 6600", "dongmh@renhe.example.cn", True),
            ("苗欣", "系统工程师", "186 2201 7753", "miaoxin@renhe.example.cn", False),
        ],
    },
    {
        "key": "bhfirst",
        "name": "滨海市第一人民医院",
        "organisation": "网络信息部",
        "plan": "standard",
        "sm": "郑凯", "tm": "林晓雯",
        "region": "青岛",
        "notes": "互联网医院与预约挂号上云，院内 HIS 仍在本地机房，通过专线互通。",
        "apps": ["预约挂号", "互联网医院", "院内 HIS 接口"],
        "contacts": [
            ("曲海峰", "网络信息部主任", "0532-8291 3307", "quhf@bhfirst.example.cn", True),
            ("蓝琪", "网络管理员", "159 6398 2214", "lanqi@bhfirst.example.cn", False),
        ],
        "behind": ["training"],
    },
    {
        "key": "suda",
        "name": "速达物流科技有限公司",
        "organisation": "技术中心 SRE 组",
        "plan": "enterprise",
        "sm": "孙海涛", "tm": "马俊",
        "region": "深圳",
        "notes": "全部业务容器化（自建命名空间约 40 个），双 11、618 期间需提前两周容量评审。",
        "apps": ["运单轨迹查询", "分拣调度系统", "司机 APP", "WMS 仓储管理"],
        "contacts": [
            ("罗振华", "技术中心 VP", "0755-8666 0921", "luozh@suda.example.cn", True),
            ("陆一鸣", "SRE 负责人", "135 1090 8876", "luyiming@suda.example.cn", False),
            ("黄小川", "中间件工程师", "136 3155 0402", "huangxc@suda.example.cn", False),
        ],
    },
    {
        "key": "youpin",
        "name": "优品汇电子商务有限公司",
        "organisation": "平台技术部",
        "plan": "premium",
        "sm": "吴佳琪", "tm": "林晓雯",
        "region": "杭州",
        "notes": "大促期间流量为日常 8–10 倍；支付回调链路对时延敏感。",
        "apps": ["订单中心", "商品详情页", "支付回调服务", "大促秒杀活动"],
        "contacts": [
            ("沈浩", "平台技术部总监", "0571-8702 1148", "shenhao@youpin.example.cn", True),
            ("叶青", "运维开发", "187 5712 6630", "yeqing@youpin.example.cn", False),
        ],
    },
    {
        "key": "qinghe",
        "name": "青禾大学",
        "organisation": "信息化建设与管理办公室",
        "plan": "standard",
        "sm": "郑凯", "tm": "何志远",
        "region": "武汉",
        "notes": "开学季与选课期间负载集中；寒暑假可安排较大变更。",
        "apps": ["教务系统", "统一身份认证", "校园一卡通", "选课系统"],
        "contacts": [
            ("程立", "信息办副主任", "027-6875 4410", "chengli@qinghe.example.edu.cn", True),
            ("邹晓", "网络与运维科", "155 2713 8890", "zouxiao@qinghe.example.edu.cn", False),
        ],
    },
    {
        "key": "xinyuan",
        "name": "鑫源证券股份有限公司",
        "organisation": "信息技术总部",
        "plan": "enterprise",
        "sm": "孙海涛", "tm": "何志远",
        "region": "上海",
        "notes": "交易时段 09:15–15:00 零变更；行情与交易前置对网络抖动极其敏感。",
        "apps": ["行情推送", "集中交易前置", "网上开户", "两融风控"],
        "contacts": [
            ("魏成", "信息技术总部总经理", "021-6880 3399", "weicheng@xinyuan.example.cn", True),
            ("袁嘉", "基础设施部", "139 1772 5561", "yuanjia@xinyuan.example.cn", False),
            ("方晴", "运维值班经理", "133 0162 4478", "fangqing@xinyuan.example.cn", False),
        ],
    },
    {
        "key": "zhongyuan",
        "name": "中原能源集团有限公司",
        "organisation": "数字化中心",
        "plan": "standard",
        "sm": "吴佳琪", "tm": "马俊",
        "region": "郑州",
        "notes": "ERP 与 OA 使用采购软件（商业中间件 + Oracle），由集成商驻场维护。",
        "apps": ["能耗监测平台", "SCADA 数据汇聚", "集团 OA", "ERP 财务模块"],
        "contacts": [
            ("石磊", "数字化中心主任", "0371-6558 2230", "shilei@zyenergy.example.cn", True),
            ("贾文静", "应用运维", "182 3711 0945", "jiawj@zyenergy.example.cn", False),
        ],
        "behind": ["consultation"],
    },
    {
        "key": "xingtu",
        "name": "星途出行科技有限公司",
        "organisation": "基础平台部",
        "plan": "premium",
        "sm": "郑凯", "tm": "林晓雯",
        "region": "成都",
        "notes": "晚高峰 17:30–20:00 为业务峰值；Kafka 承载司机位置上报。",
        "apps": ["打车下单", "计价服务", "司机端定位上报", "营销券中心"],
        "contacts": [
            ("谭宇", "基础平台部负责人", "028-8531 7702", "tanyu@xingtu.example.cn", True),
            ("何苗", "SRE", "177 8201 3364", "hemiao@xingtu.example.cn", False),
        ],
    },
]

# Extra attendee names for training sessions (customer staff).
ATTENDEE_NAMES = [
    "王晓东", "李娜", "张明", "刘芳", "陈刚", "杨雪", "黄磊", "赵婷", "吴昊", "周颖",
    "徐鹏", "孙悦", "胡斌", "朱琳", "高翔", "林涛", "何静", "郭强", "马丽", "罗军",
    "梁爽", "宋佳", "郑浩", "谢芸", "韩冰", "唐亮", "冯雪", "于洋", "董洁", "萧然",
]
